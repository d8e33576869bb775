"""The conversation store: nothing stored twice or lost, sessions rotated outside forms,
slots carried over, SQLite in write-ahead-log mode."""
from __future__ import annotations

import asyncio

import sqlalchemy as sa
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, BotUttered, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from stores.bounded_sql import BoundedSQLTrackerStore

DOMAIN = Domain.from_yaml("""
version: "3.1"
intents: [greet]
slots:
  red_flag_outcome:
    type: categorical
    values: [emergency, urgent, none]
    mappings: [{type: custom}]
""")


def _store(tmp_path, turns=3):
    return BoundedSQLTrackerStore(DOMAIN, dialect="sqlite", db=str(tmp_path / "tracker.db"), max_session_turns=turns)


def _turn(tracker, text):
    for event in (UserUttered(text, {"name": "greet", "confidence": 1.0}), BotUttered(f"re: {text}"),
                  ActionExecuted("action_listen")):
        tracker.update(event)


def _rows(store, sender):
    with store.engine.connect() as connection:
        return connection.execute(
            sa.text("SELECT type_name, data FROM events WHERE sender_id = :s ORDER BY id"), {"s": sender}
        ).fetchall()


def run(coroutine):
    return asyncio.run(coroutine)


def test_every_event_stored_once_across_saves(tmp_path):
    store = _store(tmp_path, turns=100)
    tracker = DialogueStateTracker.from_events("p1", [SessionStarted(), ActionExecuted("action_listen")], DOMAIN.slots)
    run(store.save(tracker))
    for text in ("one", "two", "three"):
        tracker = run(store.retrieve("p1"))
        _turn(tracker, text)
        run(store.save(tracker))
        run(store.save(tracker))  # a second save of the same tracker adds nothing
    user_texts = [row.data for row in _rows(store, "p1") if row.type_name == "user"]
    assert len(_rows(store, "p1")) == 2 + 3 * 3
    assert [t for t in ("one", "two", "three") if any(f'"{t}"' in d for d in user_texts)] == ["one", "two", "three"]


def test_tracker_from_elsewhere_is_counted_in_the_database(tmp_path):
    store = _store(tmp_path, turns=100)
    first = DialogueStateTracker.from_events("p2", [SessionStarted(), ActionExecuted("action_listen")], DOMAIN.slots)
    run(store.save(first))
    # A tracker built outside the store (no record of what is stored) still adds only its new events.
    copy = DialogueStateTracker.from_events("p2", list(first.events), DOMAIN.slots)
    _turn(copy, "hello")
    run(store.save(copy))
    assert len(_rows(store, "p2")) == 5


def test_session_rotates_keeping_slots_and_history(tmp_path):
    store = _store(tmp_path, turns=3)
    tracker = DialogueStateTracker.from_events(
        "p3", [SessionStarted(), ActionExecuted("action_listen"), SlotSet("red_flag_outcome", "none")], DOMAIN.slots)
    run(store.save(tracker))
    for index in range(3):
        tracker = run(store.retrieve("p3"))
        _turn(tracker, f"message {index}")
        run(store.save(tracker))
    rotated = run(store.retrieve("p3"))
    assert not any(isinstance(event, UserUttered) for event in rotated.events)
    assert rotated.get_slot("red_flag_outcome") == "none"
    _turn(rotated, "after rotation")
    run(store.save(rotated))
    again = run(store.retrieve("p3"))
    assert [e.text for e in again.events if isinstance(e, UserUttered)] == ["after rotation"]
    assert sum(row.type_name == "user" for row in _rows(store, "p3")) == 4  # full history kept
    assert sum(row.type_name == "session_started" for row in _rows(store, "p3")) == 2


def test_no_rotation_while_a_form_is_open(tmp_path):
    store = _store(tmp_path, turns=2)
    tracker = DialogueStateTracker.from_events(
        "p4", [SessionStarted(), ActionExecuted("action_listen"), ActiveLoop("red_flag_form")], DOMAIN.slots)
    for index in range(4):
        _turn(tracker, f"answer {index}")
    run(store.save(tracker))
    kept = run(store.retrieve("p4"))
    assert kept.active_loop_name == "red_flag_form"
    assert sum(isinstance(event, UserUttered) for event in kept.events) == 4


def test_sqlite_runs_in_write_ahead_log_mode(tmp_path):
    store = _store(tmp_path)
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_sqlite_connection_is_reused_across_messages(tmp_path):
    store = _store(tmp_path, turns=100)
    opened = []
    sa.event.listen(store.engine, "connect", lambda *_: opened.append(1))
    tracker = DialogueStateTracker("patient", store.domain.slots)
    for turn in range(5):
        _turn(tracker, f"message {turn}")
        run(store.save(tracker))
        tracker = run(store.retrieve("patient"))
    assert len(tracker.events) == 5 * 3
    assert len(opened) == 1  # one connection serves every message
