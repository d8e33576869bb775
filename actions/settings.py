"""The one place that reads the environment.

Values come from real environment variables first, then from a `.env` file at the
repository root (never overriding the real environment), then from the safe defaults
below, which let a fresh clone run with nothing configured.
"""
from __future__ import annotations

import os
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
    notify_email_to: str
    smtp_host: str
    smtp_port: int
    smtp_username: str
    smtp_password: str
    smtp_from: str
    webhook_url: str
    webhook_secret: str
    http_timeout_seconds: float

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


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    load_dotenv(ROOT / ".env", override=False)
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
        notify_email_to=_text("NOTIFY_EMAIL_TO", ""),
        smtp_host=_text("SMTP_HOST", ""),
        smtp_port=_int("SMTP_PORT", 25),
        smtp_username=_text("SMTP_USERNAME", ""),
        smtp_password=_text("SMTP_PASSWORD", ""),
        smtp_from=_text("SMTP_FROM", "assistant@localhost"),
        webhook_url=_text("WEBHOOK_URL", ""),
        webhook_secret=_text("WEBHOOK_SECRET", ""),
        http_timeout_seconds=_float("HTTP_TIMEOUT_SECONDS", 5.0),
    )
