"""What every patient message goes through before Rasa sees it.

Empty messages, messages over the length limit and conversations sending faster than the
rate limit get a short reply (always with the emergency number) instead of a turn, so a
flood cannot slow the assistant down for everyone else. A long message that reports a
red flag or a crisis is never turned away: its sentences that do are passed on.

Rasa treats text that starts with "/" as an intent with optional entities, skipping NLU
and with it the safety layer ("/greet{...} I can't feel when I wipe"). Only the exact
payloads our own buttons send may do that. Anything else typed that way is turned back
into plain words ("/greet{...} I can't feel" -> "greet I can't feel"), so NLU and the
safety layer read it like any message and nobody can set slots by typing JSON.
"""
from __future__ import annotations

import logging
import re
import time
from collections import OrderedDict, deque
from typing import Awaitable, Callable

from rasa.core.channels.channel import UserMessage

from clinic.settings import get_settings
from components.safety_patterns import assess, normalise
from components.visible_text import visible

logger = logging.getLogger(__name__)

BUTTON_PAYLOADS = frozenset(
    {
        "/affirm", "/deny", "/unsure", "/ask_capabilities", "/ask_more", "/book_appointment", "/cancel_booking",
        "/feedback_helpful", "/feedback_not_helpful", "/greet", "/report_crisis", "/request_human", "/request_red_flag_check",
        "/restart",
    }
)


# The time buttons of the booking form carry a slot id (or "callback"); the form checks the
# id against the free slots, so a typed one gains nothing.
_SLOT_BUTTON = re.compile(r'^/choose_slot\{"booking_slot": ?"(\d{1,9}|callback)"\}$')

_TYPED_INTENT = re.compile(r"^/+(?P<intent>[\w-]*)\s*(\{[^}]*\}?)?\s*(@[\d.]+)?")


_SENTENCE = re.compile(r"(?<=[.!?\n])\s+")

REPLIES = {
    "empty": "I didn't receive any text. What would you like to know about back pain? "
             "**In an emergency call {emergency}.**",
    "too_long": "That message is longer than I can read ({limit} characters at most). Could you send the main "
                "question in a shorter message? **In an emergency call {emergency}.**",
    "too_fast": "You're sending messages faster than I can answer. Please wait a few seconds and try again. "
                "**In an emergency call {emergency}.**",
    # A turn that produced no reply: a custom action failed, e.g. the action server is down.
    "no_reply": "Sorry, something went wrong on my side and I couldn't answer that just now. Please try again in "
                "a minute, or call {clinic_phone}. **In an emergency call {emergency}.**",
}
# Commands whose turn rightly sends nothing.
_SILENT = frozenset({"/restart", "/session_start"})


def sanitise(text: str | None) -> str:
    text = visible(text or "").strip()
    if text.startswith("/") and text not in BUTTON_PAYLOADS and not _SLOT_BUTTON.match(text):
        match = _TYPED_INTENT.match(text)
        words = match["intent"].replace("_", " ")
        text = f"{words} {text[match.end():]}".strip()
    return text


def urgent_part(text: str, limit: int) -> str:
    """The sentences of a long message that report a red flag, a crisis or ask for a
    check, cut to `limit` characters; empty if there are none."""
    found = []
    for sentence in _SENTENCE.split(text):
        result = assess(normalise(sentence.split()))
        if result.red_flags or result.crisis or result.check:
            found.append(sentence.strip())
    return " ".join(found)[:limit]


class RateLimiter:
    """At most `per_minute` messages per conversation in any 60 seconds, per process.
    Remembers the busiest recent conversations only, so memory stays bounded."""

    def __init__(self, per_minute: int, remembered: int = 10_000) -> None:
        self.per_minute = per_minute
        self.remembered = remembered
        self.recent: OrderedDict[str, deque] = OrderedDict()

    def allow(self, sender: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        stamps = self.recent.pop(sender, None) or deque()
        while stamps and now - stamps[0] >= 60:
            stamps.popleft()
        allowed = len(stamps) < self.per_minute
        if allowed:
            stamps.append(now)
        self.recent[sender] = stamps
        if len(self.recent) > self.remembered:
            self.recent.popitem(last=False)
        return allowed


def check(text: str, sender: str, limiter: RateLimiter) -> tuple[str, str | None]:
    """(text to process, None) or (text, the reason to answer with a notice instead)."""
    limit = get_settings().max_message_chars
    text = sanitise(text)
    if not text:
        return text, "empty"
    if len(text) > limit:
        text = urgent_part(text, limit)
        if not text:
            return text, "too_long"
    if not limiter.allow(sender):
        # Safety messages still get through: their replies are what the limit must not block.
        return text, None if urgent_part(text, limit) else "too_fast"
    return text, None


def _notice(problem: str) -> str:
    settings = get_settings()
    return REPLIES[problem].format(emergency=settings.emergency_number, limit=settings.max_message_chars,
                                   clinic_phone=settings.clinic_phone)


def _count_replies(output_channel) -> list[int]:
    """Counts what the turn sends, whichever channel carries it."""
    sent = [0]
    send = output_channel.send_response

    async def counted(recipient_id, message):
        sent[0] += 1
        return await send(recipient_id, message)

    output_channel.send_response = counted
    return sent


def guarded(on_new_message: Callable[[UserMessage], Awaitable]) -> Callable[[UserMessage], Awaitable]:
    limiter = RateLimiter(get_settings().rate_limit_per_minute)

    async def handler(message: UserMessage) -> None:
        text, problem = check(message.text, message.sender_id or "", limiter)
        if problem:
            await message.output_channel.send_text_message(message.sender_id, _notice(problem))
            return None
        message.text = text
        sent = _count_replies(message.output_channel)
        try:
            await on_new_message(message)
        except Exception as error:  # the patient gets an apology, never a stack trace
            logger.error("Turn failed: %s", type(error).__name__)
        if not sent[0] and text not in _SILENT:
            await message.output_channel.send_text_message(message.sender_id, _notice("no_reply"))
        return None

    return handler
