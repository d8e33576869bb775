from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from actions.booking import (
    ActionAskBookingSlot,
    ActionCancelBooking,
    ActionStartBooking,
    ActionSubmitBooking,
    ValidateBookingForm,
    ValidateCancelForm,
    match_typed_slot,
    slot_label,
)
from clinic import booking
from clinic.models import Booking, CallbackRequest
from clinic.slots import create_slots
from tests.helpers import user_event


@pytest.fixture
def slots(database):
    with database.session_scope() as session:
        create_slots(session, days=14)
    return booking.free_slots(limit=6)


def events(*texts):
    return [user_event(text, "inform") for text in texts]


def form_slots(**values):
    base = {"booking_mode": "appointment", "booking_name": "Sam Lee", "booking_contact": "+61412345678",
            "booking_reason": "sore back", "booking_consent": "yes"}
    base.update(values)
    return base


async def test_start_offers_a_call_back_when_no_slots_are_free(database, dispatcher, make_tracker):
    result = await ActionStartBooking().run(dispatcher, make_tracker(), {})
    assert {"event": "slot", "name": "booking_mode", "value": "callback", "timestamp": None} in result
    assert [m["response"] for m in dispatcher.messages] == ["utter_no_free_slots", "utter_callback_intro"]


async def test_slot_question_offers_free_times_as_buttons(slots, dispatcher, make_tracker):
    await ActionAskBookingSlot().run(dispatcher, make_tracker(), {})
    buttons = dispatcher.messages[0]["buttons"]
    assert [b["title"] for b in buttons[:-1]] == [slot_label(offer.starts_at) for offer in slots]
    assert buttons[0]["payload"] == f'/choose_slot{{"booking_slot": "{slots[0].slot_id}"}}'
    assert buttons[-1]["payload"] == '/choose_slot{"booking_slot": "callback"}'


def test_typed_times_are_matched_only_when_they_are_unambiguous():
    base = datetime(2026, 11, 23, 22, 0, tzinfo=timezone.utc)  # Tue 24 Nov 9:00 am Sydney
    offers = [booking.Offer(i + 1, base + timedelta(minutes=30 * i)) for i in range(3)]
    assert match_typed_slot("the first one please", offers) == 1
    assert match_typed_slot("9:30 works", offers) == 2
    assert match_typed_slot("tuesday at 10am", offers) == 3
    assert match_typed_slot("tuesday", offers) is None  # all three are on Tuesday
    assert match_typed_slot("friday at 4", offers) is None


async def test_slot_validation(slots, dispatcher, make_tracker):
    form = ValidateBookingForm()
    tracker = make_tracker()
    assert await form.validate_booking_slot(str(slots[0].slot_id), dispatcher, tracker, {}) == {
        "booking_slot": str(slots[0].slot_id)}
    assert await form.validate_booking_slot("callback", dispatcher, tracker, {}) == {
        "booking_slot": None, "booking_mode": "callback"}
    assert await form.validate_booking_slot("none of these", dispatcher, tracker, {}) == {
        "booking_slot": None, "booking_mode": "callback"}
    assert await form.validate_booking_slot("999999", dispatcher, tracker, {}) == {"booking_slot": None}
    assert dispatcher.messages[-1]["response"] == "utter_booking_slot_taken"


@pytest.mark.parametrize(
    "method, typed, stored",
    [
        ("validate_booking_name", "i'm sam lee", "Sam Lee"),
        ("validate_booking_name", "0412 345 678", None),
        ("validate_booking_contact", "0412 345 678", "+61412345678"),
        ("validate_booking_contact", "Sam@Example.com", "Sam@example.com"),
        ("validate_booking_contact", "tomorrow", None),
        ("validate_booking_consent", "yes", "yes"),
        ("validate_booking_consent", "nah", "no"),
        ("validate_booking_consent", "yeah that's fine", "yes"),
        ("validate_booking_consent", "banana", None),
    ],
)
async def test_typed_details(method, typed, stored, dispatcher, make_tracker):
    result = await getattr(ValidateBookingForm(), method)(typed, dispatcher, make_tracker(), {})
    assert list(result.values()) == [stored]
    assert bool(dispatcher.messages) == (stored is None)


