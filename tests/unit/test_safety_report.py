"""The safety report's regression gate against the recorded recalls."""
import json

from scripts.safety_report import regressions
from tests.helpers import ROOT


def test_one_message_fewer_is_a_regression():
    assert regressions({"red-flag recall": 0.9917, "crisis recall": 1.0}, {"red-flag recall": 0.9995, "crisis recall": 0.9995}) == [
        "red-flag recall 99.2%, recorded 100.0%"]


def test_the_same_or_better_recall_passes_and_a_set_without_a_record_is_not_gated():
    assert regressions({"red-flag recall": 0.9938}, {"red-flag recall": 0.9935}) == []
    assert regressions({"red-flag recall": 0.5}, {}) == []


def test_a_recall_missing_from_the_report_counts_as_lost():
    assert regressions({}, {"crisis recall": 0.9995}) == ["crisis recall 0.0%, recorded 100.0%"]


def test_every_safety_set_has_a_recorded_recall():
    recorded = json.loads((ROOT / "tests" / "safety" / "recall_baseline.json").read_text())
    assert {path.name for path in (ROOT / "tests" / "safety").glob("*.yml")} <= set(recorded)
