"""The slots page: upcoming slots, creating more, and notifications that failed."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from clinic.db import session_scope
from clinic.models import AppointmentSlot, OutboxMessage
from clinic.timeutil import utcnow
from tests.portal.conftest import EMAIL, add_booking, audit_rows, post_form


def slot_count() -> int:
    with session_scope() as session:
        return session.scalar(select(func.count()).select_from(AppointmentSlot))


def test_upcoming_slots_show_free_or_booked(signed_in):
    soon = utcnow() + timedelta(days=1)
    with session_scope() as session:
        session.add(AppointmentSlot(starts_at=soon, ends_at=soon + timedelta(minutes=30), clinician="Dr Free"))
        session.add(AppointmentSlot(starts_at=utcnow() - timedelta(days=1), ends_at=utcnow(), clinician="Dr Past"))
    booking = add_booking("BK-SLOT-0001", starts_at=soon + timedelta(hours=1))
    page = signed_in.get("/slots").text
    assert "Dr Free" in page and "Free</td>" in page
    assert f'href="/bookings/{booking}">Booked: BK-SLOT-0001</a>' in page
    assert "Dr Past" not in page


def test_creating_slots_for_the_next_days(signed_in):
    response = post_form(signed_in, "/slots", "/slots", days="3")
    assert response.status_code == 302 and response.location == "/slots"
    created = slot_count()
    assert created > 0
    assert f"Created {created} new slots." in signed_in.get("/slots").text
    [row] = audit_rows("create_slots")
    assert (row.actor, row.detail) == (EMAIL, {"days": 3, "created": created})

    post_form(signed_in, "/slots", "/slots", days="3")
    assert slot_count() == created
    assert "No new slots" in signed_in.get("/slots").text


def test_days_out_of_range_create_nothing(signed_in):
    for days in ("0", "91", "-1", "three", ""):
        post_form(signed_in, "/slots", "/slots", days=days)
        assert "Enter a number of days from 1 to 90." in signed_in.get("/slots").text
    assert slot_count() == 0
    assert audit_rows("create_slots") == []


def test_failed_notifications_are_listed_with_their_error(signed_in):
    with session_scope() as session:
        session.add_all([
            OutboxMessage(event="booking.created", item_type="bookings", item_id=7, channel="webhook",
                          status=OutboxMessage.FAILED, attempts=12, last_error="HTTP 500 <from the receiver>"),
            OutboxMessage(event="callback.created", item_type="callback_requests", item_id=8, channel="email",
                          status=OutboxMessage.SENT, attempts=1),
        ])
    page = signed_in.get("/slots").text
    assert "Notifications not delivered (1)" in page
    assert 'href="/bookings/7"' in page and "HTTP 500 &lt;from the receiver&gt;" in page
    assert "callback.created" not in page
