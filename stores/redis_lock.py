"""The Redis lock store of the production profile: Rasa's RedisLockStore with each change
of a lock made atomic.

Rasa keeps one lock per conversation in Redis, a queue of tickets: a message waits until
its ticket is first. The stock store changes that queue by reading it, changing it in
Python and writing it back. Two Rasa processes doing that for one conversation at the same
moment overwrite each other: both get ticket 0 and handle their messages side by side, so
one of the two messages vanishes from the conversation (the SQL tracker store appends only
the events it has not seen), or a waiting message loses its ticket and fails with "Could
not acquire lock". Measured with two processes and two messages sent at once: 7 of 20
conversations lost a message.

Here every change is a Redis transaction on the lock's key (WATCH, then MULTI/EXEC, again
if another process changed the key in between), and releasing the lock deletes it in the
same transaction that checks nobody else is waiting.

Configured in deploy/endpoints.prod.yml with the same settings as `type: redis`."""
from __future__ import annotations

import json
from typing import Callable, Optional, Text, TypeVar

import redis
from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

Result = TypeVar("Result")


class AtomicRedisLockStore(RedisLockStore):
    def __init__(self, endpoint_config: EndpointConfig) -> None:
        super().__init__(host=endpoint_config.url, **endpoint_config.kwargs)

    def _change(
        self, conversation_id: Text, change: Callable[[Optional[TicketLock]], tuple[Optional[TicketLock], Result]]
    ) -> Result:
        """Applies `change` (the stored lock or None -> the lock to store or None to delete,
        and a result) atomically; returns the result."""
        key = self.key_prefix + conversation_id
        with self.red.pipeline() as pipe:
            while True:
                try:
                    pipe.watch(key)
                    stored = pipe.get(key)
                    lock, result = change(TicketLock.from_dict(json.loads(stored)) if stored else None)
                    pipe.multi()
                    if lock is None:
                        pipe.delete(key)
                    else:
                        pipe.set(key, lock.dumps())
                    pipe.execute()
                    return result
                except redis.WatchError:
                    continue

    def issue_ticket(self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME) -> int:
        def issue(lock: Optional[TicketLock]) -> tuple[TicketLock, int]:
            lock = lock or self.create_lock(conversation_id)
            return lock, lock.issue_ticket(lock_lifetime)

        try:
            return self._change(conversation_id, issue)
        except redis.RedisError as error:
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error

    def update_lock(self, conversation_id: Text) -> None:
        def drop_expired(lock: Optional[TicketLock]) -> tuple[Optional[TicketLock], None]:
            if lock:
                lock.remove_expired_tickets()
            return lock, None

        self._change(conversation_id, drop_expired)

    def finish_serving(self, conversation_id: Text, ticket_number: int) -> None:
        def finish(lock: Optional[TicketLock]) -> tuple[Optional[TicketLock], None]:
            if lock:
                lock.remove_ticket_for(ticket_number)
            return lock, None

        self._change(conversation_id, finish)

    def cleanup(self, conversation_id: Text, ticket_number: int) -> None:
        def release(lock: Optional[TicketLock]) -> tuple[Optional[TicketLock], None]:
            if lock:
                lock.remove_ticket_for(ticket_number)
            return (lock if lock and lock.is_someone_waiting() else None), None

        self._change(conversation_id, release)
