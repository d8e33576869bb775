"""Clinic records with planted patient details, for tests that check where those details go."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Optional

from clinic.models import Booking, CallbackRequest, UrgentCase
from clinic.outbox import enqueue

NAME = "Margaret Quinlivan"
PHONE = "0412 345 678"
EMAIL = "margaret.quinlivan@example.org"
REASON = "sciatica since lifting my grandson"
SAID = "my legs went numb at the Wollongbar bowls club"
SIGN = "numb around the bottom since this morning"
PATIENT_DETAILS = (NAME, PHONE, "0412345678", EMAIL, REASON, SAID, SIGN)

# Tuesday 24 November 2026, 09:00 in Sydney.
APPOINTMENT = datetime(2026, 11, 23, 22, 0, tzinfo=timezone.utc)


def transcript(at: datetime) -> list[dict]:
    return [
        {"by": "patient", "text": f"I'm {NAME}, {SAID}", "at": at.isoformat()},
        {"by": "assistant", "text": "Please call 000 now.", "at": at.isoformat()},
    ]


def _common(conversation_id: str, created_at: Optional[datetime]) -> dict:
    created_at = created_at or datetime.now(timezone.utc)
    return dict(conversation_id=conversation_id, created_at=created_at, transcript=transcript(created_at))


def _contact(created_at: datetime, **overrides) -> dict:
    contact = dict(name=NAME, phone=PHONE, email=EMAIL, reason=REASON, consent_at=created_at)
    contact.update(overrides)
    return contact


def add_urgent(session, conversation_id="conv-1", created_at=None, outcome="emergency", event=True) -> UrgentCase:
    case = UrgentCase(outcome=outcome, answers={"saddle_numbness": "yes", "bladder_bowel": "unsure"},
                      signs=[SIGN], **_common(conversation_id, created_at))
    session.add(case)
    if event:
        enqueue(session, "urgent_case.created", case)
    return case


def add_booking(session, reference="B-7KQ2-9XMD", starts_at=APPOINTMENT, conversation_id="conv-1",
                created_at=None, event=True, **contact) -> Booking:
    common = _common(conversation_id, created_at)
    booking = Booking(reference=reference, starts_at=starts_at, **common,
                      **_contact(common["created_at"], **contact))
    session.add(booking)
    if event:
        enqueue(session, "booking.created", booking)
    return booking


def add_callback(session, reference="C-4HNW-2RTP", conversation_id="conv-1", created_at=None,
                 event=True, **contact) -> CallbackRequest:
    common = _common(conversation_id, created_at)
    callback = CallbackRequest(reference=reference, during_hours=False,
                               due_by=common["created_at"] + timedelta(hours=14), **common,
                               **_contact(common["created_at"], **contact))
    session.add(callback)
    if event:
        enqueue(session, "callback.created", callback)
    return callback
