"""Times are stored in UTC. SQLite hands them back without a zone; this puts it back."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Optional


def as_utc(moment: Optional[datetime]) -> Optional[datetime]:
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)
