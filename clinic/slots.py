"""Appointment slots made from the opening hours: `python -m clinic slots [--days N]`."""
from __future__ import annotations

import argparse
from datetime import datetime, timedelta, timezone
from typing import Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinic.db import session_scope
from clinic.hours import OpeningHours, clinic_hours
from clinic.models import AppointmentSlot
from clinic.settings import get_settings
from clinic.timeutil import as_utc, utcnow


def slot_times(hours: OpeningHours, start: datetime, days: int, minutes: int):
    """Start times (UTC) of every whole slot inside opening hours, from `start` for `days`."""
    local_start = start.astimezone(hours.zone)
    for offset in range(days + 1):
        day = local_start.date() + timedelta(days=offset)
        window = hours.by_day.get(day.weekday())
        if not window:
            continue
        moment = datetime.combine(day, window[0], tzinfo=hours.zone)
        close = datetime.combine(day, window[1], tzinfo=hours.zone)
        while moment + timedelta(minutes=minutes) <= close:
            if moment > start:
                yield moment.astimezone(timezone.utc)
            moment += timedelta(minutes=minutes)


def create_slots(session: Session, days: int, now: Optional[datetime] = None, clinician: str = "") -> int:
    """Add the slots of the next `days` days that do not exist yet; returns how many."""
    settings = get_settings()
    hours = clinic_hours()
    now = now or utcnow()
    length = timedelta(minutes=settings.slot_minutes)
    existing = {
        as_utc(moment)
        for moment in session.scalars(
            select(AppointmentSlot.starts_at).where(
                AppointmentSlot.starts_at > now, AppointmentSlot.clinician == clinician
            )
        )
    }
    created = 0
    for start in slot_times(hours, now, days, settings.slot_minutes):
        if start not in existing:
            session.add(AppointmentSlot(starts_at=start, ends_at=start + length, clinician=clinician))
            created += 1
    return created


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m clinic slots", description=__doc__)
    parser.add_argument("--days", type=int, default=get_settings().booking_days_ahead)
    parser.add_argument("--clinician", default="", help="name shown to staff (optional)")
    args = parser.parse_args(argv)
    with session_scope() as session:
        created = create_slots(session, args.days, clinician=args.clinician)
    print(f"Created {created} appointment slots for the next {args.days} days.")
    return 0
