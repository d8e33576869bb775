from __future__ import annotations

from typing import Any, Optional

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import db
from actions.models import Base
from actions.settings import get_settings


@pytest.fixture
def clean_env(monkeypatch, tmp_path):
    """Settings built from an empty environment and no .env file."""
    import os

    for name in list(os.environ):
        if name.isupper() and name not in {"PATH", "HOME", "PYTHONPATH"}:
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("actions.settings.ROOT", tmp_path)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture
def database(monkeypatch, tmp_path):
    """A fresh SQLite database file for one test, with all tables."""
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'test.db'}")
    get_settings.cache_clear()
    db.reset()
    Base.metadata.create_all(db.get_engine())
    yield db
    db.reset()
    get_settings.cache_clear()


@pytest.fixture
def dispatcher() -> CollectingDispatcher:
    return CollectingDispatcher()


@pytest.fixture
def make_tracker():
    def factory(
        events: Optional[list[dict[str, Any]]] = None,
        slots: Optional[dict[str, Any]] = None,
        sender_id: str = "test-user",
    ) -> Tracker:
        events = events or []
        latest = next((e["parse_data"] for e in reversed(events) if e.get("event") == "user"), {})
        return Tracker(
            sender_id=sender_id,
            slots=slots or {},
            latest_message=latest,
            events=events,
            paused=False,
            followup_action=None,
            active_loop={},
            latest_action_name=None,
        )

    return factory
