"""Delivers the notification outbox (clinic/outbox.py) to staff by email and webhook.

`python -m clinic notify` polls for due messages; `--once` makes one pass and exits.

Delivery is at least once: a message is marked sent only after the server accepted it, so
a crash between the two sends it again later. Webhook receivers drop such duplicates by
the delivery id (the outbox id, in the body and the `X-Clinic-Delivery` header).

Several workers may run at once. Each message is claimed with a conditional UPDATE that
only one of them can win, and the claim is a lease: if its worker dies mid-send, another
worker takes the message over when the lease runs out. No transaction is held open while
a message is being sent.

Notifications carry ids, references, times and the screening outcome, never names, phone
numbers, email addresses, reasons or what the patient wrote: staff read those in the
portal, behind a login.
"""
from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import logging
import random
import signal
import smtplib
import ssl
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Optional
from zoneinfo import ZoneInfo

import requests
from sqlalchemy import case, select, update
from sqlalchemy.exc import DBAPIError

from clinic.db import session_scope
from clinic.models import Booking, CallbackRequest, OutboxMessage, UrgentCase
from clinic.settings import Settings, get_settings
from clinic.timeutil import as_utc, utcnow

log = logging.getLogger(__name__)

# Longer than any one send can take (every network call has a timeout), so a live worker
# never loses its claim; short enough that a dead worker's messages go out soon after.
LEASE = timedelta(minutes=5)
FIRST_RETRY = timedelta(seconds=5)
LONGEST_RETRY = timedelta(minutes=30)

ITEMS = {model.__tablename__: model for model in (UrgentCase, Booking, CallbackRequest)}
# Where the staff portal shows each kind of item (clinic/portal/views.py).
PORTAL_PAGES = {"urgent_cases": "urgent", "bookings": "bookings", "callback_requests": "callbacks"}
TIMES = ("created_at", "starts_at", "due_by", "cancelled_at")


class Undeliverable(Exception):
    """A message that cannot be built or sent as queued. Its text goes into last_error, so
    it names ids and settings, never patient details."""


@dataclass(frozen=True)
class Notice:
    """Everything a notification may say."""

    id: int
    event: str
    item_type: str
    item_id: int
    created_at: datetime
    reference: Optional[str] = None
    outcome: Optional[str] = None
    starts_at: Optional[datetime] = None
    due_by: Optional[datetime] = None
    cancelled_at: Optional[datetime] = None

    @property
    def happened_at(self) -> datetime:
        if self.event == "booking.cancelled" and self.cancelled_at:
            return self.cancelled_at
        return self.created_at


def deliver_due(now: Optional[datetime] = None) -> int:
    """Send every message that is due; returns how many were delivered.

    `now` fixes the clock for the whole pass (tests move time with it); without it each
    message is claimed at the current time."""
    with session_scope() as session:
        ids = session.scalars(
            select(OutboxMessage.id)
            .where(OutboxMessage.status == OutboxMessage.PENDING,
                   OutboxMessage.next_attempt_at <= (now or utcnow()))
            # Urgent cases first: after an outage they should not wait behind bookings.
            .order_by(case((OutboxMessage.event == "urgent_case.created", 0), else_=1), OutboxMessage.id)
        ).all()
    delivered = 0
    for message_id in ids:
        try:
            delivered += _deliver(message_id, now or utcnow())
        except Exception as error:  # one bad message or a database hiccup must not stop the rest
            log.error("outbox %s: not processed: %s", message_id, describe(error))
    return delivered


def _deliver(message_id: int, now: datetime) -> bool:
    lease = _claim(message_id, now)
    if lease is None:
        return False
    settings = get_settings()
    channel = event = "?"
    try:
        with session_scope() as session:
            message = session.get(OutboxMessage, message_id)
            channel, event = message.channel, message.event
            notice = _notice(session, message)
        if channel == "email":
            send_email(settings, notice)
        elif channel == "webhook":
            send_webhook(settings, notice)
        else:
            raise Undeliverable(f"unknown channel {channel!r}")
    except Exception as error:
        reason = describe(error)
        failed = _record_failure(message_id, lease, now, reason, settings.notify_max_attempts)
        log.warning("outbox %s (%s, %s): %s: %s", message_id, event, channel,
                    "failed for good" if failed else "will retry", reason)
        return False
    _record_success(message_id, lease, now)
    log.info("outbox %s (%s, %s): delivered", message_id, event, channel)
    return True


def _claim(message_id: int, now: datetime) -> Optional[datetime]:
    """Take the message for this worker; returns the lease end, which later updates use to
    check that the claim is still theirs, or None when another worker has it."""
    lease = now + LEASE
    with session_scope() as session:
        claimed = session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.id == message_id,
                OutboxMessage.status == OutboxMessage.PENDING,
                OutboxMessage.next_attempt_at <= now,
                (OutboxMessage.claimed_until.is_(None)) | (OutboxMessage.claimed_until < now),
            )
            # Counted at the claim, so a message that kills its worker still runs out of attempts.
            .values(claimed_until=lease, attempts=OutboxMessage.attempts + 1)
            .execution_options(synchronize_session=False)
        ).rowcount
    return lease if claimed == 1 else None


