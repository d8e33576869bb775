from datetime import datetime, timezone
from email import message_from_bytes
from email.policy import default

from sqlalchemy import select

from clinic.models import OutboxMessage
from clinic.notify import deliver_due
from clinic.outbox import enqueue
from tests.notify.conftest import PORTAL
from tests.notify.records import PATIENT_DETAILS, add_booking, add_callback, add_urgent


def _received(inbox, index=0):
    envelope = inbox.envelopes[index]
    return envelope, message_from_bytes(envelope.content, policy=default)


def _assert_no_patient_details(raw: bytes) -> None:
    text = raw.decode("utf-8", "replace")
    for detail in PATIENT_DETAILS:
        assert detail not in text


def test_booking_email_says_what_and_when_but_not_who(database, smtp_server):
    with database.session_scope() as session:
        booking = add_booking(session)
    assert deliver_due() == 1
    envelope, email = _received(smtp_server)
    assert envelope.rcpt_tos == ["front-desk@clinic.test", "physio@clinic.test"]
    assert email["Subject"] == "[Clinic] New booking B-7KQ2-9XMD for Tue 24 Nov 09:00"
    assert email["From"] == "assistant@clinic.test"
    body = email.get_content()
    assert "Reference: B-7KQ2-9XMD" in body
    assert "Appointment: Tue 24 Nov 09:00" in body
    assert "(Australia/Sydney)" in body
    assert f"Open the staff portal to see details: {PORTAL}/bookings/{booking.id}" in body
    _assert_no_patient_details(envelope.content)


def test_urgent_case_email_is_marked_urgent(database, smtp_server):
    with database.session_scope() as session:
        add_urgent(session, outcome="emergency")
    assert deliver_due() == 1
    envelope, email = _received(smtp_server)
    assert email["Subject"] == "[Clinic] URGENT: new urgent case (emergency)"
    assert "Outcome: emergency" in email.get_content()
    _assert_no_patient_details(envelope.content)


def test_cancellation_email_gives_the_freed_time_and_when_it_was_cancelled(database, smtp_server):
    with database.session_scope() as session:
        booking = add_booking(session, event=False)
        booking.cancelled_at = datetime(2026, 11, 22, 23, 30, tzinfo=timezone.utc)
        enqueue(session, "booking.cancelled", booking)
    assert deliver_due() == 1
    envelope, email = _received(smtp_server)
    assert email["Subject"] == "[Clinic] Booking B-7KQ2-9XMD for Tue 24 Nov 09:00 cancelled"
    assert "When: Mon 23 Nov 10:30 (Australia/Sydney)" in email.get_content()
    _assert_no_patient_details(envelope.content)


def test_callback_email_gives_reference_and_deadline(database, smtp_server):
    with database.session_scope() as session:
        add_callback(session)
    assert deliver_due() == 1
    envelope, email = _received(smtp_server)
    assert email["Subject"] == "[Clinic] Callback request C-4HNW-2RTP"
    assert "Contact by: " in email.get_content()
    _assert_no_patient_details(envelope.content)


def test_login_happens_only_after_starttls(database, tls_smtp_server):
    with database.session_scope() as session:
        add_booking(session)
    assert deliver_due() == 1
    assert tls_smtp_server.logins == [(b"clinic", b"s3cret", True)]
    assert len(tls_smtp_server.envelopes) == 1


def test_password_is_not_sent_to_a_server_without_starttls(database, smtp_server, configure):
    configure(SMTP_USERNAME="clinic", SMTP_PASSWORD="s3cret")
    with database.session_scope() as session:
        add_booking(session)
    assert deliver_due() == 0
    assert smtp_server.envelopes == []
    with database.session_scope() as session:
        message = session.scalars(select(OutboxMessage)).one()
        assert message.status == "pending" and message.attempts == 1
        assert "STARTTLS" in message.last_error