async def test_callback_mode_does_not_ask_for_a_time(dispatcher, make_tracker):
    form = ValidateBookingForm()
    domain_slots = ["booking_slot", "booking_name", "booking_contact", "booking_reason", "booking_consent"]
    tracker = make_tracker(slots={"booking_mode": "callback"})
    assert await form.required_slots(domain_slots, dispatcher, tracker, {}) == domain_slots[1:]


async def test_submit_books_the_slot_and_gives_a_reference(slots, dispatcher, make_tracker, database):
    tracker = make_tracker(events("hello"), form_slots(booking_slot=str(slots[0].slot_id)))
    result = await ActionSubmitBooking().run(dispatcher, tracker, {})
    reference = next(e["value"] for e in result if e.get("name") == "booking_reference")
    assert reference in dispatcher.messages[0]["text"] and "0412 345 678" in dispatcher.messages[0]["text"]
    with database.session_scope() as session:
        row = session.scalars(select(Booking)).one()
        assert (row.reference, row.name, row.transcript[0]["text"]) == (reference, "Sam Lee", "hello")


async def test_submit_of_a_slot_just_taken_goes_back_to_the_times(slots, dispatcher, make_tracker, database):
    taken = str(slots[0].slot_id)
    first = make_tracker(slots=form_slots(booking_slot=taken), sender_id="first")
    second = make_tracker(slots=form_slots(booking_slot=taken, booking_name="Alex Kim"), sender_id="second")
    await ActionSubmitBooking().run(dispatcher, first, {})
    result = await ActionSubmitBooking().run(dispatcher, second, {})
    assert {"event": "followup", "name": "booking_form", "timestamp": None} in result
    assert dispatcher.messages[-1]["response"] == "utter_booking_slot_taken"
    with database.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Booking)) == 1


async def test_without_consent_nothing_is_stored(slots, dispatcher, make_tracker, database):
    tracker = make_tracker(slots=form_slots(booking_slot=str(slots[0].slot_id), booking_consent="no"))
    await ActionSubmitBooking().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["response"] == "utter_booking_not_stored"
    with database.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Booking)) == 0


async def test_callback_request_is_stored_with_its_expected_time(dispatcher, make_tracker, database):
    tracker = make_tracker(slots=form_slots(booking_mode="callback", booking_contact="sam@example.com"))
    result = await ActionSubmitBooking().run(dispatcher, tracker, {})
    assert any(e.get("name") == "booking_reference" and e["value"].startswith("C-") for e in result)
    assert "sam@example.com" in dispatcher.messages[0]["text"]
    with database.session_scope() as session:
        row = session.scalars(select(CallbackRequest)).one()
        assert row.email == "sam@example.com" and row.phone is None


async def test_cancel_by_reference(slots, dispatcher, make_tracker, database):
    reference, _ = booking.book(booking.Details("Sam", "+61412345678", None, "x", "c", []), slots[0].slot_id)
    typed = f"please cancel {reference.lower().replace('-', ' ')}"
    validated = await ValidateCancelForm().validate_cancel_reference(typed, dispatcher, make_tracker(), {})
    assert validated == {"cancel_reference": reference}
    await ActionCancelBooking().run(dispatcher, make_tracker(slots=validated), {})
    assert "is cancelled" in dispatcher.messages[-1]["text"]
    await ActionCancelBooking().run(dispatcher, make_tracker(slots=validated), {})
    assert "already cancelled" in dispatcher.messages[-1]["text"]


async def test_slots_cleared_when_the_form_starts_are_not_treated_as_answers(dispatcher, make_tracker):
    form = ValidateBookingForm()
    for slot in ("booking_slot", "booking_name", "booking_contact", "booking_reason", "booking_consent"):
        assert await getattr(form, f"validate_{slot}")(None, dispatcher, make_tracker(), {}) == {slot: None}
    assert dispatcher.messages == []
