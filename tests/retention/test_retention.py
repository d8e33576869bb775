from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from clinic import retention
from clinic.export import _as_dict
from clinic.models import AuditLog, Booking, CallbackRequest, OutboxMessage, UrgentCase
from tests.notify.records import NAME, PHONE, add_booking, add_callback, add_urgent

NOW = datetime(2026, 12, 1, 3, 0, tzinfo=timezone.utc)
OLD = NOW - timedelta(days=400)
YOUNG = NOW - timedelta(days=300)


@pytest.fixture
def records(database):
    """One old and one young record of each kind, an old booking whose appointment is still
    ahead, and notifications of every status and age. Returns their ids by label."""
    with database.session_scope() as session:
        made = {
            "old_urgent": add_urgent(session, "conv-1", OLD, event=False),
            "young_urgent": add_urgent(session, "conv-2", YOUNG, event=False),
            "old_booking": add_booking(session, "B-AAAA-AAAA", OLD + timedelta(days=3), "conv-1", OLD, event=False),
            "future_booking": add_booking(session, "B-BBBB-BBBB", NOW + timedelta(days=3), "conv-3", OLD,
                                          event=False),
            "young_booking": add_booking(session, "B-CCCC-CCCC", YOUNG + timedelta(days=3), "conv-2", YOUNG,
                                         event=False),
            "old_callback": add_callback(session, "C-AAAA-AAAA", "conv-4", OLD, event=False),
            "young_callback": add_callback(session, "C-BBBB-BBBB", "conv-5", YOUNG, event=False),
        }
        for item_id, (label, status, created_at) in enumerate([
            ("sent_old_outbox", "sent", OLD), ("failed_old_outbox", "failed", OLD),
            ("pending_old_outbox", "pending", OLD), ("sent_young_outbox", "sent", YOUNG),
        ]):
            made[label] = OutboxMessage(event="booking.created", item_type="bookings", item_id=item_id,
                                        channel="webhook", status=status, created_at=created_at)
        session.add_all(made.values())
        session.flush()
        return {label: (type(item), item.id) for label, item in made.items()}


def _snapshot(database, records) -> dict:
    with database.session_scope() as session:
        found = {label: session.get(model, item_id) for label, (model, item_id) in records.items()}
        return {label: _as_dict(item) if item else None for label, item in found.items()}


def test_old_records_are_anonymised_and_young_ones_untouched(database, records):
    before = _snapshot(database, records)
    counts = retention.run(365, now=NOW)
    assert counts == {"urgent_cases": 1, "bookings": 1, "callback_requests": 1, "notifications": 2,
                      "conversations": 0}
    after = _snapshot(database, records)

    for label in ("young_urgent", "young_booking", "young_callback", "future_booking",
                  "pending_old_outbox", "sent_young_outbox"):
        assert after[label] == before[label], label
    assert after["sent_old_outbox"] is None and after["failed_old_outbox"] is None

    urgent = after["old_urgent"]
    assert (urgent["conversation_id"], urgent["transcript"], urgent["signs"]) == ("removed", None, [])
    assert urgent["outcome"] == "emergency" and urgent["answers"] == before["old_urgent"]["answers"]
    for label in ("old_booking", "old_callback"):
        row = after[label]
        assert [row[key] for key in ("name", "phone", "email", "reason", "transcript")] == [None] * 5
        assert row["conversation_id"] == "removed"
        kept = {key: value for key, value in before[label].items()
                if key not in ("name", "phone", "email", "reason", "transcript", "conversation_id")}
        assert kept.items() <= row.items()


def test_run_is_audited_with_counts_only(database, records):
    retention.run(365, now=NOW)
    with database.session_scope() as session:
        [entry] = session.scalars(select(AuditLog)).all()
    assert (entry.actor, entry.action) == ("retention", "retention.run")
    assert entry.detail["bookings"] == 1 and entry.detail["days"] == 365
    assert NAME not in str(entry.detail) and PHONE not in str(entry.detail)


def test_second_run_changes_nothing(database, records):
    retention.run(365, now=NOW)
    once = _snapshot(database, records)
    counts = retention.run(365, now=NOW + timedelta(hours=1))
    assert counts == {"urgent_cases": 0, "bookings": 0, "callback_requests": 0, "notifications": 0,
                      "conversations": 0}
    assert _snapshot(database, records) == once


def test_booking_is_anonymised_once_its_appointment_has_passed(database, records):
    retention.run(365, now=NOW)
    counts = retention.run(365, now=NOW + timedelta(days=4))
    assert counts["bookings"] == 1
    assert _snapshot(database, records)["future_booking"]["name"] is None


def test_dry_run_only_counts(database, records):
    before = _snapshot(database, records)
    counts = retention.run(365, now=NOW, dry_run=True)
    assert counts == {"urgent_cases": 1, "bookings": 1, "callback_requests": 1, "notifications": 2,
                      "conversations": 0}
    assert _snapshot(database, records) == before
    with database.session_scope() as session:
        assert session.scalars(select(AuditLog)).all() == []


def test_command_prints_counts(database, records, capsys):
    # By the real clock every record here is more than 200 days old.
    assert retention.main(["--days", "200", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Records older than 200 days:" in out
    assert "2 urgent cases would be anonymised" in out
    assert "3 delivered or failed notifications would be deleted" in out


def test_command_refuses_zero_days(database):
    with pytest.raises(SystemExit):
        retention.main(["--days", "0"])


def test_default_age_comes_from_settings(database, records, monkeypatch, capsys):
    from clinic.settings import get_settings

    monkeypatch.setenv("RETENTION_DAYS", "100000")
    get_settings.cache_clear()
    assert retention.main([]) == 0
    assert "Records older than 100000 days:" in capsys.readouterr().out
    with database.session_scope() as session:
        assert session.scalar(select(Booking.name).where(Booking.reference == "B-AAAA-AAAA")) == NAME
        assert all(callback.name == NAME for callback in session.scalars(select(CallbackRequest)))
        assert all(case.transcript for case in session.scalars(select(UrgentCase)))


def test_chat_histories_go_only_when_the_whole_conversation_is_old(database, monkeypatch, tmp_path):
    import sqlite3

    from clinic.settings import get_settings

    tracker = tmp_path / "tracker.db"
    with sqlite3.connect(tracker) as connection:
        connection.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id TEXT, type_name TEXT, "
                           "timestamp REAL, data TEXT)")
        connection.executemany(
            "INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (?, 'user', ?, ?)",
            [("old", OLD.timestamp(), f"I'm {NAME}"), ("old", OLD.timestamp() + 60, PHONE),
             ("ongoing", OLD.timestamp(), "hi"), ("ongoing", YOUNG.timestamp(), "back again")],
        )
    monkeypatch.setenv("TRACKER_DATABASE_URL", f"sqlite:///{tracker}")
    get_settings.cache_clear()

    assert retention.run(365, now=NOW, dry_run=True)["conversations"] == 1
    assert retention.run(365, now=NOW)["conversations"] == 1
    with sqlite3.connect(tracker) as connection:
        left = connection.execute("SELECT sender_id, COUNT(*) FROM events GROUP BY sender_id").fetchall()
    assert left == [("ongoing", 2)]
    assert retention.run(365, now=NOW)["conversations"] == 0
