import pytest
from sqlalchemy import func, select

from clinic.models import Booking, OutboxMessage
from tests.notify.records import add_booking


def _count(database, model) -> int:
    with database.session_scope() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_record_and_notification_commit_together(database, configure):
    configure(SMTP_HOST="127.0.0.1", NOTIFY_EMAIL_TO="front-desk@clinic.test", WEBHOOK_URL="http://127.0.0.1:9/")
    with database.session_scope() as session:
        booking = add_booking(session)
    with database.session_scope() as session:
        channels = session.scalars(select(OutboxMessage.channel).where(OutboxMessage.item_id == booking.id)).all()
    assert sorted(channels) == ["email", "webhook"]


def test_rollback_removes_record_and_notification(database, configure):
    configure(WEBHOOK_URL="http://127.0.0.1:9/")
    with pytest.raises(RuntimeError):
        with database.session_scope() as session:
            add_booking(session)
            session.flush()
            assert session.scalar(select(func.count()).select_from(OutboxMessage)) == 1
            raise RuntimeError("the conversation failed after the booking was written")
    assert _count(database, Booking) == 0
    assert _count(database, OutboxMessage) == 0


def test_nothing_is_queued_without_a_channel(database):
    with database.session_scope() as session:
        add_booking(session)
    assert _count(database, Booking) == 1
    assert _count(database, OutboxMessage) == 0
