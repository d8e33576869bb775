"""Bookings and callback requests: what the assistant's booking conversation stores.

Each record is written together with its staff notification (clinic/outbox.py) in one
transaction. A slot can be booked once: `bookings.slot_id` is unique, so when two patients
confirm the same slot at the same moment the database accepts one and refuses the other,
who is then offered other times."""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Optional

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clinic.db import session_scope
from clinic.hours import clinic_hours
from clinic.models import AppointmentSlot, Booking, CallbackRequest
from clinic.outbox import enqueue
from clinic.settings import get_settings
from clinic.timeutil import as_utc, utcnow

# No 0/O, 1/I/L: references are read out over the phone.
_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
# Slots closer than this are not offered: the clinic needs time to see the booking.
LEAD_TIME = timedelta(hours=2)
# During opening hours staff are asked to call back within this time.
CALLBACK_WITHIN = timedelta(hours=2)


class SlotTaken(Exception):
    """The chosen slot was booked by someone else (or is no longer in the future)."""


@dataclass(frozen=True)
class Details:
    """What the patient gave, with their consent, for the clinic to contact them."""

    name: str
    phone: Optional[str]
    email: Optional[str]
    reason: str
    conversation_id: str
    transcript: list


@dataclass(frozen=True)
class Offer:
    slot_id: int
    starts_at: datetime


def new_reference(prefix: str) -> str:
    code = "".join(secrets.choice(_ALPHABET) for _ in range(8))
    return f"{prefix}-{code[:4]}-{code[4:]}"


def normalise_reference(text: str) -> str:
    """ "b 7kq2 9xmd", "B7KQ29XMD" and "B-7KQ2-9XMD" are the same reference."""
    raw = "".join(ch for ch in (text or "").upper() if ch.isalnum())
    if len(raw) != 9:
        return ""
    return f"{raw[0]}-{raw[1:5]}-{raw[5:]}"


def free_slots(limit: int = 6, now: Optional[datetime] = None) -> list[Offer]:
    """The earliest free slots the assistant may offer."""
    now = now or utcnow()
    horizon = now + timedelta(days=get_settings().booking_days_ahead)
    with session_scope() as session:
        rows = session.execute(
            select(AppointmentSlot.id, AppointmentSlot.starts_at)
            .outerjoin(Booking, Booking.slot_id == AppointmentSlot.id)
            .where(Booking.id.is_(None), AppointmentSlot.starts_at > now + LEAD_TIME,
                   AppointmentSlot.starts_at <= horizon)
            .order_by(AppointmentSlot.starts_at)
            .limit(limit)
        ).all()
    return [Offer(slot_id, as_utc(starts_at)) for slot_id, starts_at in rows]


def _contact_columns(details: Details, now: datetime) -> dict:
    return dict(
        conversation_id=details.conversation_id, transcript=details.transcript, name=details.name,
        phone=details.phone, email=details.email, reason=details.reason, consent_at=now,
    )


def _insert_with_reference(make, prefix: str) -> str:
    """Insert a record with a fresh reference, retrying on the (rare) reference clash.
    `make(session, reference)` adds the record and returns it."""
    for _ in range(5):
        reference = new_reference(prefix)
        try:
            with session_scope() as session:
                make(session, reference)
            return reference
        except IntegrityError:
            with session_scope() as session:
                if not _reference_exists(session, reference):
                    raise
    raise RuntimeError("could not find an unused reference")


def _reference_exists(session: Session, reference: str) -> bool:
    return bool(
        session.scalar(select(func.count()).select_from(Booking).where(Booking.reference == reference))
        or session.scalar(
            select(func.count()).select_from(CallbackRequest).where(CallbackRequest.reference == reference)
        )
    )


def book(details: Details, slot_id: int, now: Optional[datetime] = None) -> tuple[str, datetime]:
    """Book the slot; returns (reference, start time). Raises SlotTaken."""
    now = now or utcnow()
    booked: dict = {}

    def make(session: Session, reference: str) -> None:
        slot = session.get(AppointmentSlot, slot_id)
        if slot is None or as_utc(slot.starts_at) <= now:
            raise SlotTaken(slot_id)
        booking = Booking(reference=reference, slot_id=slot.id, starts_at=as_utc(slot.starts_at),
                          **_contact_columns(details, now))
        session.add(booking)
        session.flush()
        enqueue(session, "booking.created", booking)
        booked["starts_at"] = as_utc(slot.starts_at)

    try:
        return _insert_with_reference(make, "B"), booked["starts_at"]
    except IntegrityError as error:
        raise SlotTaken(slot_id) from error


def expected_callback(now: datetime) -> tuple[bool, datetime]:
    """(clinic open now, when the patient can expect the call)."""
    hours = clinic_hours()
    if hours.is_open(now):
        return True, now + CALLBACK_WITHIN
    opening = hours.next_opening(now)
    return False, (opening or now + timedelta(days=1)) + CALLBACK_WITHIN


def request_callback(details: Details, now: Optional[datetime] = None) -> tuple[str, bool, datetime]:
    """Store a callback request; returns (reference, clinic open now, due by)."""
    now = now or utcnow()
    open_now, due_by = expected_callback(now)

    def make(session: Session, reference: str) -> None:
        request = CallbackRequest(reference=reference, during_hours=open_now, due_by=due_by,
                                  **_contact_columns(details, now))
        session.add(request)
        session.flush()
        enqueue(session, "callback.created", request)

    return _insert_with_reference(make, "C"), open_now, due_by


CANCELLED, NOT_FOUND, ALREADY_CANCELLED, IN_PAST = "cancelled", "not_found", "already_cancelled", "in_past"


def cancel(reference: str, now: Optional[datetime] = None) -> tuple[str, Optional[datetime]]:
    """Cancel a booking by its reference and free its slot; returns (result, start time)."""
    now = now or utcnow()
    reference = normalise_reference(reference)
    if not reference:
        return NOT_FOUND, None
    with session_scope() as session:
        booking = session.scalars(
            select(Booking).where(Booking.reference == reference).with_for_update()
        ).first()
        if booking is None:
            return NOT_FOUND, None
        starts_at = as_utc(booking.starts_at)
        if booking.cancelled:
            return ALREADY_CANCELLED, starts_at
        if starts_at <= now:
            return IN_PAST, starts_at
        booking.cancelled_at = now
        booking.slot_id = None
        enqueue(session, "booking.cancelled", booking)
    return CANCELLED, starts_at
