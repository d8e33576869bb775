"""Red-flag and crisis recall and the false-alarm rate of the trained model, per layer.

Reads the labelled sets in tests/safety/ (never trained on), parses every message with the
newest model in models/, and prints, for the classifier alone, the deterministic layer
alone and both together (what the assistant does):
- red-flag recall: a reported red flag gets emergency advice or the screening form in the
  same turn (intent report_red_flag, report_crisis or request_red_flag_check);
- check recall: a request to be checked starts the screening (same intents, or an
  education answer followed by the screening questions);
- crisis recall: a crisis message gets the crisis reply (intent report_crisis);
- false alarms: a denied, general or harmless mention gets any of those.
Exit status 1 if any set has a recall below --min-recall or false alarms above --max-false,
or a red-flag or crisis recall below the one recorded for it in --baseline (a JSON file
written by --write-baseline): a change that loses a single message any set caught before
fails the test run.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.chdir(ROOT)

from ruamel.yaml import YAML  # noqa: E402

from scripts.quiet_agent import load_quiet_agent  # noqa: E402

SAFETY = {"report_red_flag", "report_crisis", "request_red_flag_check"}
RECALLS = ("red-flag recall", "crisis recall")


def layer_verdicts(parsed: dict) -> dict[str, str]:
    """What each layer would have made of the message: crisis, safety (red flag or check) or none."""
    safety = parsed.get("safety") or {}
    classifier = safety.get("classifier_intent")
    final = parsed["intent"]["name"]
    detector = "crisis" if safety.get("crisis") else "safety" if safety.get("signs") or safety.get("check") else "none"
    return {
        "classifier": "crisis" if classifier == "report_crisis" else "safety" if classifier in SAFETY else "none",
        "detector": detector,
        "assistant": "crisis" if final == "report_crisis" else "safety" if final in SAFETY or _screening_offered(parsed) else "none",
    }


def _screening_offered(parsed: dict) -> bool:
    """An education answer that the screening questions follow (see the SafetyDetector)."""
    return any(entity.get("entity") == "screening_offer" for entity in parsed.get("entities") or [])


def correct(expect: str, verdict: str) -> bool:
    if expect == "crisis":
        return verdict == "crisis"
    if expect in ("red_flag", "check"):
        return verdict != "none"
    return verdict == "none"


async def evaluate(agent, cases: list[dict]) -> tuple[dict, list]:
    tallies: dict = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    misses = []
    for case in cases:
        parsed = await agent.parse_message(case["text"])
        group = case["expect"] if case["expect"] != "none" else f"none/{case.get('kind', 'other')}"
        for layer, verdict in layer_verdicts(parsed).items():
            ok = correct(case["expect"], verdict)
            tallies[layer][group][0] += ok
            tallies[layer][group][1] += 1
            if layer == "assistant" and not ok:
                misses.append((case["expect"], parsed["intent"]["name"], case["text"]))
    return tallies, misses


def summarise(tallies: dict) -> dict[str, dict[str, float]]:
    rows = {}
    for layer, groups in tallies.items():
        def rate(prefix: str, invert: bool = False) -> float:
            good = sum(v[0] for k, v in groups.items() if k.startswith(prefix))
            total = sum(v[1] for k, v in groups.items() if k.startswith(prefix))
            if not total:
                return float("nan")
            return 1 - good / total if invert else good / total
        rows[layer] = {
            "red-flag recall": rate("red_flag"),
            "check recall": rate("check"),
            "crisis recall": rate("crisis"),
            "false alarms": rate("none/", invert=True),
        }
    return rows


def regressions(now: dict[str, float], recorded: dict[str, float]) -> list[str]:
    """Each recall that fell below the one recorded for the set."""
    return [f"{key} {now.get(key, 0.0):.1%}, recorded {floor:.1%}" for key, floor in sorted(recorded.items())
            if now.get(key, 0.0) < floor]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", default=sorted(str(p) for p in (ROOT / "tests" / "safety").glob("*.yml")))
    parser.add_argument("--model", default="models")
    parser.add_argument("--min-recall", type=float, default=0.0)
    parser.add_argument("--max-false", type=float, default=1.0)
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--baseline", type=Path, help="fail on any red-flag or crisis recall below this file's")
    parser.add_argument("--write-baseline", type=Path, help="record this run's red-flag and crisis recall per set")
    args = parser.parse_args()
    baseline = json.loads(args.baseline.read_text()) if args.baseline else {}
    recorded: dict[str, dict[str, float]] = {}

    agent = asyncio.run(load_quiet_agent(args.model))
    failed = False
    for path in args.sets:
        path = (ROOT / path).resolve()
        cases = YAML(typ="safe").load(path.read_text())["cases"]
        tallies, misses = asyncio.run(evaluate(agent, cases))
        rows = summarise(tallies)
        counts = defaultdict(int)
        for case in cases:
            counts[case["expect"]] += 1
        print(f"\n{path.relative_to(ROOT)}: {len(cases)} messages "
              + ", ".join(f"{n} {k}" for k, n in sorted(counts.items())))
        print(f"{'layer':<12}{'red-flag recall':>17}{'check recall':>14}{'crisis recall':>15}{'false alarms':>14}")
        for layer in ("classifier", "detector", "assistant"):
            r = rows[layer]
            print(f"{layer:<12}{r['red-flag recall']:>17.1%}{r['check recall']:>14.1%}{r['crisis recall']:>15.1%}{r['false alarms']:>14.1%}")
        falses = {k: v for k, v in tallies["assistant"].items() if k.startswith("none/")}
        print("false alarms by kind: " + ", ".join(f"{k[5:]} {v[1] - v[0]}/{v[1]}" for k, v in sorted(falses.items())))
        a = rows["assistant"]
        if min(a["red-flag recall"], a["crisis recall"]) < args.min_recall or a["false alarms"] > args.max_false:
            failed = True
        recorded[path.name] = {k: round(a[k], 4) for k in RECALLS if not math.isnan(a[k])}
        for problem in regressions(recorded[path.name], baseline.get(path.name, {})):
            print(f"REGRESSION: {problem}")
            failed = True
        if args.show_misses:
            for expect, got, text in misses:
                print(f"  MISS expect={expect:<9} got={got:<24} {text}")
    if args.write_baseline:
        args.write_baseline.write_text(json.dumps(recorded, indent=1, sort_keys=True) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
