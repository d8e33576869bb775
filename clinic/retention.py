"""Retention: `python -m clinic retention [--days N] [--dry-run]`.

Urgent cases, bookings and callback requests older than RETENTION_DAYS are anonymised:
contact details, the transcript, the patient's own words and the conversation id go;
the row stays, with its reference, times, status and outcome, so the clinic can still
count its cases and the audit log still points at something. A booking is kept whole
until its appointment has passed. Delivered or failed notifications past the same age
are deleted, and so is the chat history (Rasa's tracker store, TRACKER_DATABASE_URL) of
every conversation whose last message is older. Running it twice changes nothing more.
See docs/retention.md.
"""
from __future__ import annotations

import argparse
from datetime import datetime, timedelta
from typing import Optional

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, create_engine, delete, func, inspect, select, update

from clinic.db import session_scope
from clinic.models import AuditLog, Booking, CallbackRequest, OutboxMessage, UrgentCase
from clinic.settings import get_settings
from clinic.timeutil import utcnow

REMOVED = "removed"
CONTACT = dict(name=None, phone=None, email=None, reason=None)


def _anonymising(cutoff: datetime, now: datetime):
    """(name, model, which rows, new values) for each kind of patient record."""
    def due(model):
        return [model.created_at < cutoff, model.conversation_id != REMOVED]

    forget = dict(conversation_id=REMOVED, transcript=None)
    return [
        # `signs` are the red flags in the patient's own words; `answers` (yes/no/unsure) stay.
        ("urgent_cases", UrgentCase, due(UrgentCase), dict(forget, signs=[])),
        ("bookings", Booking, due(Booking) + [Booking.starts_at < now], dict(forget, **CONTACT)),
        ("callback_requests", CallbackRequest, due(CallbackRequest), dict(forget, **CONTACT)),
    ]


def _old_notifications(cutoff: datetime):
    return [OutboxMessage.created_at < cutoff,
            OutboxMessage.status.in_([OutboxMessage.SENT, OutboxMessage.FAILED])]


# The columns of Rasa's SQLTrackerStore table that retention needs.
_EVENTS = Table("events", MetaData(), Column("id", Integer, primary_key=True), Column("sender_id", String),
                Column("timestamp", Float))


def forget_conversations(cutoff: datetime, dry_run: bool = False) -> int:
    """Delete the chat history of conversations whose newest event is older than `cutoff`;
    returns how many conversations. A conversation still in use keeps all of it."""
    engine = create_engine(get_settings().tracker_database_url, future=True)
    try:
        with engine.begin() as connection:
            if not inspect(connection).has_table("events"):
                return 0
            stale = (select(_EVENTS.c.sender_id).group_by(_EVENTS.c.sender_id)
                     .having(func.max(_EVENTS.c.timestamp) < cutoff.timestamp()))
            count = connection.scalar(select(func.count()).select_from(stale.subquery()))
            if count and not dry_run:
                connection.execute(delete(_EVENTS).where(_EVENTS.c.sender_id.in_(stale)))
            return count
    finally:
        engine.dispose()


def run(days: int, now: Optional[datetime] = None, dry_run: bool = False) -> dict[str, int]:
    """Apply retention (or only count what it would do); returns the counts by kind."""
    if days < 1:
        raise ValueError("days must be at least 1")
    now = now or utcnow()
    cutoff = now - timedelta(days=days)
    counts: dict[str, int] = {}
    with session_scope() as session:
        for name, model, where, values in _anonymising(cutoff, now):
            if dry_run:
                counts[name] = session.scalar(select(func.count()).select_from(model).where(*where))
            else:
                counts[name] = session.execute(
                    update(model).where(*where).values(**values).execution_options(synchronize_session=False)
                ).rowcount
        where = _old_notifications(cutoff)
        if dry_run:
            counts["notifications"] = session.scalar(select(func.count()).select_from(OutboxMessage).where(*where))
        else:
            counts["notifications"] = session.execute(
                delete(OutboxMessage).where(*where).execution_options(synchronize_session=False)
            ).rowcount
        counts["conversations"] = forget_conversations(cutoff, dry_run)
        if not dry_run:
            session.add(AuditLog(at=now, actor="retention", action="retention.run",
                                 detail=dict(counts, days=days, cutoff=cutoff.isoformat())))
    return counts


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m clinic retention", description=__doc__.split("\n\n")[1])
    parser.add_argument("--days", type=int, default=get_settings().retention_days,
                        help="age in days after which patient details go (default RETENTION_DAYS)")
    parser.add_argument("--dry-run", action="store_true", help="only count what would change")
    args = parser.parse_args(argv)
    if args.days < 1:
        parser.error("--days must be at least 1")
    counts = run(args.days, dry_run=args.dry_run)
    verb = "would be" if args.dry_run else "were"
    print(f"Records older than {args.days} days:")
    for name in ("urgent_cases", "bookings", "callback_requests"):
        print(f"  {counts[name]} {name.replace('_', ' ')} {verb} anonymised")
    print(f"  {counts['notifications']} delivered or failed notifications {verb} deleted")
    print(f"  {counts['conversations']} chat histories {verb} deleted")
    return 0
