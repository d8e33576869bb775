"""Signing in and out, and the check in front of every other page.

The session lives in a signed cookie holding the staff id, a fingerprint of the
password hash (so a password reset signs out every other browser) and the time of the
last request (so an idle session ends after PORTAL_SESSION_MINUTES)."""
from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional
from urllib.parse import urlsplit

from argon2.exceptions import InvalidHashError, VerificationError
from flask import Blueprint, Flask, current_app, flash, g, jsonify, redirect, render_template, request, session, url_for

from clinic.db import session_scope
from clinic.models import StaffUser
from clinic.portal import audit
from clinic.portal.accounts import MAX_PASSWORD_LENGTH, find, hasher, normalise_email
from clinic.portal.throttle import Throttle
from clinic.timeutil import utcnow

bp = Blueprint("auth", __name__)

PUBLIC_ENDPOINTS = {"auth.login", "views.healthz", "static"}
LOCKOUT_SECONDS = 15 * 60
FAILURES_PER_EMAIL = 5
# Higher than per email: a clinic's staff usually reach the portal from one address.
FAILURES_PER_ADDRESS = 20
WRONG = "Email or password is not correct."
LOCKED = "Too many failed sign-ins. Please wait 15 minutes and try again."


@dataclass(frozen=True)
class Staff:
    id: int
    email: str


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
    app.before_request(require_staff)
    app.extensions["sign_in_throttles"] = (
        Throttle(FAILURES_PER_EMAIL, LOCKOUT_SECONDS),
        Throttle(FAILURES_PER_ADDRESS, LOCKOUT_SECONDS),
    )
    # Made now, so the first sign-in with an unknown email takes no longer than others.
    _dummy_hash()


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return hasher.hash(secrets.token_urlsafe(16))


def _password_matches(password_hash: str, password: str) -> bool:
    try:
        return hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _fingerprint(password_hash: str) -> str:
    key = current_app.config["SECRET_KEY"].encode()
    return hmac.new(key, password_hash.encode(), hashlib.sha256).hexdigest()[:32]


def _safe_next(target: Optional[str]) -> Optional[str]:
    """Only paths on this site, so a crafted sign-in link cannot send staff elsewhere."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return None
    parts = urlsplit(target)
    return None if parts.scheme or parts.netloc else target


def _check(email: str, password: str) -> tuple[Optional[StaffUser], str]:
    """The account if the password is right and the account active, else why not.
    Unknown emails are checked against a dummy hash so they take as long as known ones."""
    if len(password) > MAX_PASSWORD_LENGTH:
        return None, "wrong_password"
    with session_scope() as db:
        user = find(db, email) if email else None
        matches = _password_matches(user.password_hash if user else _dummy_hash(), password)
        if user is None:
            return None, "unknown_email"
        if not matches:
            return None, "wrong_password"
        if not user.active:
            return None, "inactive"
        if hasher.check_needs_rehash(user.password_hash):
            user.password_hash = hasher.hash(password)
        user.last_login_at = utcnow()
        audit.record(db, user.email, "login")
        return user, "ok"


def _refuse(email: str, reason: str, status: int, next_path: Optional[str]):
    with session_scope() as db:
        audit.record(db, email or "(no email)", "login_failed", reason=reason, address=request.remote_addr)
    message = LOCKED if reason == "locked" else WRONG
    return render_template("login.html", error=message, email=email, next=next_path), status


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html", next=_safe_next(request.args.get("next")))
    email = normalise_email(request.form.get("email", ""))
    password = request.form.get("password", "")
    next_path = _safe_next(request.form.get("next"))
    address = request.remote_addr or "unknown"
    by_email, by_address = current_app.extensions["sign_in_throttles"]
    if by_email.locked(email) or by_address.locked(address):
        return _refuse(email, "locked", 429, next_path)
    user, reason = _check(email, password)
    if user is None:
        by_email.failed(email)
        by_address.failed(address)
        return _refuse(email, reason, 200, next_path)
    by_email.succeeded(email)
    # A fresh session on sign-in: nothing set before (e.g. by someone else) carries over.
    session.clear()
    session.permanent = True
    session.update(staff_id=user.id, auth=_fingerprint(user.password_hash), seen=time.time())
    return redirect(next_path or url_for("views.queue"))


@bp.post("/logout")
def logout():
    with session_scope() as db:
        audit.record(db, g.staff.email, "logout")
    session.clear()
    flash("You are signed out.")
    return redirect(url_for("auth.login"))


def _signed_in_staff() -> Optional[Staff]:
    staff_id = session.get("staff_id")
    if staff_id is None:
        return None
    idle_limit = current_app.config["PERMANENT_SESSION_LIFETIME"]
    with session_scope() as db:
        user = db.get(StaffUser, staff_id)
        if time.time() - session.get("seen", 0) > idle_limit.total_seconds():
            session.clear()
            if user:
                audit.record(db, user.email, "session_expired")
            minutes = round(idle_limit.total_seconds() / 60)
            flash(f"You were signed out after {minutes} minute{'' if minutes == 1 else 's'} without activity.")
            return None
        if user is None or not user.active or not hmac.compare_digest(
            session.get("auth", ""), _fingerprint(user.password_hash)
        ):
            session.clear()
            return None
        session["seen"] = time.time()
        return Staff(user.id, user.email)


def _wants_json() -> bool:
    preferred = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return request.is_json or preferred == "application/json"


def require_staff():
    """Every page but sign-in, the health check and static files needs an active staff user."""
    g.staff = None
    if request.endpoint in PUBLIC_ENDPOINTS:
        return None
    g.staff = _signed_in_staff()
    if g.staff:
        return None
    if _wants_json():
        return jsonify(error="sign in required"), 401
    back = request.full_path.rstrip("?") if request.method == "GET" else None
    return redirect(url_for("auth.login", next=back))
