"""Builders shared by the tests."""
from __future__ import annotations

import socket
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parent.parent


def user_event(text: str, intent: str, full_retrieval_intent: Optional[str] = None) -> dict[str, Any]:
    parsed_intent = {"name": intent, "confidence": 0.99}
    if full_retrieval_intent:
        parsed_intent["full_retrieval_intent_name"] = full_retrieval_intent
    return {"event": "user", "text": text, "parse_data": {"intent": parsed_intent, "entities": []}}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
