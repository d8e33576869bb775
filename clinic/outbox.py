"""The notification outbox: staff notifications are queued in the same transaction as the
record they announce, so a record never exists without its notification (and the other
way round). clinic/notify.py delivers them."""
from __future__ import annotations

from sqlalchemy.orm import Session

from clinic.models import OutboxMessage
from clinic.settings import Settings, get_settings


def channels(settings: Settings) -> list[str]:
    """The delivery channels that are configured."""
    found = []
    if settings.smtp_host and settings.notify_email_to:
        found.append("email")
    if settings.webhook_url:
        found.append("webhook")
    return found


def enqueue(session: Session, event: str, item) -> None:
    """Queue `event` (e.g. "booking.created") about `item`, which must be in `session`, on
    every configured channel. Nothing is sent until the caller's transaction commits."""
    if item.id is None:
        session.flush()
    for channel in channels(get_settings()):
        session.add(
            OutboxMessage(event=event, item_type=item.__tablename__, item_id=item.id, channel=channel)
        )
