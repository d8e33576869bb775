"""Topic accuracy on the held-out set, side by side with Rasa's default pipeline.

Trains (once, cached under var/eval/) an NLU model with Rasa's stock default pipeline on
the same training data, then parses every message of tests/nlu/heldout.yml (written
separately and never trained on), of tests/nlu/out_of_scope_probe.yml (general
virtual-assistant requests), of tests/nlu/clinc150_sample.yml and tests/nlu/hwu64_sample.yml
(real assistant queries from the public CLINC150 and HWU64 sets) with that baseline and with the newest model in models/.
A message's label is its intent, or faq/<topic> for an education answer; nlu_fallback
means the assistant asked "did you mean ...?" instead of answering. Prints:
- topic accuracy: education questions answered with the right topic;
- intent accuracy over all messages;
- out-of-scope answered: out-of-scope messages that got an education answer, a red-flag
  flow or a booking;
- per-topic precision and recall, and the confusions.
"""
from __future__ import annotations

import argparse
import hashlib
import asyncio
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.chdir(ROOT)

from ruamel.yaml import YAML  # noqa: E402

from scripts.quiet_agent import load_quiet_agent  # noqa: E402

EVAL_DIR = ROOT / "var" / "eval"
BASELINE_CONFIG = """\
# Rasa 3.6's default pipeline (rasa/engine/recipes/config_files/default_config.yml).
recipe: default.v1
language: en
pipeline:
  - name: WhitespaceTokenizer
  - name: RegexFeaturizer
  - name: LexicalSyntacticFeaturizer
  - name: CountVectorsFeaturizer
  - name: CountVectorsFeaturizer
    analyzer: char_wb
    min_ngram: 1
    max_ngram: 4
  - name: DIETClassifier
    epochs: 100
    constrain_similarities: true
  - name: EntitySynonymMapper
  - name: ResponseSelector
    epochs: 100
    constrain_similarities: true
  - name: FallbackClassifier
    threshold: 0.3
    ambiguity_threshold: 0.1
policies: []
"""
ACTING_INTENTS = {"report_red_flag", "request_red_flag_check", "report_crisis", "book_appointment", "cancel_booking"}


def load_examples(path: Path) -> list[tuple[str, str]]:
    data = YAML(typ="safe").load(path.read_text())
    examples = []
    for block in data["nlu"]:
        for line in block["examples"].splitlines():
            line = line.strip()
            if line.startswith("- "):
                examples.append((line[2:].strip(), block["intent"]))
    return examples


def label(parsed: dict) -> str:
    intent = parsed["intent"]["name"]
    if intent == "faq":
        selector = (parsed.get("response_selector") or {})
        chosen = (selector.get("faq") or selector.get("default") or {}).get("response", {})
        return chosen.get("intent_response_key") or "faq"
    return intent


def train_baseline() -> Path:
    """The baseline model for the current training data, trained once per data version."""
    digest = hashlib.sha256(BASELINE_CONFIG.encode())
    for path in sorted((ROOT / "data").rglob("*.yml")):
        digest.update(path.read_bytes())
    out = EVAL_DIR / f"baseline-{digest.hexdigest()[:12]}"
    existing = sorted(out.glob("*.tar.gz"))
    if existing:
        return existing[-1]
    out.mkdir(parents=True, exist_ok=True)
    config = out / "config.yml"
    config.write_text(BASELINE_CONFIG)
    subprocess.run(
        [str(Path(sys.executable).parent / "rasa"), "train", "nlu", "--config", str(config), "--nlu", "data",
         "--out", str(out), "--domain", "var/build/domain"],
        check=True,
    )
    return sorted(out.glob("*.tar.gz"))[-1]


async def predictions(model: Path, sets: list[list[tuple[str, str]]]) -> list[list[str]]:
    agent = await load_quiet_agent(str(model))
    labels = []
    for examples in sets:
        labels.append([label(await agent.parse_message(text)) for text, _ in examples])
    return labels


def metrics(examples: list[tuple[str, str]], predicted: list[str]) -> dict:
    gold = [intent for _, intent in examples]
    faq = [(g, p) for g, p in zip(gold, predicted) if g.startswith("faq/")]
    oos = [p for g, p in zip(gold, predicted) if g == "out_of_scope"]
    per_topic = {}
    for topic in sorted({g for g, _ in faq}):
        tp = sum(1 for g, p in zip(gold, predicted) if g == topic and p == topic)
        fp = sum(1 for g, p in zip(gold, predicted) if g != topic and p == topic)
        fn = sum(1 for g, p in zip(gold, predicted) if g == topic and p != topic)
        per_topic[topic] = (tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0)
    return {
        "topic accuracy": sum(g == p for g, p in faq) / max(len(faq), 1),
        "intent accuracy": sum(g == p for g, p in zip(gold, predicted)) / len(gold),
        "out-of-scope answered": sum(p.startswith("faq") or p in ACTING_INTENTS for p in oos) / max(len(oos), 1),
        "education asked back (did you mean)": sum(p == "nlu_fallback" for _, p in faq) / max(len(faq), 1),
        "per topic": per_topic,
        "confusions": Counter((g, p) for g, p in zip(gold, predicted) if g != p),
    }


def report(path: str, examples: list[tuple[str, str]], results: dict[str, dict]) -> None:
    names = list(results)
    education = sum(i.startswith("faq/") for _, i in examples)
    print(f"\nHeld-out set {path}: {len(examples)} messages, {education} education questions, "
          f"{sum(i == 'out_of_scope' for _, i in examples)} out of scope\n")
    print(f"{'':40}" + "".join(f"{n:>24}" for n in names))
    keys = ("topic accuracy", "intent accuracy", "out-of-scope answered", "education asked back (did you mean)")
    for key in keys if education else ("out-of-scope answered",):
        print(f"{key:40}" + "".join(f"{results[n][key]:>24.1%}" for n in names))
    if education:
        print(f"\n{'topic (precision / recall)':40}" + "".join(f"{n:>24}" for n in names))
        for topic in results[names[0]]["per topic"]:
            cells = "".join(f"{results[n]['per topic'][topic][0]:>15.0%} / {results[n]['per topic'][topic][1]:<6.0%}"
                            for n in names)
            print(f"{topic:40}{cells}")
    for name in names:
        confusions = results[name]["confusions"]
        print(f"\nConfusions, {name} ({sum(confusions.values())}):")
        for (gold, got), count in confusions.most_common():
            print(f"  {gold:36} -> {got:36} x{count}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--heldout", nargs="+", default=["tests/nlu/heldout.yml", "tests/nlu/out_of_scope_probe.yml",
                                                      "tests/nlu/clinc150_sample.yml", "tests/nlu/hwu64_sample.yml"])
    parser.add_argument("--model", default=None, help="model file (default: newest in models/)")
    parser.add_argument("--no-baseline", action="store_true",
                        help="only this assistant (training the default pipeline takes ~20 minutes)")
    args = parser.parse_args()
    sets = [load_examples(ROOT / path) for path in args.heldout]
    ours = Path(args.model) if args.model else max((ROOT / "models").glob("*.tar.gz"), key=os.path.getmtime)
    models = {"this assistant": ours}
    if not args.no_baseline:
        models["Rasa default pipeline"] = train_baseline()
    predicted = {name: asyncio.run(predictions(model, sets)) for name, model in models.items()}
    for index, (path, examples) in enumerate(zip(args.heldout, sets)):
        report(path, examples, {name: metrics(examples, predicted[name][index]) for name in models})
    return 0


if __name__ == "__main__":
    sys.exit(main())