def _still_ours(message_id: int, lease: datetime):
    return (OutboxMessage.id == message_id, OutboxMessage.status == OutboxMessage.PENDING,
            OutboxMessage.claimed_until == lease)


def _record_success(message_id: int, lease: datetime, now: datetime) -> None:
    with session_scope() as session:
        session.execute(
            update(OutboxMessage).where(*_still_ours(message_id, lease))
            .values(status=OutboxMessage.SENT, sent_at=now, claimed_until=None, last_error=None)
            .execution_options(synchronize_session=False)
        )


def _record_failure(message_id: int, lease: datetime, now: datetime, reason: str, max_attempts: int) -> bool:
    """Schedule the next attempt, or give up after max_attempts; returns True on giving up."""
    with session_scope() as session:
        attempts = session.scalar(select(OutboxMessage.attempts).where(OutboxMessage.id == message_id))
        failed = attempts >= max_attempts
        session.execute(
            update(OutboxMessage).where(*_still_ours(message_id, lease))
            .values(
                status=OutboxMessage.FAILED if failed else OutboxMessage.PENDING,
                next_attempt_at=now if failed else now + backoff(attempts),
                claimed_until=None,
                last_error=reason[:500],
            )
            .execution_options(synchronize_session=False)
        )
    return failed


def backoff(attempts: int) -> timedelta:
    """Wait before the next attempt: 5 s, 10 s, 20 s ... up to 30 min, each stretched by up
    to a fifth at random so that messages queued together do not retry in lockstep."""
    wait = FIRST_RETRY * 2 ** min(max(attempts - 1, 0), 20) * random.uniform(1.0, 1.2)
    return min(wait, LONGEST_RETRY)


def describe(error: BaseException) -> str:
    """A short reason for last_error and the log. Exception texts can hold a webhook URL
    with a token in it, so only texts known to be safe are kept."""
    if isinstance(error, Undeliverable):
        return str(error)
    if isinstance(error, requests.RequestException):
        return type(error).__name__
    if isinstance(error, smtplib.SMTPResponseException):
        return f"{type(error).__name__} (SMTP {error.smtp_code})"
    if isinstance(error, OSError) and error.strerror:
        return f"{type(error).__name__}: {error.strerror}"
    if isinstance(error, DBAPIError):
        return f"database error: {str(error.orig).strip().splitlines()[0][:200]}"
    return type(error).__name__


def _notice(session, message: OutboxMessage) -> Notice:
    model = ITEMS.get(message.item_type)
    if model is None:
        raise Undeliverable(f"unknown item type {message.item_type!r}")
    # Only the columns a notification may show: contact details are not even decrypted here.
    fields = [name for name in TIMES + ("reference", "outcome") if hasattr(model, name)]
    row = session.execute(select(*(getattr(model, name) for name in fields)).where(model.id == message.item_id)).first()
    if row is None:
        raise Undeliverable(f"{message.item_type} {message.item_id} not found")
    values = dict(zip(fields, row))
    for name in TIMES:
        if name in values:
            values[name] = as_utc(values[name])
    return Notice(id=message.id, event=message.event, item_type=message.item_type, item_id=message.item_id, **values)


def portal_link(settings: Settings, notice: Notice) -> str:
    """The item's page in the staff portal, which asks for a login before showing anything."""
    return f"{settings.portal_url}/{PORTAL_PAGES[notice.item_type]}/{notice.item_id}"


def _clock(settings: Settings, moment: datetime) -> str:
    """ "Tue 24 Nov 09:00" in the clinic's time zone."""
    local = moment.astimezone(ZoneInfo(settings.clinic_timezone))
    return f"{local:%a} {local.day} {local:%b %H:%M}"


def email_text(settings: Settings, notice: Notice) -> tuple[str, str]:
    """(subject, body) of the staff email."""
    ref, when = notice.reference, _clock(settings, notice.starts_at) if notice.starts_at else ""
    if notice.event == "urgent_case.created":
        subject = f"URGENT: new urgent case ({notice.outcome})"
        what = f"A screening in the chat ended with {notice.outcome} advice."
    elif notice.event == "booking.created":
        subject = f"New booking {ref} for {when}"
        what = f"An appointment was booked in the chat for {when}."
    elif notice.event == "booking.cancelled":
        subject = f"Booking {ref} for {when} cancelled"
        what = f"The appointment on {when} was cancelled in the chat; the slot is free again."
    elif notice.event == "callback.created":
        subject = f"Callback request {ref}"
        what = f"A patient asked the clinic to contact them, by {_clock(settings, notice.due_by)}."
    else:
        raise Undeliverable(f"unknown event {notice.event!r}")
    lines = [what, "", f"When: {_clock(settings, notice.happened_at)} ({settings.clinic_timezone})"]
    if ref:
        lines.append(f"Reference: {ref}")
    if notice.outcome:
        lines.append(f"Outcome: {notice.outcome}")
    if notice.starts_at:
        lines.append(f"Appointment: {when}")
    if notice.due_by:
        lines.append(f"Contact by: {_clock(settings, notice.due_by)}")
    lines += ["", f"Open the staff portal to see details: {portal_link(settings, notice)}",
              "", "Contact details and the conversation are only in the portal, not in this email."]
    return f"[Clinic] {subject}", "\n".join(lines) + "\n"


