"""What every patient message goes through before Rasa sees it.

Rasa treats text that starts with "/" as an intent with optional entities, skipping NLU
and with it the safety layer ("/greet{...} I can't feel when I wipe"). Only the exact
payloads our own buttons send may do that. Anything else typed that way is turned back
into plain words ("/greet{...} I can't feel" -> "greet I can't feel"), so NLU and the
safety layer read it like any message and nobody can set slots by typing JSON.
"""
from __future__ import annotations

import re

from typing import Awaitable, Callable

from rasa.core.channels.channel import UserMessage

BUTTON_PAYLOADS = frozenset(
    {
        "/affirm", "/deny", "/unsure", "/ask_capabilities", "/ask_more", "/book_appointment", "/feedback_helpful",
        "/feedback_not_helpful", "/greet", "/request_human", "/request_red_flag_check", "/restart",
    }
)


_TYPED_INTENT = re.compile(r"^/+(?P<intent>[\w-]*)\s*(\{[^}]*\}?)?\s*(@[\d.]+)?")


def sanitise(text: str | None) -> str:
    text = (text or "").strip()
    if text.startswith("/") and text not in BUTTON_PAYLOADS:
        match = _TYPED_INTENT.match(text)
        words = match["intent"].replace("_", " ")
        text = f"{words} {text[match.end():]}".strip()
    return text


def guarded(on_new_message: Callable[[UserMessage], Awaitable]) -> Callable[[UserMessage], Awaitable]:
    async def handler(message: UserMessage) -> None:
        message.text = sanitise(message.text)
        return await on_new_message(message)

    return handler
