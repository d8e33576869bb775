"""Export: `python -m clinic export --actor WHO (--reference REF | --conversation ID |
--email ADDR | --phone NUMBER)` prints, as JSON, everything stored about one patient.

For answering a patient's request to see their data (docs/retention.md). Records are
found by the given key and then widened to every record from the same conversations, so
an urgent case (which has no contact details) comes with the booking made in the same
chat. Each export is written to the audit log with who ran it and which records it
showed; the search key itself is not logged, as it is a patient detail.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import datetime
from typing import Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinic.booking import normalise_reference
from clinic.db import session_scope
from clinic.models import AuditLog, Booking, CallbackRequest, UrgentCase
from clinic.retention import REMOVED
from clinic.timeutil import as_utc, utcnow

KINDS = {model.__tablename__: model for model in (UrgentCase, Booking, CallbackRequest)}
WITH_CONTACT = (Booking, CallbackRequest)


def phone_key(text: Optional[str]) -> str:
    """Digits only, with Australian numbers in one form: "+61 412 345 678",
    "0011 61 412 345 678", "+61 (0)412 345 678" and "0412 345 678" give the same key."""
    digits = re.sub(r"\D", "", text or "")
    for prefix in ("0011", "00"):
        if digits.startswith(prefix + "61"):
            digits = digits[len(prefix):]
    # A domestic number starts with 0 or 1, so 61 followed by a full number is the country code.
    if digits.startswith("61") and len(digits) >= 11:
        digits = "0" + digits[2:].lstrip("0")
    return digits


def email_key(text: Optional[str]) -> str:
    return (text or "").strip().casefold()


def _matching(session: Session, by: str, value: str) -> set[str]:
    """The conversation ids of the records that match."""
    if by == "conversation":
        return {value} - {REMOVED}
    found = set()
    for model in WITH_CONTACT:
        if by == "reference":
            reference = normalise_reference(value) or value.strip().upper()
            found.update(session.scalars(select(model.conversation_id).where(model.reference == reference)))
        else:
            # Contact details are encrypted, so the database cannot compare them: decrypt and
            # compare here. A clinic has thousands of records, not millions.
            key = phone_key if by == "phone" else email_key
            wanted = key(value)
            column = getattr(model, by)
            for conversation_id, stored in session.execute(
                select(model.conversation_id, column).where(column.is_not(None))
            ):
                if wanted and key(stored) == wanted:
                    found.add(conversation_id)
    return found - {REMOVED}


def _as_dict(item) -> dict:
    row = {}
    for column in item.__table__.columns:
        value = getattr(item, column.key)
        row[column.key] = as_utc(value).isoformat() if isinstance(value, datetime) else value
    return row


def export(by: str, value: str, actor: str, now: Optional[datetime] = None) -> dict:
    """Everything stored about the patient found by `by` ("reference", "conversation",
    "email" or "phone"); the export is audited in the same transaction."""
    now = now or utcnow()
    result: dict = {"exported_at": now.isoformat(), "matched_by": by}
    with session_scope() as session:
        conversations = _matching(session, by, value)
        for name, model in KINDS.items():
            items = session.scalars(
                select(model).where(model.conversation_id.in_(conversations)).order_by(model.created_at, model.id)
            ).all() if conversations else []
            result[name] = [_as_dict(item) for item in items]
        session.add(AuditLog(
            at=now, actor=actor, action="export",
            detail={"matched_by": by, **{name: [row["id"] for row in result[name]] for name in KINDS}},
        ))
    return result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m clinic export", description=__doc__.split("\n\n")[0])
    parser.add_argument("--actor", required=True, help="who runs the export (staff email or name), for the audit log")
    key = parser.add_mutually_exclusive_group(required=True)
    key.add_argument("--reference", help="a booking or callback reference, e.g. B-7KQ2-9XMD")
    key.add_argument("--conversation", help="a chat conversation id")
    key.add_argument("--email", help="the patient's email address")
    key.add_argument("--phone", help="the patient's phone number, in any common format")
    args = parser.parse_args(argv)
    if not args.actor.strip():
        parser.error("--actor must name who runs the export")
    by = next(name for name in ("reference", "conversation", "email", "phone") if getattr(args, name) is not None)
    result = export(by, getattr(args, by), args.actor.strip())
    json.dump(result, sys.stdout, indent=2, ensure_ascii=False)
    print()
    return 0
