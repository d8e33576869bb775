from datetime import datetime, timezone

import pytest

from clinic.hours import OpeningHours, describe

HOURS = OpeningHours.parse("Mon-Fri 08:00-18:00; Sat 08:00-12:00", "Australia/Sydney")


def sydney(*args):
    return datetime(*args, tzinfo=HOURS.zone)


@pytest.mark.parametrize(
    "moment, is_open",
    [
        (sydney(2026, 11, 23, 9, 0), True),  # Monday morning
        (sydney(2026, 11, 23, 18, 0), False),  # closing time
        (sydney(2026, 11, 28, 11, 59), True),  # Saturday
        (sydney(2026, 11, 29, 10, 0), False),  # Sunday
    ],
)
def test_is_open(moment, is_open):
    assert HOURS.is_open(moment) is is_open


def test_next_opening_after_saturday_close_is_monday():
    now = sydney(2026, 11, 28, 13, 0)
    opening = HOURS.next_opening(now)
    assert opening == sydney(2026, 11, 30, 8, 0)
    assert describe(opening, now) == "Monday at 8:00 am"


def test_next_opening_late_evening_is_tomorrow():
    now = sydney(2026, 11, 24, 21, 0)
    assert describe(HOURS.next_opening(now), now) == "tomorrow at 8:00 am"


def test_utc_moments_are_read_in_clinic_time():
    # 22:00 UTC Sunday is 09:00 Monday in Sydney (daylight time).
    assert HOURS.is_open(datetime(2026, 11, 22, 22, 0, tzinfo=timezone.utc))


def test_bad_hours_are_reported():
    with pytest.raises(ValueError, match="opening hours"):
        OpeningHours.parse("weekdays 9 to 5", "Australia/Sydney")