def send_email(settings: Settings, notice: Notice) -> None:
    recipients = [address.strip() for address in settings.notify_email_to.split(",") if address.strip()]
    if not settings.smtp_host or not recipients:
        raise Undeliverable("SMTP_HOST or NOTIFY_EMAIL_TO is not set")
    subject, body = email_text(settings, notice)
    email = EmailMessage()
    email["Subject"] = subject
    email["From"] = settings.smtp_from
    email["To"] = ", ".join(recipients)
    email["Date"] = format_datetime(utcnow())
    email["Message-ID"] = make_msgid(domain=settings.smtp_from.rpartition("@")[2] or None)
    email["X-Clinic-Delivery"] = str(notice.id)
    email.set_content(body)
    with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=settings.http_timeout_seconds) as smtp:
        smtp.ehlo()
        if settings.smtp_username:
            if not smtp.has_extn("starttls"):
                raise Undeliverable("SMTP server does not offer STARTTLS; the password is not sent in clear")
            smtp.starttls(context=ssl.create_default_context())
            smtp.ehlo()
            smtp.login(settings.smtp_username, settings.smtp_password)
        smtp.send_message(email, to_addrs=recipients)


def webhook_body(settings: Settings, notice: Notice, timestamp: int) -> bytes:
    payload = {
        "id": notice.id,
        "event": notice.event,
        "item_type": notice.item_type,
        "item_id": notice.item_id,
        "reference": notice.reference,
        "created_at": notice.created_at.isoformat(),
        "portal_url": portal_link(settings, notice),
        "timestamp": timestamp,
    }
    if notice.outcome:
        payload["outcome"] = notice.outcome
    if notice.starts_at:
        payload["starts_at"] = notice.starts_at.isoformat()
    if notice.due_by:
        payload["due_by"] = notice.due_by.isoformat()
    if notice.cancelled_at:
        payload["cancelled_at"] = notice.cancelled_at.isoformat()
    return json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify_signature(secret: str, body: bytes, header: Optional[str]) -> bool:
    """For webhook receivers: True when `header` (the X-Clinic-Signature value) is the
    HMAC-SHA256 of the exact request body bytes under the shared WEBHOOK_SECRET.

    Check the raw body before parsing it; re-serialised JSON has different bytes. The
    comparison takes the same time whatever the header, so it leaks nothing."""
    if not secret or not header:
        return False
    return hmac.compare_digest(sign(secret, body).encode(), header.strip().encode())


def send_webhook(settings: Settings, notice: Notice) -> None:
    if not settings.webhook_url:
        raise Undeliverable("WEBHOOK_URL is not set")
    if not settings.webhook_secret:
        raise Undeliverable("WEBHOOK_SECRET is not set; unsigned notifications are not sent")
    timestamp = int(time.time())
    body = webhook_body(settings, notice, timestamp)
    response = requests.post(
        settings.webhook_url,
        data=body,
        headers={
            "Content-Type": "application/json",
            "X-Clinic-Delivery": str(notice.id),
            "X-Clinic-Signature": sign(settings.webhook_secret, body),
            "X-Clinic-Timestamp": str(timestamp),
        },
        timeout=settings.http_timeout_seconds,
        # A redirected POST may silently turn into a GET: a redirect counts as a failure.
        allow_redirects=False,
    )
    if not 200 <= response.status_code < 300:
        raise Undeliverable(f"webhook answered HTTP {response.status_code}")


def run(interval: float, stop: threading.Event) -> None:
    """Deliver due messages every `interval` seconds until `stop` is set."""
    while not stop.is_set():
        try:
            deliver_due()
        except Exception as error:  # e.g. the database is restarting: try again next round
            log.error("notification pass failed: %s", describe(error))
        stop.wait(interval)


def _check_configuration(settings: Settings) -> None:
    if not (settings.smtp_host and settings.notify_email_to) and not settings.webhook_url:
        log.warning("no notification channel is configured (SMTP_HOST and NOTIFY_EMAIL_TO, "
                    "or WEBHOOK_URL): new records queue no notifications")
    if settings.webhook_url and not settings.webhook_secret:
        log.error("WEBHOOK_URL is set but WEBHOOK_SECRET is not: webhook notifications will fail")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m clinic notify", description=__doc__.split("\n\n")[0])
    parser.add_argument("--once", action="store_true", help="deliver what is due, then exit")
    parser.add_argument("--interval", type=float, default=2.0, help="seconds between polls (default 2)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    _check_configuration(get_settings())
    if args.once:
        log.info("delivered %d notification(s)", deliver_due())
        return 0
    stop = threading.Event()
    # Finish the message in hand, then exit, when the service manager asks us to stop.
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    log.info("notification worker started, polling every %.1f s", args.interval)
    run(args.interval, stop)
    log.info("notification worker stopped")
    return 0
