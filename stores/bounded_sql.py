"""A SQL tracker store that keeps each conversation session short and survives database
restarts.

Rasa replays the whole current session on every prediction, so a chat of 300 messages
answers several times slower at the end than at the start. SQLTrackerStore already loads
only the latest session; this store starts a new session (keeping every slot, as Rasa
does after an idle timeout) once a session reaches `max_session_turns` patient messages,
so the work per message stays flat. The full history stays in the database.

It never rotates while a form is open: Rasa does not carry an active form into a new
session, and a screening or booking must not be cut off.

Per message it also saves a query, a disk flush and a connection: the tracker remembers how
many of its events the store already holds (Rasa counts them again on every save), a SQLite
file runs in write-ahead-log mode, and its connection is kept open between messages."""
from __future__ import annotations

import itertools
from typing import Any, Iterator, Optional

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.events import ActionExecuted, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

DEFAULT_MAX_SESSION_TURNS = 40
# Set on trackers this store returned or saved: how many of their events are stored.
STORED_EVENTS = "_events_in_store"


class BoundedSQLTrackerStore(SQLTrackerStore):
    def __init__(self, *args: Any, max_session_turns: int = DEFAULT_MAX_SESSION_TURNS, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.max_session_turns = int(max_session_turns)
        # Rasa hands out pooled connections untested: after a database restart the first
        # read on each fails, and Rasa answers that message as a new conversation.
        url = self.engine.url
        self.engine.dispose()
        options = create_engine_kwargs(url)
        sqlite = url.get_backend_name() == "sqlite"
        if sqlite:
            # SQLAlchemy 1.4 opens and closes a SQLite file connection for every session
            # (NullPool), about a tenth of each message's time; Rasa's store runs on the
            # event loop's thread, one session at a time, so a small pool is safe.
            options.update(poolclass=sa.pool.QueuePool, pool_size=2,
                           connect_args={"check_same_thread": False})
        self.engine = sa.create_engine(url, pool_pre_ping=True, **options)
        if sqlite:
            sa.event.listen(self.engine, "connect", _sqlite_write_ahead_log)
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)

    async def retrieve(self, sender_id: str) -> Optional[DialogueStateTracker]:
        tracker = await self._retrieve_session(sender_id)
        if tracker is None or tracker.active_loop_name or not self._full(tracker):
            return tracker
        for event in self._new_session(tracker):
            tracker.update(event)
        await self.save(tracker)
        return await self._retrieve_session(sender_id)

    async def _retrieve_session(self, sender_id: str) -> Optional[DialogueStateTracker]:
        tracker = await super().retrieve(sender_id)
        if tracker is not None:
            # The store loads exactly the events of the latest session.
            setattr(tracker, STORED_EVENTS, len(tracker.events))
        return tracker

    async def save(self, tracker: DialogueStateTracker) -> None:
        await super().save(tracker)
        setattr(tracker, STORED_EVENTS, len(tracker.events))

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator:
        stored = getattr(tracker, STORED_EVENTS, None)
        if stored is None or stored > len(tracker.events):
            return super()._additional_events(session, tracker)
        return itertools.islice(tracker.events, stored, None)

    def _full(self, tracker: DialogueStateTracker) -> bool:
        turns = sum(isinstance(event, UserUttered) for event in tracker.events)
        return turns >= self.max_session_turns

    @staticmethod
    def _new_session(tracker: DialogueStateTracker) -> list:
        start = SessionStarted()
        # The store loads events from the latest session start on, by timestamp: nothing
        # of the new session may be stamped before it.
        carried = [
            SlotSet(name, slot.value, timestamp=start.timestamp)
            for name, slot in tracker.slots.items()
            if slot.value is not None and slot.value != slot.initial_value
        ]
        return [start, *carried, ActionExecuted(ACTION_LISTEN_NAME, timestamp=start.timestamp)]


def _sqlite_write_ahead_log(connection: Any, _record: Any) -> None:
    # Readers no longer wait for the writer, and a commit appends to the log instead of
    # syncing the database file; a crash of the process still loses nothing committed.
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
