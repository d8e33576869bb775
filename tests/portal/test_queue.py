"""The queue: what comes first, the status filters, and times in the clinic's zone."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from clinic.db import session_scope
from clinic.models import ACKNOWLEDGED, RESOLVED, OutboxMessage
from clinic.timeutil import utcnow
from tests.portal.conftest import add_booking, add_callback, add_urgent


def positions(html: str, *markers: str) -> list[int]:
    found = [html.find(marker) for marker in markers]
    assert -1 not in found, [m for m, at in zip(markers, found) if at == -1]
    return found


def test_urgent_cases_then_bookings_then_callbacks(signed_in):
    now = utcnow()
    older_emergency = add_urgent("emergency", created_at=now - timedelta(hours=3))
    urgent = add_urgent("urgent", created_at=now - timedelta(minutes=5))
    newer_emergency = add_urgent("emergency", created_at=now - timedelta(hours=1))
    later_booking = add_booking("BK-LATE-0001", starts_at=now + timedelta(days=3))
    sooner_booking = add_booking("BK-SOON-0001", starts_at=now + timedelta(days=1), cancelled=True)
    later_callback = add_callback("CB-LATE-0001", due_by=now + timedelta(hours=5))
    sooner_callback = add_callback("CB-SOON-0001", due_by=now + timedelta(hours=1))
    html = signed_in.get("/").text
    order = positions(
        html,
        f'href="/urgent/{newer_emergency}"', f'href="/urgent/{older_emergency}"', f'href="/urgent/{urgent}"',
        f'href="/bookings/{sooner_booking}"', f'href="/bookings/{later_booking}"',
        f'href="/callbacks/{sooner_callback}"', f'href="/callbacks/{later_callback}"',
    )
    assert order == sorted(order)
    cancelled_row = html[html.find(f'href="/bookings/{sooner_booking}"'):html.find(f'href="/bookings/{later_booking}"')]
    assert "Cancelled" in cancelled_row
    assert "Urgent cases (3)" in html and "Bookings (2)" in html and "Callback requests (2)" in html


def test_queue_shows_no_contact_details(signed_in):
    add_booking("BK-AAAA-0001", name="Alex Patient")
    html = signed_in.get("/").text
    assert "BK-AAAA-0001" in html and "Alex Patient" not in html and "0400 000 000" not in html


def test_filters_open_resolved_and_all(signed_in):
    new = add_urgent()
    acknowledged = add_urgent(status=ACKNOWLEDGED)
    resolved = add_urgent(status=RESOLVED)
    callback = add_callback("CB-DONE-0001", status=RESOLVED)
    links = {key: f'href="/urgent/{key}"' for key in (new, acknowledged, resolved)}

    def shown(html):
        return {key for key, link in links.items() if link in html}

    default = signed_in.get("/").text
    assert shown(default) == {new, acknowledged} and "CB-DONE-0001" not in default
    assert shown(signed_in.get("/?show=open").text) == {new, acknowledged}
    resolved_page = signed_in.get("/?show=resolved").text
    assert shown(resolved_page) == {resolved} and f'href="/callbacks/{callback}"' in resolved_page
    assert shown(signed_in.get("/?show=all").text) == {new, acknowledged, resolved}
    assert shown(signed_in.get("/?show=nonsense").text) == {new, acknowledged}


def test_times_are_shown_in_the_clinic_time_zone(signed_in):
    # 23:00 UTC is 10:00 the next morning in Sydney (daylight time).
    add_booking("BK-TIME-0001", starts_at=datetime(2030, 1, 15, 23, 0, tzinfo=timezone.utc))
    html = signed_in.get("/").text
    assert "Wed 16 Jan 2030, 10:00" in html
    assert "Times are shown in Australia/Sydney" in html


def test_queue_warns_about_undelivered_notifications(signed_in):
    assert "not delivered" not in signed_in.get("/").text
    with session_scope() as session:
        session.add(OutboxMessage(event="urgent_case.created", item_type="urgent_cases", item_id=1,
                                  channel="email", status=OutboxMessage.FAILED, attempts=12, last_error="timeout"))
    assert "1 staff notification was not delivered" in signed_in.get("/").text
