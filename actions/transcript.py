"""The conversation so far, as staff read it in the portal."""
from __future__ import annotations

from datetime import datetime, timezone

from rasa_sdk import Tracker

# Enough for any real chat; bounds the size of what is stored with each record.
MAX_LINES = 200


def transcript_of(tracker: Tracker) -> list[dict]:
    lines = []
    for event in tracker.events:
        kind = event.get("event")
        if kind == "session_started":
            lines = []
        elif kind in ("user", "bot") and event.get("text"):
            at = datetime.fromtimestamp(event.get("timestamp") or 0, timezone.utc).isoformat(timespec="seconds")
            text = event["text"]
            if kind == "user" and text.startswith("/"):
                # A button tap: the payload means nothing to staff, the intent does.
                text = f"(tapped: {(event.get('parse_data') or {}).get('intent', {}).get('name', 'a button')})"
            lines.append({"by": "patient" if kind == "user" else "assistant", "text": text, "at": at})
    return lines[-MAX_LINES:]
