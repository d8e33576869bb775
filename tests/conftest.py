from __future__ import annotations

import os
from typing import Any, Optional

import pytest
from rasa_sdk import Tracker
from sqlalchemy import create_engine, text
from rasa_sdk.executor import CollectingDispatcher

from clinic import db, migrate
from clinic.settings import get_settings


@pytest.fixture
def clean_env(monkeypatch, tmp_path):
    """Settings built from an empty environment and no .env file."""
    import os

    for name in list(os.environ):
        if name.isupper() and name not in {"PATH", "HOME", "PYTHONPATH"}:
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("clinic.settings.ROOT", tmp_path)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def _backends() -> list[str]:
    # TEST_POSTGRES_URL points at a scratch PostgreSQL database (scripts/test.sh starts one);
    # every database test then runs on SQLite and on PostgreSQL.
    return ["sqlite", "postgresql"] if os.environ.get("TEST_POSTGRES_URL") else ["sqlite"]


def _empty_postgres(url: str) -> None:
    engine = create_engine(url, future=True)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=_backends())
def database(request, monkeypatch, tmp_path):
    """A fresh, migrated clinic database for one test."""
    if request.param == "postgresql":
        url = os.environ["TEST_POSTGRES_URL"]
        _empty_postgres(url)
    else:
        url = f"sqlite:///{tmp_path / 'test.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("TRACKER_DATABASE_URL", f"sqlite:///{tmp_path / 'tracker.db'}")
    get_settings.cache_clear()
    db.reset()
    migrate.upgrade()
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
