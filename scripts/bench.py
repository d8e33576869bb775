"""Latency, throughput, memory and training time of this assistant next to stock Rasa.

Starts the real servers one set at a time, so they never compete for the CPU: first this
assistant (our config, endpoints and channels), then the baseline, which is what `rasa
init` sets up trained on the same data and domain (Rasa's default config, in-memory tracker
store, stock REST channel). Both use the same action server code. Each set is warmed up,
then gets simulated patient conversations over HTTP (scripts/bench_load.py):
- 1, 10 and 50 conversations at a time: p50/p95/p99 latency and messages per second;
- 50 returning patients at a time, each sending a session of 25 messages: the same figures
  once every conversation has some history, which stock Rasa replays on each turn;
- one conversation of 300 messages: median latency by turn window;
then its memory is read from /proc. Prints a Markdown table with the ratio ours/baseline
and the targets, and writes var/bench/latest.md and latest.json. See docs/benchmark.md.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.chdir(ROOT)

from scripts.bench_load import run_load, warm_up  # noqa: E402
from scripts.bench_servers import (  # noqa: E402
    BASELINE_ENDPOINTS, BENCH_DIR, LoadSampler, ProfileSet, ServerSet, baseline_credentials, baseline_model, ours_endpoints,
    rasa_version, server_env, timed_training,
)
from scripts.render_domain import render  # noqa: E402

OURS_TRAINING_RECORD = BENCH_DIR / "training-ours.json"
# High enough that the load is never answered by the message guard's "too fast" notice.
RATE_LIMIT = 100_000


def machine() -> dict:
    cpuinfo = Path("/proc/cpuinfo").read_text()
    model = next((line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if line.startswith("model name")),
                 platform.processor())
    meminfo = dict(line.split(":", 1) for line in Path("/proc/meminfo").read_text().splitlines())
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "ram_gb": round(int(meminfo["MemTotal"].split()[0]) / 1024 / 1024, 1),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "rasa": rasa_version(),
    }


def newest_model() -> Path:
    return max((ROOT / "models").glob("*.tar.gz"), key=os.path.getmtime)


def train_ours(domain: Path) -> dict:
    """`rasa train --force` of our config into a temporary folder; models/ is untouched."""
    with tempfile.TemporaryDirectory(prefix="bench-train-") as out:
        record = timed_training(ROOT / "config.yml", domain, Path(out), ["--force"], BENCH_DIR / "train-ours.log")
    OURS_TRAINING_RECORD.write_text(json.dumps(record, indent=2))
    return record


def measure(servers: ServerSet | ProfileSet, args: argparse.Namespace) -> dict:
    print(f"\n==> {servers.name}: starting servers", flush=True)
    try:
        servers.start()
        warm_up(servers.url, args.warm_up, args.seed)
        print(f"==> {servers.name}: levels {args.levels}, then one conversation of {args.turns} turns", flush=True)
        cpu_before = servers.cpu_seconds()
        with LoadSampler() as loads:
            results = run_load(servers.url, args.levels, args.messages, args.seconds, args.turns, args.seed,
                               args.session_turns)
        cpu_after = servers.cpu_seconds()
        messages = sum(level["messages"] for level in _all_levels(results)) + results["long"]["turns"]
        # CPU time per message is what the server itself costs, whatever else the machine runs.
        results["cpu_ms_per_message"] = {
            role: round((cpu_after[role] - cpu_before[role]) * 1000 / messages, 1) for role in cpu_after
        }
        results["rss_mb"] = servers.rss_mb()
        results["load"] = loads.summary()
        results["model"] = servers.model.name
    finally:
        servers.stop()
    return results


def _ratio(ours: float | None, base: float | None) -> str:
    return f"{ours / base:.2f}" if ours is not None and base else "-"


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{value:g}"


# Our two ways of running, each measured against the same baseline when asked for.
VARIANTS = {"ours": "ours (one process)", "ours_prod": "ours (production profile)"}


def _level(side: dict, concurrency: int) -> dict | None:
    return next((item for item in side["levels"] if item["concurrency"] == concurrency), None)


def _all_levels(side: dict) -> list[dict]:
    return [*side["levels"], *([side["sessions"]] if "sessions" in side else [])]


def table(report: dict) -> str:
    base = report["baseline"]
    variants = [key for key in VARIANTS if key in report]
    rows: list[tuple[str, list[float | None], float | None, str]] = []

    def row(name: str, pick, target: str = "") -> None:
        if target:
            target = f"{TARGETS[target]}: " + ", ".join(report["targets"][key][target] for key in variants)
        rows.append((name, [pick(report[key]) for key in variants], pick(base), target))

    for concurrency in report["settings"]["levels"]:
        for key in ("p50_ms", "p95_ms", "p99_ms"):
            target = "p95_at_10" if key == "p95_ms" and concurrency == 10 else ""
            row(f"{concurrency} conv.: {key[:3]} latency (ms)", lambda side: (_level(side, concurrency) or {}).get(key),
                target)
        row(f"{concurrency} conv.: throughput (msg/s)", lambda side: (_level(side, concurrency) or {}).get("throughput"),
            "throughput_at_50" if concurrency == 50 else "")
    if "sessions" in base:
        name = f"{base['sessions']['concurrency']} sessions of {base['sessions']['turns']} turns"
        for key in ("p50_ms", "p95_ms", "p99_ms"):
            row(f"{name}: {key[:3]} latency (ms)", lambda side: side.get("sessions", {}).get(key))
        row(f"{name}: throughput (msg/s)", lambda side: side.get("sessions", {}).get("throughput"), "throughput_in_sessions")
    for window in base["long"]["windows_ms"]:
        row(f"one conversation, turns {window}: median (ms)", lambda side: side["long"]["windows_ms"].get(window))
    row("last window / first window", lambda side: side["long"]["last_to_first"], "flat_latency")
    for figure, unit in (("cpu_ms_per_message", "CPU per message (ms)"), ("rss_mb", "RSS after the run (MB)")):
        for role, label in _ROLES.items():
            row(f"{label}: {unit}", lambda side: side[figure].get(role))
    training = report["training"]
    for key, label in (("seconds", "wall"), ("cpu_seconds", "CPU")):
        rows.append((f"`rasa train`, {label} time (s)", [(training["ours"] or {}).get(key) for _ in variants],
                     training["baseline"][key], ""))

    names = [VARIANTS[key] for key in variants]
    lines = ["| figure | " + " | ".join(names) + " | baseline | " + " | ".join(f"{n} / baseline" for n in names)
             + " | target |", "|---|" + "---:|" * (2 * len(variants) + 1) + "---|"]
    for name, mine, theirs, target in rows:
        lines.append(f"| {name} | " + " | ".join(map(_cell, mine)) + f" | {_cell(theirs)} | "
                     + " | ".join(_ratio(value, theirs) for value in mine) + f" | {target} |")
    return "\n".join(lines)


_ROLES = {"rasa": "Rasa server(s)", "actions": "action server(s)",
          "services": "PostgreSQL, Redis, HAProxy, portal, worker"}
TARGETS = {"p95_at_10": "< 300 ms", "throughput_at_50": ">= 2x baseline", "throughput_in_sessions": ">= 2x baseline",
           "flat_latency": "<= 1.3"}


def targets(ours: dict, base: dict) -> dict:
    def verdict(ok: bool | None) -> str:
        return "n/a" if ok is None else ("PASS" if ok else "FAIL")

    at10, at50, base50 = _level(ours, 10), _level(ours, 50), _level(base, 50)
    windows = ours["long"]["windows_ms"]
    return {
        "flat_latency": verdict(ours["long"]["last_to_first"] <= 1.3 if "290-300" in windows else None),
        "throughput_at_50": verdict(at50["throughput"] >= 2 * base50["throughput"] if at50 and base50 else None),
        "p95_at_10": verdict(at10["p95_ms"] < 300 if at10 else None),
        "throughput_in_sessions": verdict(ours["sessions"]["throughput"] >= 2 * base["sessions"]["throughput"]
                                          if "sessions" in ours and "sessions" in base else None),
    }


def markdown(report: dict) -> str:
    m, s, training = report["machine"], report["settings"], report["training"]
    ours_training = training["ours"]
    if ours_training is None:
        training_note = "ours not measured (run with --train)"
    else:
        when = "measured in this run" if training["ours_measured_now"] else "from the earlier run of `--train`"
        training_note = (f"ours {when}, finished {ours_training['finished']} "
                         f"(mean load {ours_training['load_mean']:g})")
    baseline_training = training["baseline"]
    sessions_note = f"sessions of {s['session_turns']} turns at the highest level; " if s.get("session_turns") else ""
    described = []
    if "ours" in report:
        described.append(f"ours (one process, as `make run`): {report['ours']['model']}, endpoints.yml tracker store "
                         "(BoundedSQLTrackerStore, SQLite), credentials.yml channels")
    if "ours_prod" in report:
        described.append(f"ours (production profile, as `make prod`): {report['ours_prod']['model']}, "
                         f"{s['processes']} Rasa processes and 2 action servers behind HAProxy, PostgreSQL tracker "
                         "store, Redis lock store")
    loads = ", ".join(f"{VARIANTS.get(name, name)} {report[name]['load']['load_mean']:g}/{report[name]['load']['load_max']:g}"
                      for name in [*VARIANTS, "baseline"] if name in report)
    lines = [
        f"# Benchmark, {report['date']}",
        "",
        f"- Machine: {m['cpu']}, {m['cores']} cores, {m['ram_gb']} GB RAM; Linux {m['kernel']}, Python {m['python']}, "
        f"Rasa {m['rasa']}.",
        f"- Load: per level {s['messages']} messages or {s['seconds']:g} s, whichever first; one conversation of "
        f"{s['turns']} turns; {sessions_note}{s['warm_up']} warm-up conversations; seed {s['seed']}; client and servers on the "
        "same machine, one server set at a time.",
        f"- {'; '.join(described)}. Baseline: {report['baseline']['model']}, Rasa's default config, "
        "InMemoryTrackerStore, stock REST channel, one process.",
        f"- Load average (1 min) during the measurement, mean/max: {loads} (the benchmark itself adds about 1; "
        f"above {m['cores']}, other work competed for the {m['cores']} cores).",
        f"- Training time: {training_note}; baseline trained {baseline_training['finished']} "
        f"(mean load {baseline_training['load_mean']:g}).",
        "",
        table(report),
    ]
    errors = {side: sum(item["errors"] for item in _all_levels(report[side])) + report[side]["long"]["errors"]
              for side in [*VARIANTS, "baseline"] if side in report}
    if any(errors.values()):
        lines += ["", "Failed requests (not answered, or an empty reply): "
                  + ", ".join(f"{side} {count}" for side, count in errors.items()) + "."]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true",
                        help="smoke run: 40 messages or 10 s per level, a 60-turn conversation")
    parser.add_argument("--messages", type=int, default=600, help="messages per concurrency level (default 600)")
    parser.add_argument("--seconds", type=float, default=60, help="time limit per concurrency level (default 60)")
    parser.add_argument("--levels", type=int, nargs="+", default=[1, 10, 50], help="conversations at a time")
    parser.add_argument("--turns", type=int, default=300, help="length of the long conversation (default 300)")
    parser.add_argument("--session-turns", type=int, default=25,
                        help="messages per returning patient's session at the highest level (default 25; 0: none)")
    parser.add_argument("--warm-up", type=int, default=3, help="warm-up conversations per server set")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--model", type=Path, help="our model (default: newest in models/)")
    parser.add_argument("--train", action="store_true", help="also time `rasa train --force` of ours (4-6 min)")
    parser.add_argument("--profile", choices=["one", "prod", "both"], default="both",
                        help="ours as one process (`make run`), as the production profile (`make prod`, newest "
                             "model), or both (default)")
    parser.add_argument("--processes", type=int, default=2, help="Rasa processes of the production profile")
    args = parser.parse_args()
    if args.quick:
        args.messages, args.seconds, args.turns, args.warm_up, args.session_turns = 40, 10, 60, 1, 6

    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    domain = render()
    baseline, baseline_training = baseline_model(domain)
    if args.train:
        print("==> timing `rasa train --force` of our config", flush=True)
        ours_training = train_ours(domain)
    else:
        ours_training = json.loads(OURS_TRAINING_RECORD.read_text()) if OURS_TRAINING_RECORD.exists() else None

    workdir = Path(tempfile.mkdtemp(prefix="bench-"))
    try:
        env = server_env(workdir, RATE_LIMIT)
        measured = {}
        if args.profile in ("one", "both"):
            measured["ours"] = measure(ServerSet("ours", (args.model or newest_model()).resolve(),
                                                 ours_endpoints(workdir), ROOT / "credentials.yml", workdir, env), args)
        if args.profile in ("prod", "both"):
            measured["ours_prod"] = measure(ProfileSet("ours_prod", workdir, env, args.processes), args)
        base = measure(ServerSet("baseline", baseline, BASELINE_ENDPOINTS,
                                 baseline_credentials(workdir), workdir, env), args)
    except BaseException:
        print(f"Server logs kept in {workdir}", file=sys.stderr)
        raise
    shutil.rmtree(workdir)

    report = {
        "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "machine": machine(),
        "settings": {key: getattr(args, key)
                     for key in ("messages", "seconds", "levels", "turns", "session_turns", "warm_up", "seed", "processes")},
        **measured,
        "baseline": base,
        "training": {"ours": ours_training, "ours_measured_now": args.train, "baseline": baseline_training},
        "targets": {name: targets(side, base) for name, side in measured.items()},
    }
    text = markdown(report)
    (BENCH_DIR / "latest.md").write_text(text)
    (BENCH_DIR / "latest.json").write_text(json.dumps(report, indent=2))
    print("\n" + text)
    print(f"Written to {(BENCH_DIR / 'latest.md').relative_to(ROOT)} and latest.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
