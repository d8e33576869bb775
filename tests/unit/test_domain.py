"""Checks on the domain that training cannot catch: slot mappings during forms."""
import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActiveLoop, SlotSet, UserUttered
from rasa.shared.core.slot_mappings import SlotMapping
from rasa.shared.core.trackers import DialogueStateTracker

from tests.helpers import ROOT

DOMAIN = Domain.load(str(ROOT / "domain"))


def tracker_in(form: str | None, requested: str | None, intent: str) -> DialogueStateTracker:
    tracker = DialogueStateTracker.from_events("t", [], slots=DOMAIN.slots)
    if form:
        tracker.update(ActiveLoop(form))
        tracker.update(SlotSet("requested_slot", requested))
    tracker.update(UserUttered("message", intent={"name": intent, "confidence": 1.0}))
    return tracker


FORMS = [(None, None)] + [(form, slot) for form in DOMAIN.form_names for slot in DOMAIN.required_slots_for_form(form)]


@pytest.mark.parametrize("form, requested", FORMS)
def test_red_flag_level_is_set_whatever_form_is_open(form, requested):
    # The safety rules branch on red_flag_level; a form's ignored_intents would silently
    # block its mapping, and the patient would get a fallback instead of emergency advice.
    slot = next(s for s in DOMAIN.slots if s.name == "red_flag_level")
    tracker = tracker_in(form, requested, "report_red_flag")
    assert all(SlotMapping.intent_is_desired(m, tracker, DOMAIN) for m in slot.mappings)


@pytest.mark.parametrize("form, requested", [f for f in FORMS if f[0]])
@pytest.mark.parametrize("intent", ["report_red_flag", "report_crisis"])
def test_no_form_takes_a_safety_message_as_an_answer(form, requested, intent):
    slot = next(s for s in DOMAIN.slots if s.name == requested)
    tracker = tracker_in(form, requested, intent)
    text_mappings = [m for m in slot.mappings if m["type"] == "from_text"]
    assert text_mappings
    assert not any(SlotMapping.intent_is_desired(m, tracker, DOMAIN) for m in text_mappings)
