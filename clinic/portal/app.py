"""The staff portal application: configuration, security headers, error pages and the
helpers templates use."""
from __future__ import annotations

import json
import logging
import traceback
from datetime import datetime, timedelta
from typing import Union
from zoneinfo import ZoneInfo

from flask import Flask, render_template, request
from flask_wtf.csrf import CSRFError, CSRFProtect
from werkzeug.exceptions import HTTPException

from clinic.portal import auth, views
from clinic.portal.screening import answer_rows, sign_label
from clinic.settings import get_settings
from clinic.timeutil import as_utc

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
    # same-origin rather than no-referrer: other sites still never see a portal address,
    # but browsers keep sending the Referer that Flask-WTF checks on HTTPS form posts
    # (and no-referrer would also turn the Origin header of those posts into "null").
    "Referrer-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
}
STATUS_LABELS = {"new": "New", "acknowledged": "Acknowledged", "resolved": "Resolved"}


class PortalFlask(Flask):
    def log_exception(self, exc_info) -> None:
        # Exception messages can quote stored values (SQL parameters, form fields), so
        # the log gets the exception type and where it happened, never its message.
        kind, _, trace = exc_info
        self.logger.error(
            "Error on %s %s: %s\n%s", request.method, request.path, kind.__name__, "".join(traceback.format_tb(trace))
        )


def create_app() -> Flask:
    settings = get_settings()
    app = PortalFlask(__name__)
    app.logger.setLevel(logging.WARNING)
    app.config.update(
        SECRET_KEY=settings.secret_key,
        SESSION_COOKIE_NAME="portal_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        # Browsers drop Secure cookies on plain http://localhost, so the flag follows the
        # address staff use: PORTAL_URL=https://... (behind an HTTPS proxy) turns it on.
        SESSION_COOKIE_SECURE=settings.portal_url.startswith("https://"),
        PERMANENT_SESSION_LIFETIME=timedelta(minutes=settings.portal_session_minutes),
        MAX_CONTENT_LENGTH=64 * 1024,
    )
    app.jinja_env.trim_blocks = app.jinja_env.lstrip_blocks = True
    auth.init_app(app)
    CSRFProtect(app)
    app.register_blueprint(views.bp)
    zone = ZoneInfo(settings.clinic_timezone)

    @app.template_filter("clinic_time")
    def clinic_time(moment: Union[datetime, str, None], seconds: bool = False) -> str:
        if not moment:
            return ""
        if isinstance(moment, str):
            # Transcript lines carry ISO times; show anything unreadable as it is.
            try:
                moment = datetime.fromisoformat(moment.replace("Z", "+00:00"))
            except ValueError:
                return moment
        local = as_utc(moment).astimezone(zone)
        return f"{local:%a} {local.day} {local:%b %Y, %H:%M}" + (f"{local::%S}" if seconds else "")

    @app.template_filter("compact_json")
    def compact_json(value) -> str:
        return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(", ", ": ")) if value else ""

    app.jinja_env.globals.update(
        answer_rows=answer_rows,
        sign_label=sign_label,
        status_label=lambda status: STATUS_LABELS.get(status, status),
        kind_of=views.KIND_OF,
        as_utc=as_utc,
        clinic_name=settings.clinic_name,
        clinic_timezone=settings.clinic_timezone,
        session_minutes=settings.portal_session_minutes,
    )

    @app.after_request
    def security_headers(response):
        response.headers.update(SECURITY_HEADERS)
        if request.endpoint != "static":
            # Pages carry patient details: keep them out of browser and proxy caches.
            response.headers["Cache-Control"] = "no-store"
        return response

    @app.errorhandler(CSRFError)
    def csrf_failed(error: CSRFError):
        return render_template(
            "error.html", title="Form expired",
            message="This form has expired or did not come from the portal. Go back, reload the page and try again.",
        ), 400

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        # Also shows unexpected errors, as a generic 500, after log_exception above.
        return render_template("error.html", title=error.name, message=error.description), error.code

    return app
