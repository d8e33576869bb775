from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select, text

from clinic import booking
from clinic.models import AppointmentSlot, Booking, CallbackRequest, OutboxMessage
from clinic.slots import create_slots

# A Monday, 10:00 in Sydney.
MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc) - timedelta(hours=11)


def details(name="Sam Lee", conversation="c1"):
    return booking.Details(
        name=name, phone="+61412345678", email=None, reason="sore back",
        conversation_id=conversation, transcript=[{"by": "patient", "text": "hi", "at": "x"}],
    )


@pytest.fixture
def notifying(monkeypatch):
    monkeypatch.setenv("WEBHOOK_URL", "http://127.0.0.1:9/hook")
    from clinic.settings import get_settings

    get_settings.cache_clear()


@pytest.fixture
def slots(database):
    with database.session_scope() as session:
        create_slots(session, days=3, now=MONDAY)
    return booking.free_slots(limit=50, now=MONDAY)


def count(database, model):
    with database.session_scope() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_slots_follow_opening_hours_and_are_not_made_twice(database):
    with database.session_scope() as session:
        first = create_slots(session, days=6, now=MONDAY)
    with database.session_scope() as session:
        again = create_slots(session, days=6, now=MONDAY)
        starts = [row.starts_at for row in session.scalars(select(AppointmentSlot))]
    # After Mon 10:00: 15 more on Monday, 20 a day Tue-Fri, 8 on Saturday, none on Sunday.
    assert first == 15 + 4 * 20 + 8
    assert again == 0
    assert len(starts) == first


def test_offers_skip_slots_too_soon_and_booked_ones(database, slots):
    first = slots[0]
    assert first.starts_at >= MONDAY + booking.LEAD_TIME
    booking.book(details(), first.slot_id, now=MONDAY)
    offers = booking.free_slots(limit=3, now=MONDAY)
    assert first.slot_id not in {offer.slot_id for offer in offers}
    assert len(offers) == 3


def test_booking_stores_encrypted_details_and_one_notification(database, slots, notifying):
    reference, starts_at = booking.book(details(), slots[0].slot_id, now=MONDAY)
    assert booking.normalise_reference(reference.lower().replace("-", " ")) == reference
    assert starts_at == slots[0].starts_at
    with database.session_scope() as session:
        row = session.scalars(select(Booking)).one()
        assert (row.name, row.phone, row.reason) == ("Sam Lee", "+61412345678", "sore back")
        raw = session.execute(text("SELECT name, phone FROM bookings")).one()
        outbox = session.scalars(select(OutboxMessage)).all()
    assert "Sam" not in str(raw) and "0412" not in str(raw) and "+614" not in str(raw)
    assert [(m.event, m.item_id, m.channel) for m in outbox] == [("booking.created", row.id, "webhook")]


def test_concurrent_bookings_of_one_slot_book_exactly_one(database, slots):
    target = slots[0].slot_id

    def attempt(i):
        try:
            return booking.book(details(f"Patient {chr(65 + i)}", f"c{i}"), target, now=MONDAY)[0]
        except booking.SlotTaken:
            return None

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(attempt, range(8)))
    assert sum(result is not None for result in results) == 1
    assert count(database, Booking) == 1


def test_cancel_frees_the_slot_and_notifies(database, slots, notifying):
    reference, _ = booking.book(details(), slots[0].slot_id, now=MONDAY)
    assert booking.cancel(reference.lower(), now=MONDAY)[0] == booking.CANCELLED
    assert booking.cancel(reference, now=MONDAY)[0] == booking.ALREADY_CANCELLED
    assert booking.cancel("B-XXXX-XXXX", now=MONDAY)[0] == booking.NOT_FOUND
    assert booking.cancel("nonsense", now=MONDAY)[0] == booking.NOT_FOUND
    assert slots[0].slot_id in {offer.slot_id for offer in booking.free_slots(now=MONDAY)}
    booking.book(details("Alex Kim", "c2"), slots[0].slot_id, now=MONDAY)
    with database.session_scope() as session:
        events = sorted(m.event for m in session.scalars(select(OutboxMessage)))
    assert events == ["booking.cancelled", "booking.created", "booking.created"]


def test_a_past_appointment_cannot_be_cancelled_or_booked(database, slots):
    reference, starts_at = booking.book(details(), slots[0].slot_id, now=MONDAY)
    later = starts_at + timedelta(minutes=1)
    assert booking.cancel(reference, now=later)[0] == booking.IN_PAST
    with pytest.raises(booking.SlotTaken):
        booking.book(details(), slots[1].slot_id, now=slots[1].starts_at)


def test_callback_during_hours_is_due_soon_and_after_hours_at_next_opening(database):
    reference, open_now, due = booking.request_callback(details(), now=MONDAY)
    assert open_now and due == MONDAY + booking.CALLBACK_WITHIN
    saturday_evening = MONDAY + timedelta(days=5, hours=9)  # Sat 19:00 Sydney
    _, open_now, due = booking.request_callback(details(), now=saturday_evening)
    monday_open = datetime(2026, 11, 30, 8, 0, tzinfo=timezone.utc) - timedelta(hours=11)
    assert not open_now and due == monday_open + booking.CALLBACK_WITHIN
    assert reference.startswith("C-") and count(database, CallbackRequest) == 2
