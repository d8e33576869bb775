"""The one place that reads the environment.

Values come from real environment variables first, then from a `.env` file at the
repository root (never overriding the real environment), then from the safe defaults
below, which let a fresh clone run with nothing configured.
"""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dotenv import load_dotenv

ROOT = Path(__file__).resolve().parent.parent


def _text(name: str, default: str) -> str:
    value = os.environ.get(name, "").strip()
    return value or default


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError as error:
        raise ValueError(f"{name} must be a whole number, got {raw!r}") from error


def _float(name: str, default: float) -> float:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return float(raw)
    except ValueError as error:
        raise ValueError(f"{name} must be a number, got {raw!r}") from error


@dataclass(frozen=True)
class Settings:
    clinic_name: str
    clinic_phone: str
    clinic_timezone: str
    opening_hours: str
    emergency_number: str
    crisis_line_name: str
    crisis_line_number: str
    health_line_name: str
    health_line_number: str
    database_url: str
    tracker_database_url: str
    notify_email_to: str
    smtp_host: str
    smtp_port: int
    smtp_username: str
    smtp_password: str
    smtp_from: str
    webhook_url: str
    webhook_secret: str
    http_timeout_seconds: float
    allowed_origins: tuple[str, ...]
    secret_key: str
    data_key: str
    portal_session_minutes: int
    retention_days: int
    booking_days_ahead: int
    slot_minutes: int
    notify_max_attempts: int
    portal_url: str
    portal_port: int
    max_message_chars: int
    rate_limit_per_minute: int

    @property
    def crisis_line(self) -> str:
        return f"{self.crisis_line_name} on {self.crisis_line_number}"

    @property
    def health_line(self) -> str:
        return f"{self.health_line_name} on {self.health_line_number}"

    def locale_slots(self) -> dict[str, str]:
        """Slot values that responses use as template variables."""
        return {
            "clinic_name": self.clinic_name,
            "clinic_phone": self.clinic_phone,
            "crisis_line": self.crisis_line,
            "emergency_number": self.emergency_number,
            "health_line": self.health_line,
        }


def _list(name: str, default: str) -> tuple[str, ...]:
    return tuple(part.strip().rstrip("/") for part in _text(name, default).split(",") if part.strip())


def _load_local_secrets(path: Path) -> None:
    """Production sets SECRET_KEY and DATA_ENCRYPTION_KEY in the environment. A machine
    without them gets its own keys, made once and kept in var/secrets.env (mode 600), so a
    fresh clone runs and its data stays readable across restarts."""
    if os.environ.get("SECRET_KEY", "").strip() and os.environ.get("DATA_ENCRYPTION_KEY", "").strip():
        return
    if not path.exists():
        from cryptography.fernet import Fernet

        path.parent.mkdir(parents=True, exist_ok=True)
        text = f"SECRET_KEY={secrets.token_urlsafe(32)}\nDATA_ENCRYPTION_KEY={Fernet.generate_key().decode()}\n"
        try:
            # O_EXCL: when two processes start at once, one writes and both read its keys.
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "w") as file:
                file.write(text)
    load_dotenv(path, override=False)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    load_dotenv(ROOT / ".env", override=False)
    _load_local_secrets(ROOT / "var" / "secrets.env")
    return Settings(
        clinic_name=_text("CLINIC_NAME", "the clinic"),
        clinic_phone=_text("CLINIC_PHONE", "the clinic's reception"),
        clinic_timezone=_text("CLINIC_TIMEZONE", "Australia/Sydney"),
        opening_hours=_text("OPENING_HOURS", "Mon-Fri 08:00-18:00; Sat 08:00-12:00"),
        emergency_number=_text("EMERGENCY_NUMBER", "000"),
        crisis_line_name=_text("CRISIS_LINE_NAME", "Lifeline"),
        crisis_line_number=_text("CRISIS_LINE_NUMBER", "13 11 14"),
        health_line_name=_text("HEALTH_LINE_NAME", "healthdirect"),
        health_line_number=_text("HEALTH_LINE_NUMBER", "1800 022 222"),
        database_url=_text("DATABASE_URL", f"sqlite:///{ROOT / 'var' / 'clinic.db'}"),
        tracker_database_url=_text("TRACKER_DATABASE_URL", f"sqlite:///{ROOT / 'var' / 'tracker.db'}"),
        notify_email_to=_text("NOTIFY_EMAIL_TO", ""),
        smtp_host=_text("SMTP_HOST", ""),
        smtp_port=_int("SMTP_PORT", 25),
        smtp_username=_text("SMTP_USERNAME", ""),
        smtp_password=_text("SMTP_PASSWORD", ""),
        smtp_from=_text("SMTP_FROM", "assistant@localhost"),
        webhook_url=_text("WEBHOOK_URL", ""),
        webhook_secret=_text("WEBHOOK_SECRET", ""),
        http_timeout_seconds=_float("HTTP_TIMEOUT_SECONDS", 5.0),
        allowed_origins=_list("ALLOWED_ORIGINS", "http://localhost:8080,http://127.0.0.1:8080"),
        secret_key=_text("SECRET_KEY", ""),
        data_key=_text("DATA_ENCRYPTION_KEY", ""),
        portal_session_minutes=_int("PORTAL_SESSION_MINUTES", 30),
        retention_days=_int("RETENTION_DAYS", 365),
        booking_days_ahead=_int("BOOKING_DAYS_AHEAD", 14),
        slot_minutes=_int("SLOT_MINUTES", 30),
        notify_max_attempts=_int("NOTIFY_MAX_ATTEMPTS", 12),
        portal_url=_text("PORTAL_URL", "http://localhost:8000").rstrip("/"),
        portal_port=_int("PORTAL_PORT", 8000),
        max_message_chars=_int("MAX_MESSAGE_CHARS", 2000),
        rate_limit_per_minute=_int("RATE_LIMIT_PER_MINUTE", 30),
    )
