"""The benchmark's verdicts and table, from measured figures (no servers run here)."""
from scripts.bench import table, targets


def side(p95_at_10, throughput_at_50, first=30.0, last=33.0, services=None, in_sessions=None):
    cpu = {"rasa": 30.0, "actions": 0.1, **({"services": services} if services is not None else {})}
    sessions = {} if in_sessions is None else {"sessions": {
        "concurrency": 50, "turns": 25, "p50_ms": 900.0, "p95_ms": 1300.0, "p99_ms": 1600.0, "throughput": in_sessions}}
    return {
        **sessions,
        "levels": [
            {"concurrency": 10, "p50_ms": 100.0, "p95_ms": p95_at_10, "p99_ms": 400.0, "throughput": 50.0},
            {"concurrency": 50, "p50_ms": 800.0, "p95_ms": 1200.0, "p99_ms": 1500.0, "throughput": throughput_at_50},
        ],
        "long": {"windows_ms": {"1-10": first, "290-300": last}, "last_to_first": round(last / first, 2)},
        "cpu_ms_per_message": cpu,
        "rss_mb": {role: 100.0 for role in cpu},
    }


def test_each_target_is_judged_against_its_own_figure():
    base = side(p95_at_10=310, throughput_at_50=50, last=240)
    assert targets(side(299, 100), base) == {
        "flat_latency": "PASS", "throughput_at_50": "PASS", "p95_at_10": "PASS", "throughput_in_sessions": "n/a"}
    assert targets(side(300, 99.9, last=40), base) == {
        "flat_latency": "FAIL", "throughput_at_50": "FAIL", "p95_at_10": "FAIL", "throughput_in_sessions": "n/a"}


def test_sessions_are_judged_on_their_own_throughput():
    base = side(310, 50, in_sessions=20.0)
    assert targets(side(200, 60, in_sessions=40.0), base)["throughput_in_sessions"] == "PASS"
    assert targets(side(200, 60, in_sessions=39.9), base)["throughput_in_sessions"] == "FAIL"
    assert targets(side(200, 60, in_sessions=40.0), side(310, 50))["throughput_in_sessions"] == "n/a"


def test_table_puts_both_set_ups_beside_the_baseline():
    ours, prod, base = side(500, 38, in_sessions=30.0), side(280, 58, services=2.4, in_sessions=45.0), side(310, 57.5, last=240, in_sessions=20.0)
    report = {
        "settings": {"levels": [10, 50]}, "ours": ours, "ours_prod": prod, "baseline": base,
        "training": {"ours": {"seconds": 465, "cpu_seconds": 540}, "baseline": {"seconds": 2234, "cpu_seconds": 2797}},
        "targets": {"ours": targets(ours, base), "ours_prod": targets(prod, base)},
    }
    lines = table(report).splitlines()
    p95 = next(line for line in lines if line.startswith("| 10 conv.: p95"))
    assert p95 == "| 10 conv.: p95 latency (ms) | 500 | 280 | 310 | 1.61 | 0.90 | < 300 ms: FAIL, PASS |"
    throughput = next(line for line in lines if line.startswith("| 50 conv.: throughput"))
    assert throughput.endswith("| 0.66 | 1.01 | >= 2x baseline: FAIL, FAIL |")
    sessions = next(line for line in lines if line.startswith("| 50 sessions of 25 turns: throughput"))
    assert sessions.endswith("| 30 | 45 | 20 | 1.50 | 2.25 | >= 2x baseline: FAIL, PASS |")
    services = next(line for line in lines if line.startswith("| PostgreSQL, Redis, HAProxy, portal, worker: CPU"))
    assert "| - | 2.4 | - |" in services
