import json
import threading
from datetime import timedelta

from sqlalchemy import select

from clinic.models import OutboxMessage
from clinic.notify import deliver_due, sign, verify_signature
from clinic.timeutil import as_utc, utcnow
from tests.notify.conftest import PORTAL, SECRET
from tests.notify.records import PATIENT_DETAILS, add_booking, add_callback, add_urgent


def _messages(database) -> list[OutboxMessage]:
    with database.session_scope() as session:
        return session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()


def test_payload_is_signed_and_carries_no_patient_details(database, receiver):
    with database.session_scope() as session:
        booking = add_booking(session)
    assert deliver_due() == 1
    [(headers, body)] = receiver.requests
    [message] = _messages(database)
    payload = json.loads(body)
    assert payload["id"] == message.id and headers["X-Clinic-Delivery"] == str(message.id)
    assert payload["event"] == "booking.created"
    assert (payload["item_type"], payload["item_id"]) == ("bookings", booking.id)
    assert payload["reference"] == "B-7KQ2-9XMD"
    assert payload["starts_at"] == "2026-11-23T22:00:00+00:00"
    assert payload["portal_url"] == f"{PORTAL}/bookings/{booking.id}"
    assert headers["X-Clinic-Timestamp"] == str(payload["timestamp"])
    assert headers["X-Clinic-Signature"] == sign(SECRET, body)
    assert receiver.bad_signatures == 0
    for detail in PATIENT_DETAILS:
        assert detail not in body.decode()


def test_urgent_and_callback_payloads_say_what_applies(database, receiver):
    with database.session_scope() as session:
        add_urgent(session, outcome="urgent")
        add_callback(session)
    assert deliver_due() == 2
    payloads = sorted((json.loads(body) for _, body in receiver.requests), key=lambda p: p["event"])
    callback, urgent = payloads
    assert urgent["outcome"] == "urgent" and urgent["reference"] is None and "starts_at" not in urgent
    assert urgent["portal_url"] == f"{PORTAL}/urgent/{urgent['item_id']}"
    assert callback["portal_url"] == f"{PORTAL}/callbacks/{callback['item_id']}"
    assert callback["reference"] == "C-4HNW-2RTP" and "due_by" in callback and "outcome" not in callback


def test_signature_check_rejects_changed_body_wrong_secret_and_missing_header():
    body = b'{"id":1,"event":"booking.created"}'
    header = sign(SECRET, body)
    assert verify_signature(SECRET, body, header)
    assert not verify_signature(SECRET, body.replace(b"1", b"2"), header)
    assert not verify_signature("another-secret", body, header)
    assert not verify_signature(SECRET, body, None)
    assert not verify_signature("", body, sign("", body))


def test_outage_loses_nothing_and_sends_nothing_twice(database, receiver):
    with database.session_scope() as session:
        add_booking(session)
    receiver.stop()
    now = utcnow()

    assert deliver_due(now) == 0
    [message] = _messages(database)
    assert (message.status, message.attempts, message.claimed_until) == ("pending", 1, None)
    assert as_utc(message.next_attempt_at) > now
    assert message.last_error == "ConnectionError"

    assert deliver_due(now) == 0  # not due again yet
    assert _messages(database)[0].attempts == 1

    receiver.start()
    later = as_utc(message.next_attempt_at) + timedelta(seconds=1)
    assert deliver_due(later) == 1
    [message] = _messages(database)
    assert (message.status, message.attempts, message.last_error) == ("sent", 2, None)
    assert as_utc(message.sent_at) == later
    assert receiver.deliveries == {message.id: 1}

    assert deliver_due(later + timedelta(hours=2)) == 0
    assert receiver.deliveries == {message.id: 1}


def test_server_error_counts_as_failure(database, receiver):
    receiver.status = 500
    with database.session_scope() as session:
        add_booking(session)
    now = utcnow()
    assert deliver_due(now) == 0
    [message] = _messages(database)
    assert message.status == "pending" and message.attempts == 1
    assert message.last_error == "webhook answered HTTP 500"
    assert as_utc(message.next_attempt_at) >= now + timedelta(seconds=5)


def test_retries_back_off_then_give_up_after_max_attempts(database, receiver, configure):
    configure(NOTIFY_MAX_ATTEMPTS=3)
    receiver.status = 503
    with database.session_scope() as session:
        add_booking(session)
    now, waits = utcnow(), []
    for _ in range(3):
        deliver_due(now)
        [message] = _messages(database)
        waits.append(as_utc(message.next_attempt_at) - now)
        now = as_utc(message.next_attempt_at)
    assert (message.status, message.attempts) == ("failed", 3)
    assert message.last_error == "webhook answered HTTP 503"
    assert timedelta(seconds=5) <= waits[0] <= timedelta(seconds=6)
    assert timedelta(seconds=10) <= waits[1] <= timedelta(seconds=12)
    assert len(receiver.requests) == 3

    receiver.status = 200
    assert deliver_due(now + timedelta(days=1)) == 0
    assert len(receiver.requests) == 3 and not receiver.deliveries


def test_missing_secret_sends_nothing_unsigned(database, receiver, configure):
    configure(WEBHOOK_SECRET="")
    with database.session_scope() as session:
        add_booking(session)
    assert deliver_due() == 0
    assert receiver.requests == []
    assert "WEBHOOK_SECRET" in _messages(database)[0].last_error


def test_two_workers_deliver_each_message_exactly_once(database, receiver):
    with database.session_scope() as session:
        for number in range(20):
            add_booking(session, reference=f"B-{number:04d}-TEST", conversation_id=f"conv-{number}")
    now = utcnow()
    start = threading.Barrier(2)
    counts = []

    def worker():
        start.wait()
        counts.append(deliver_due(now))

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    messages = _messages(database)
    assert sum(counts) == 20
    assert {message.status for message in messages} == {"sent"}
    assert receiver.deliveries == {message.id: 1 for message in messages}
    assert len(receiver.requests) == 20
