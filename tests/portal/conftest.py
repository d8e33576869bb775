"""Shared set-up for the staff portal tests: the app on the test database (SQLite, and
PostgreSQL when TEST_POSTGRES_URL is set), staff accounts, sample queue items, and
sign-in through the real form with its CSRF token."""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Optional

import pytest

from tests.helpers import free_port
from sqlalchemy import select

from clinic.db import session_scope
from clinic.models import NEW, AppointmentSlot, AuditLog, Booking, CallbackRequest, UrgentCase
from clinic.portal import accounts
from clinic.portal.app import create_app
from clinic.timeutil import utcnow

EMAIL = "physio@clinic.example"
PASSWORD = "correct horse battery staple"

_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_token(html: str) -> str:
    match = _CSRF.search(html)
    assert match, "the page has no form with a CSRF token"
    return match.group(1)


@pytest.fixture
def app(database):
    return create_app()


@pytest.fixture
def client(app):
    return app.test_client()


def add_staff(email: str = EMAIL, password: str = PASSWORD, active: bool = True) -> int:
    with session_scope() as session:
        user = accounts.create(session, email, password)
        user.active = active
        session.flush()
        return user.id


@pytest.fixture
def staff(database) -> str:
    add_staff()
    return EMAIL


def sign_in(client, email: str = EMAIL, password: str = PASSWORD, next_path: Optional[str] = None):
    form = {"email": email, "password": password, "csrf_token": csrf_token(client.get("/login").text)}
    if next_path:
        form["next"] = next_path
    return client.post("/login", data=form)


@pytest.fixture
def signed_in(client, staff):
    response = sign_in(client)
    assert response.status_code == 302, response.text
    return client


def post_form(client, page: str, action: str, **form):
    """Submit a form the way a browser does: with the token from the page it is on."""
    return client.post(action, data={"csrf_token": csrf_token(client.get(page).text), **form})


def audit_rows(action: Optional[str] = None) -> list[AuditLog]:
    with session_scope() as session:
        query = select(AuditLog).order_by(AuditLog.id)
        if action:
            query = query.where(AuditLog.action == action)
        return session.scalars(query).all()


def transcript(*texts: str) -> list[dict]:
    """Turns alternating patient, assistant, patient, ..."""
    start = utcnow() - timedelta(minutes=10)
    return [
        {"by": "patient" if index % 2 == 0 else "assistant", "text": text,
         "at": (start + timedelta(seconds=30 * index)).isoformat(timespec="seconds")}
        for index, text in enumerate(texts)
    ]


def add_urgent(
    outcome: str = "emergency",
    conversation: str = "conversation-1",
    created_at: Optional[datetime] = None,
    answers: Optional[dict] = None,
    signs: tuple[str, ...] = (),
    lines: Optional[list[dict]] = None,
    status: str = NEW,
) -> int:
    with session_scope() as session:
        case = UrgentCase(
            conversation_id=conversation, outcome=outcome, created_at=created_at or utcnow(), status=status,
            answers=answers if answers is not None else {"rf_bladder_bowel": "yes"}, signs=list(signs),
            transcript=lines if lines is not None else transcript("My back hurts", "Have you noticed...", "yes"),
        )
        session.add(case)
        session.flush()
        return case.id


def _contact(name: str, conversation: str, lines: Optional[list[dict]]) -> dict:
    return dict(
        conversation_id=conversation, name=name, phone="0400 000 000", email="patient@example.org",
        reason="Lower back pain for two weeks", consent_at=utcnow() - timedelta(minutes=1),
        transcript=lines if lines is not None else transcript("I'd like an appointment", "Which time suits you?"),
    )


def add_booking(
    reference: str,
    starts_at: Optional[datetime] = None,
    conversation: str = "conversation-2",
    name: str = "Alex Patient",
    cancelled: bool = False,
    status: str = NEW,
    lines: Optional[list[dict]] = None,
) -> int:
    starts_at = starts_at or utcnow() + timedelta(days=1)
    with session_scope() as session:
        slot = AppointmentSlot(starts_at=starts_at, ends_at=starts_at + timedelta(minutes=30))
        session.add(slot)
        session.flush()
        booking = Booking(
            reference=reference, starts_at=starts_at, status=status, **_contact(name, conversation, lines),
            slot_id=None if cancelled else slot.id, cancelled_at=utcnow() if cancelled else None,
        )
        session.add(booking)
        session.flush()
        return booking.id


def add_callback(
    reference: str,
    due_by: Optional[datetime] = None,
    conversation: str = "conversation-3",
    name: str = "Sam Patient",
    status: str = NEW,
    lines: Optional[list[dict]] = None,
) -> int:
    with session_scope() as session:
        callback = CallbackRequest(
            reference=reference, due_by=due_by or utcnow() + timedelta(hours=2), during_hours=True,
            status=status, **_contact(name, conversation, lines),
        )
        session.add(callback)
        session.flush()
        return callback.id
