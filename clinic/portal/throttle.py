"""Lock-out after repeated failed sign-ins.

Kept in memory: the portal is one process (waitress with threads), so one counter sees
every attempt. A restart forgets the counts, which only ever helps a locked-out user."""
from __future__ import annotations

import threading
import time
from collections import deque
from typing import Callable

# Beyond this many tracked keys, expired ones are dropped, so made-up emails cannot
# grow the tables without bound.
_PRUNE_ABOVE = 10_000


class Throttle:
    """After `limit` failures for one key within `window` seconds, the key is locked for
    `window` seconds from the last failure."""

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic):
        self.limit = limit
        self.window = window
        self._clock = clock
        self._lock = threading.Lock()
        self._failures: dict[str, deque[float]] = {}
        self._locked_until: dict[str, float] = {}

    def locked(self, key: str) -> bool:
        with self._lock:
            return self._locked_until.get(key, 0.0) > self._clock()

    def failed(self, key: str) -> None:
        now = self._clock()
        with self._lock:
            failures = self._failures.setdefault(key, deque())
            failures.append(now)
            while failures and failures[0] <= now - self.window:
                failures.popleft()
            if len(failures) >= self.limit:
                self._locked_until[key] = now + self.window
                del self._failures[key]
            if len(self._failures) + len(self._locked_until) > _PRUNE_ABOVE:
                self._prune(now)

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)

    def _prune(self, now: float) -> None:
        self._failures = {k: v for k, v in self._failures.items() if v and v[-1] > now - self.window}
        self._locked_until = {k: v for k, v in self._locked_until.items() if v > now}
