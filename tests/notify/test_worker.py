import logging
import threading
import time
from datetime import timedelta

from sqlalchemy import select, text

from clinic import notify
from clinic.models import OutboxMessage
from clinic.notify import backoff, deliver_due
from tests.notify.records import add_booking


def _wait_for(condition, seconds=15.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


def test_a_bad_row_does_not_hold_up_the_others(database, receiver):
    with database.session_scope() as session:
        session.add(OutboxMessage(event="booking.created", item_type="bookings", item_id=9999, channel="webhook"))
        session.add(OutboxMessage(event="booking.created", item_type="invoices", item_id=1, channel="webhook"))
        session.add(OutboxMessage(event="booking.created", item_type="bookings", item_id=1, channel="pager"))
        add_booking(session)
    assert deliver_due() == 1
    assert len(receiver.deliveries) == 1
    with database.session_scope() as session:
        errors = dict(session.execute(
            select(OutboxMessage.id, OutboxMessage.last_error).where(OutboxMessage.status == "pending")
        ).all())
    assert sorted(errors.values()) == [
        "bookings 9999 not found", "unknown channel 'pager'", "unknown item type 'invoices'",
    ]


def test_worker_keeps_polling_through_a_database_error(database, receiver, caplog):
    stop = threading.Event()
    with database.get_engine().begin() as connection:
        connection.execute(text("ALTER TABLE outbox RENAME TO outbox_away"))
    worker = threading.Thread(target=notify.run, args=(0.02, stop))
    with caplog.at_level(logging.ERROR, logger="clinic.notify"):
        worker.start()
        try:
            assert _wait_for(lambda: any("notification pass failed" in r.getMessage() for r in caplog.records))
            with database.get_engine().begin() as connection:
                connection.execute(text("ALTER TABLE outbox_away RENAME TO outbox"))
            with database.session_scope() as session:
                add_booking(session)
            assert _wait_for(lambda: sum(receiver.deliveries.values()) == 1)
        finally:
            stop.set()
            worker.join(timeout=15)
    assert not worker.is_alive()


def test_once_delivers_and_exits(database, receiver):
    with database.session_scope() as session:
        add_booking(session)
    assert notify.main(["--once"]) == 0
    assert sum(receiver.deliveries.values()) == 1


def test_back_off_doubles_from_five_seconds_up_to_thirty_minutes():
    for attempts, seconds in [(1, 5), (2, 10), (3, 20), (4, 40), (10, 1800), (60, 1800)]:
        wait = backoff(attempts)
        assert timedelta(seconds=seconds) <= wait <= min(timedelta(seconds=seconds * 1.2), timedelta(minutes=30))
