"""Clinic opening hours: is the clinic open now, and when does it next open."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_RANGE = re.compile(
    r"^(?P<first>[a-z]{3})[a-z]*(?:\s*-\s*(?P<last>[a-z]{3})[a-z]*)?\s+"
    r"(?P<open>\d{1,2}:\d{2})\s*-\s*(?P<close>\d{1,2}:\d{2})$"
)


@dataclass(frozen=True)
class OpeningHours:
    """Opening times per weekday (0 = Monday) in the clinic's time zone."""

    by_day: dict[int, tuple[time, time]]
    zone: ZoneInfo

    @classmethod
    def parse(cls, text: str, zone: str) -> "OpeningHours":
        """Parse "Mon-Fri 08:00-18:00; Sat 08:00-12:00"."""
        by_day: dict[int, tuple[time, time]] = {}
        for part in filter(None, (p.strip().lower() for p in text.split(";"))):
            match = _RANGE.match(part)
            if not match or match["first"] not in DAYS or (match["last"] and match["last"] not in DAYS):
                raise ValueError(f"Cannot read opening hours {part!r}; expected e.g. 'Mon-Fri 08:00-18:00'")
            first = DAYS.index(match["first"])
            last = DAYS.index(match["last"] or match["first"])
            hours = (time.fromisoformat(match["open"].zfill(5)), time.fromisoformat(match["close"].zfill(5)))
            for day in range(first, last + 1):
                by_day[day] = hours
        return cls(by_day, ZoneInfo(zone))

    def is_open(self, moment: datetime) -> bool:
        local = moment.astimezone(self.zone)
        hours = self.by_day.get(local.weekday())
        return bool(hours) and hours[0] <= local.time() < hours[1]

    def next_opening(self, moment: datetime) -> datetime | None:
        """The next time the clinic opens after `moment` (None if it never opens)."""
        local = moment.astimezone(self.zone)
        for offset in range(8):
            day = local.date() + timedelta(days=offset)
            hours = self.by_day.get(day.weekday())
            if not hours:
                continue
            opening = datetime.combine(day, hours[0], tzinfo=self.zone)
            if opening > local:
                return opening
        return None


def describe(moment: datetime, now: datetime) -> str:
    """A short human phrase such as "today at 8:00 am" or "Monday at 8:00 am"."""
    local_now = now.astimezone(moment.tzinfo)
    clock = moment.strftime("%I:%M %p").lstrip("0").lower()
    if moment.date() == local_now.date():
        return f"today at {clock}"
    if moment.date() == local_now.date() + timedelta(days=1):
        return f"tomorrow at {clock}"
    return f"{moment.strftime('%A')} at {clock}"


def clinic_hours() -> "OpeningHours":
    """The configured opening hours (OPENING_HOURS in CLINIC_TIMEZONE)."""
    from clinic.settings import get_settings

    settings = get_settings()
    return OpeningHours.parse(settings.opening_hours, settings.clinic_timezone)
