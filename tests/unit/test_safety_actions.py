from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from clinic.models import UrgentCase
from actions.safety import (
    ActionApplyReportedSigns,
    ActionRecordUrgentCase,
    ActionRedFlagOutcome,
    ValidateRedFlagForm,
    interpret_answer,
    outcome_of,
    tell_clinic_follow_up,
)
from tests.helpers import user_event

FORM_SLOTS = [
    "rf_bladder_bowel", "rf_saddle_numbness", "rf_sexual_function", "rf_leg_weakness",
    "rf_trauma", "rf_systemic", "rf_cancer_history",
]


def sign_event(*signs):
    event = user_event("message", "report_red_flag")
    event["parse_data"]["entities"] = [{"entity": "red_flag_sign", "value": s} for s in signs]
    return event


@pytest.mark.parametrize(
    "text, answer",
    [
        ("nope", "no"), ("not really", "no"), ("a bit", "yes"), ("I think so", "yes"),
        ("only when I cough", "yes"), ("dunno", "unsure"), ("maybe, hard to say", "unsure"),
        ("not sure", "unsure"), ("banana", None),
    ],
)
def test_free_text_answers(text, answer):
    assert interpret_answer(text) == answer


@pytest.mark.parametrize(
    "answers, signs, outcome",
    [
        ({"rf_bladder_bowel": "no", "rf_trauma": "no"}, set(), "none"),
        ({"rf_saddle_numbness": "unsure"}, set(), "emergency"),
        ({"rf_bladder_bowel": "no", "rf_cancer_history": "yes"}, set(), "urgent"),
        ({"rf_systemic": "unsure"}, set(), "urgent"),
        ({"rf_trauma": "no"}, {"leg_weakness"}, "emergency"),
        ({}, {"trauma"}, "urgent"),
    ],
)
def test_outcome(answers, signs, outcome):
    assert outcome_of(answers, signs) == outcome


async def test_form_skips_signs_already_reported(dispatcher, make_tracker):
    tracker = make_tracker([sign_event("trauma")])
    slots = await ValidateRedFlagForm().required_slots(FORM_SLOTS, dispatcher, tracker, {})
    assert "rf_trauma" not in slots and slots[0] == "rf_bladder_bowel"


async def test_form_stops_at_the_first_emergency_answer(dispatcher, make_tracker):
    tracker = make_tracker([user_event("yes", "affirm")], slots={"rf_bladder_bowel": "yes"})
    assert await ValidateRedFlagForm().required_slots(FORM_SLOTS, dispatcher, tracker, {}) == []


async def test_unclear_answer_is_asked_again(dispatcher, make_tracker):
    result = await ValidateRedFlagForm().validate_rf_trauma("what do you mean", dispatcher, make_tracker(), {})
    assert result == {"rf_trauma": None}
    assert dispatcher.messages[0]["response"] == "utter_red_flag_rephrase"


async def test_a_question_about_crisis_support_mid_screening_is_answered_and_asked_again(dispatcher, make_tracker):
    question = "is lifeline open at night? yes I mean for my dad"
    tracker = make_tracker([user_event(question, "faq", "faq/crisis_support")])
    result = await ValidateRedFlagForm().validate_rf_bladder_bowel(question, dispatcher, tracker, {})
    assert result == {"rf_bladder_bowel": None}, "a question is not taken as an answer, even with a yes in it"
    assert [m["response"] for m in dispatcher.messages] == ["utter_faq/crisis_support"]


async def test_red_flag_mid_screening_answers_the_current_question(dispatcher, make_tracker):
    tracker = make_tracker([sign_event("systemic")], slots={"requested_slot": "rf_systemic"})
    events = await ActionApplyReportedSigns().run(dispatcher, tracker, {})
    assert events == [{"event": "slot", "timestamp": None, "name": "rf_systemic", "value": "yes"}]


async def test_emergency_outcome_creates_an_urgent_case(database, dispatcher, make_tracker):
    tracker = make_tracker(
        [user_event("yes", "affirm")],
        slots={"rf_bladder_bowel": "no", "rf_saddle_numbness": "yes"},
        sender_id="conv-1",
    )
    events = await ActionRedFlagOutcome().run(dispatcher, tracker, {})
    responses = [m["response"] for m in dispatcher.messages]
    assert responses[0] == "utter_red_flag_emergency"
    assert responses[1].startswith("utter_urgent_case_logged")
    assert {"event": "slot", "timestamp": None, "name": "red_flag_outcome", "value": "emergency"} in events
    with database.session_scope() as session:
        case = session.execute(select(UrgentCase)).scalar_one()
    assert (case.conversation_id, case.outcome) == ("conv-1", "emergency")
    assert case.answers == {"rf_bladder_bowel": "no", "rf_saddle_numbness": "yes"}


async def test_none_outcome_reassures_and_stores_nothing(database, dispatcher, make_tracker):
    tracker = make_tracker([], slots={slot: "no" for slot in FORM_SLOTS})
    await ActionRedFlagOutcome().run(dispatcher, tracker, {})
    assert [m["response"] for m in dispatcher.messages] == ["utter_red_flag_none"]
    with database.session_scope() as session:
        assert session.execute(select(UrgentCase)).first() is None


async def test_reported_emergency_is_recorded_with_its_signs(database, dispatcher, make_tracker):
    tracker = make_tracker([sign_event("bladder_bowel")], sender_id="conv-2")
    await ActionRecordUrgentCase().run(dispatcher, tracker, {})
    with database.session_scope() as session:
        case = session.execute(select(UrgentCase)).scalar_one()
    assert case.signs == ["bladder_bowel"] and case.outcome == "emergency"


async def test_database_failure_still_returns_the_outcome(dispatcher, make_tracker, monkeypatch, tmp_path):
    from clinic import db
    from clinic.settings import get_settings

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'no-tables.db'}")
    get_settings.cache_clear()
    db.reset()
    tracker = make_tracker([], slots={"rf_cancer_history": "yes"})
    events = await ActionRedFlagOutcome().run(dispatcher, tracker, {})
    # No "the team has been told" when the case could not be stored.
    assert [m["response"] for m in dispatcher.messages] == ["utter_red_flag_urgent", "utter_offer_booking"]
    assert {"event": "slot", "timestamp": None, "name": "red_flag_outcome", "value": "urgent"} in events
    db.reset()
    get_settings.cache_clear()


def test_after_hours_says_when_the_clinic_will_see_it(clean_env, dispatcher):
    sunday_night_sydney = datetime(2026, 11, 29, 10, 0, tzinfo=timezone.utc)  # 21:00 Sunday in Sydney
    tell_clinic_follow_up(dispatcher, now=sunday_night_sydney)
    message = dispatcher.messages[0]
    assert message["response"] == "utter_urgent_case_logged_after_hours"
    assert message["clinic_next_open"] == "tomorrow at 8:00 am"


def test_open_hours_say_the_team_is_told(clean_env, dispatcher):
    monday_morning_sydney = datetime(2026, 11, 29, 23, 0, tzinfo=timezone.utc)  # 10:00 Monday in Sydney
    tell_clinic_follow_up(dispatcher, now=monday_morning_sydney)
    assert dispatcher.messages[0]["response"] == "utter_urgent_case_logged"
