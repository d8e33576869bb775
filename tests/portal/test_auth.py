"""Signing in and out, what needs a session, CSRF, idle expiry and lock-out."""
from __future__ import annotations

import logging
import time
from datetime import timedelta

import pytest
from sqlalchemy import select

from clinic.db import session_scope
from clinic.models import StaffUser
from clinic.portal import accounts
from clinic.portal.app import create_app
from clinic.portal.auth import LOCKED, WRONG
from clinic.portal.throttle import Throttle
from clinic.settings import get_settings
from tests.portal.conftest import EMAIL, PASSWORD, add_staff, add_urgent, audit_rows, csrf_token, post_form, sign_in


PAGES = ["/", "/?show=all", "/urgent/1", "/bookings/1", "/callbacks/1", "/slots", "/audit", "/unknown"]


@pytest.mark.parametrize("path", PAGES)
def test_pages_send_visitors_to_sign_in(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response.location.startswith("/login")


def test_json_clients_get_401_instead_of_a_redirect(client):
    response = client.get("/", headers={"Accept": "application/json"})
    assert response.status_code == 401
    assert response.json == {"error": "sign in required"}


def test_posts_without_a_session_change_nothing(client, staff):
    case = add_urgent()
    # A token from the sign-in page is a valid token, just not a session.
    token = csrf_token(client.get("/login").text)
    response = client.post(f"/urgent/{case}/resolve", data={"csrf_token": token})
    assert response.status_code == 302 and response.location.startswith("/login")
    assert audit_rows("resolve") == []


def test_health_check_is_public_and_checks_the_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json == {"status": "ok"}


def test_sign_in_works_and_is_audited(client, staff):
    response = sign_in(client)
    assert response.status_code == 302 and response.location == "/"
    queue = client.get("/")
    assert queue.status_code == 200 and "<h1>Queue</h1>" in queue.text and EMAIL in queue.text
    [row] = audit_rows("login")
    assert row.actor == EMAIL
    with session_scope() as session:
        assert session.scalars(select(StaffUser)).one().last_login_at is not None


def test_email_is_matched_without_case_or_spaces(client, staff):
    assert sign_in(client, email=f"  {EMAIL.upper()} ").status_code == 302


def test_wrong_password_and_unknown_email_get_the_same_refusal(client, staff):
    wrong = sign_in(client, password="not the password")
    unknown = sign_in(client, email="nobody@clinic.example", password=PASSWORD)
    for response in (wrong, unknown):
        assert response.status_code == 200 and WRONG in response.text
    assert client.get("/").status_code == 302
    rows = audit_rows("login_failed")
    assert [(row.actor, row.detail["reason"]) for row in rows] == [
        (EMAIL, "wrong_password"),
        ("nobody@clinic.example", "unknown_email"),
    ]


def test_deactivated_accounts_cannot_sign_in(client, database):
    add_staff(active=False)
    response = sign_in(client)
    assert WRONG in response.text
    assert audit_rows("login_failed")[0].detail["reason"] == "inactive"
    assert client.get("/").status_code == 302


def test_deactivation_ends_a_running_session(signed_in):
    with session_scope() as session:
        accounts.deactivate(session, EMAIL)
    assert signed_in.get("/").status_code == 302


def test_password_reset_ends_other_sessions(signed_in):
    with session_scope() as session:
        accounts.reset_password(session, EMAIL, "a brand new passphrase")
    assert signed_in.get("/").status_code == 302


def test_forms_without_a_csrf_token_are_refused(client, staff):
    response = client.post("/login", data={"email": EMAIL, "password": PASSWORD})
    assert response.status_code == 400 and "Form expired" in response.text
    assert sign_in(client).status_code == 302
    case = add_urgent()
    refused = client.post(f"/urgent/{case}/acknowledge", data={})
    assert refused.status_code == 400
    forged = client.post(f"/urgent/{case}/acknowledge", data={"csrf_token": "forged"})
    assert forged.status_code == 400
    assert client.post("/logout").status_code == 400
    assert audit_rows("acknowledge") == []


def test_sign_out_ends_the_session_and_is_audited(signed_in):
    assert signed_in.get("/logout").status_code == 405
    response = post_form(signed_in, "/", "/logout")
    assert response.status_code == 302 and response.location == "/login"
    assert "You are signed out." in signed_in.get("/login").text
    assert signed_in.get("/").status_code == 302
    assert [row.actor for row in audit_rows("logout")] == [EMAIL]


def test_idle_session_expires(monkeypatch, database):
    monkeypatch.setenv("PORTAL_SESSION_MINUTES", "1")
    get_settings.cache_clear()
    app = create_app()
    assert app.permanent_session_lifetime == timedelta(minutes=1)
    client = app.test_client()
    add_staff()
    sign_in(client)
    with client.session_transaction() as session:
        session["seen"] = time.time() - 50
    assert client.get("/").status_code == 200
    with client.session_transaction() as session:
        session["seen"] = time.time() - 61
    response = client.get("/slots")
    assert response.status_code == 302 and response.location.startswith("/login")
    assert "signed out after 1 minute without activity" in client.get(response.location).text
    assert client.get("/").status_code == 302
    assert [row.actor for row in audit_rows("session_expired")] == [EMAIL]


def test_session_cookie_is_http_only_and_same_site(client, staff):
    cookie = sign_in(client).headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    # Plain http://localhost: a Secure cookie would never come back.
    assert "Secure" not in cookie


def test_https_portal_sets_secure_cookies_and_checks_the_referer(monkeypatch, database):
    monkeypatch.setenv("PORTAL_URL", "https://portal.clinic.example")
    get_settings.cache_clear()
    client = create_app().test_client()
    add_staff()
    base = "https://portal.clinic.example"
    form = {"email": EMAIL, "password": PASSWORD, "csrf_token": csrf_token(client.get(f"{base}/login").text)}
    # Browsers send this Referer because the portal asks for Referrer-Policy: same-origin.
    assert client.post(f"{base}/login", data=form).status_code == 400
    response = client.post(f"{base}/login", data=form, headers={"Referer": f"{base}/login"})
    assert response.status_code == 302
    assert "Secure" in response.headers["Set-Cookie"]


def test_repeated_failures_lock_the_email(client, staff):
    for _ in range(5):
        sign_in(client, password="guessing wrongly")
    response = sign_in(client)
    assert response.status_code == 429 and LOCKED in response.text
    assert client.get("/").status_code == 302
    assert audit_rows("login_failed")[-1].detail["reason"] == "locked"
    add_staff("colleague@clinic.example")
    assert sign_in(client, email="colleague@clinic.example").status_code == 302


def test_repeated_failures_from_one_address_lock_the_address(client, staff):
    # Four tries each for five made-up emails: no email reaches its limit, the address does.
    for attempt in range(20):
        sign_in(client, email=f"guess{attempt % 5}@clinic.example", password="guessing wrongly")
    assert sign_in(client).status_code == 429


def test_lock_out_lasts_the_window_from_the_last_failure():
    now = [0.0]
    throttle = Throttle(limit=3, window=900, clock=lambda: now[0])
    for moment in (0, 100, 200):
        now[0] = moment
        throttle.failed("someone")
    assert throttle.locked("someone")
    now[0] = 200 + 899
    assert throttle.locked("someone")
    now[0] = 200 + 900
    assert not throttle.locked("someone")


def test_failures_spread_over_time_do_not_lock():
    now = [0.0]
    throttle = Throttle(limit=3, window=900, clock=lambda: now[0])
    for moment in (0, 600, 1000, 1600):
        now[0] = moment
        throttle.failed("someone")
    assert not throttle.locked("someone")
    throttle.succeeded("someone")
    now[0] = 1700
    throttle.failed("someone")
    assert not throttle.locked("someone")


def test_sign_in_returns_only_to_pages_of_the_portal(client, staff):
    assert client.get("/slots").location == "/login?next=/slots"
    assert sign_in(client, next_path="/slots").location == "/slots"
    for target in ("//elsewhere.example/", "https://elsewhere.example/", "/\\elsewhere.example"):
        assert sign_in(client, next_path=target).location == "/"


def test_security_headers(signed_in):
    for response in (signed_in.get("/"), signed_in.get("/login")):
        headers = response.headers
        assert headers["Content-Security-Policy"].startswith("default-src 'self'")
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
        assert headers["X-Frame-Options"] == "DENY"
        assert headers["Referrer-Policy"] == "same-origin"
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Cache-Control"] == "no-store"
    assert "no-store" not in signed_in.get("/static/portal.css").headers.get("Cache-Control", "")


def test_unexpected_errors_are_logged_without_their_message(app, staff, caplog):
    # Defined apart from the raise: the log shows source lines, and no real source line
    # holds patient details.
    patient = "Jane Citizen 0400 123 456"

    def broken():
        raise ValueError(patient)

    app.add_url_rule("/broken", "broken", broken)
    app.config["PROPAGATE_EXCEPTIONS"] = False
    client = app.test_client()
    sign_in(client)
    with caplog.at_level(logging.ERROR):
        response = client.get("/broken")
    assert response.status_code == 500 and "Jane" not in response.text
    assert "ValueError" in caplog.text and "/broken" in caplog.text
    assert "Jane" not in caplog.text
