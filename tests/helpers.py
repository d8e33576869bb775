"""Builders shared by the tests."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from scripts.local_net import free_port, http_ok  # noqa: F401  (shared with the tests)

ROOT = Path(__file__).resolve().parent.parent


def user_event(text: str, intent: str, full_retrieval_intent: Optional[str] = None) -> dict[str, Any]:
    parsed_intent = {"name": intent, "confidence": 0.99}
    if full_retrieval_intent:
        parsed_intent["full_retrieval_intent_name"] = full_retrieval_intent
    return {"event": "user", "text": text, "parse_data": {"intent": parsed_intent, "entities": []}}

