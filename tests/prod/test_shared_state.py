"""One conversation, several Rasa processes: the state lives in PostgreSQL and the Redis
lock keeps a conversation's messages in order, whichever process gets them."""
import itertools
import json
import os
import socket
import stat
import threading
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from rasa.utils.endpoints import EndpointConfig

from stores.redis_lock import AtomicRedisLockStore
from tests.prod.conftest import REFERENCE, REPLY_SECONDS, STATE, buttons, texts

SCREENING = [
    "bladder or bowel",
    "numbness, tingling or odd feeling",
    "loss of feeling or function during sex",
    "legs getting weaker",
    "big fall, a car crash",
    "fever, night sweats",
    "Have you ever had cancer?",
    "None of your answers point to a sign that needs urgent care",
]


def test_screening_advances_one_question_per_answer_whichever_process_answers(profile, sender):
    routes = itertools.cycle([*profile.processes, profile.balancer])
    assert SCREENING[0] in texts(profile.send(sender, "should I be worried about my back?", via=next(routes)))
    for expected in SCREENING[1:]:
        reply = texts(profile.send(sender, "/deny", via=next(routes)))
        assert expected in reply, f"expected the question about {expected!r}, got:\n{reply}"


def test_booking_started_on_one_process_is_completed_on_the_other(profile, sender):
    first, second = profile.processes
    replies = profile.send(sender, "I'd like to book an appointment", via=first)
    times = [b["payload"] for b in buttons(replies) if "booking_slot" in b["payload"] and "callback" not in b["payload"]]
    assert times, texts(replies)
    assert "What name" in texts(profile.send(sender, times[-1], via=second))
    assert "phone number or email" in texts(profile.send(sender, "Sam Lee", via=first))
    assert "what would you like help with" in texts(profile.send(sender, "0412 345 678", via=second))
    consent = profile.send(sender, "stiff lower back for three weeks", via=profile.balancer)
    assert [b["payload"] for b in buttons(consent)] == ["/affirm", "/deny"]
    confirmation = texts(profile.send(sender, "/affirm", via=second))
    assert "You're booked for" in confirmation
    reference = REFERENCE.search(confirmation).group(0)
    assert profile.sql("SELECT conversation_id FROM bookings WHERE reference = :ref", ref=reference) == [(sender,)]


def exchanges(events: list[dict]) -> list[tuple[str, list[str]]]:
    """The conversation as (patient message, bot texts that followed it) pairs."""
    pairs = []
    for event in events:
        if event["event"] == "user":
            pairs.append((event["text"], []))
        elif event["event"] == "bot" and pairs:
            pairs[-1][1].append(event.get("text") or "")
    return pairs


@pytest.mark.parametrize("round_", range(3))
def test_two_messages_at_the_same_moment_are_handled_one_after_the_other(profile, sender, round_):
    questions = ["what is central sensitisation?", "is it safe to bend and lift with back pain"]
    profile.send(sender, "hello")
    start = threading.Barrier(len(questions))
    replies: dict[str, list[dict]] = {}

    def ask(question: str, url: str) -> None:
        start.wait()
        replies[question] = profile.send(sender, question, via=url)

    threads = [threading.Thread(target=ask, args=pair) for pair in zip(questions, profile.processes)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert all(texts(replies[q]) for q in questions), replies
    stored = exchanges(profile.events(sender))[-2:]
    assert sorted(question for question, _ in stored) == sorted(questions), stored
    for question, bot_texts in stored:
        assert bot_texts == [reply.get("text") or "" for reply in replies[question]], (
            f"the replies stored after {question!r} are not the ones its sender got: turns interleaved")


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_the_balancer_serves_the_chat_and_nothing_else(profile):
    base = profile.balancer
    assert status(f"{base}/webhooks/rest/") == 200
    assert status(f"{base}/socket.io/?EIO=4&transport=polling") == 200
    token = profile.secrets()["RASA_API_TOKEN"]
    for path in ["/", "/status", f"/model/parse?token={token}", f"/conversations/x/tracker?token={token}",
                 "/webhooks/rest/../../status", "/healthz", "/webhook"]:
        assert status(base + path) == 404, path
    # The API answers on each process's loopback port, with the token only.
    assert status(f"{profile.processes[0]}/status") == 401
    assert status(f"{profile.processes[0]}/status?token={token}") == 200


def test_a_socketio_chat_stays_on_one_process_and_websockets_pass(profile, sender):
    """Every polling request of an engine.io session must reach the process that opened it;
    any other process answers 400 "Invalid session"."""
    base = f"{profile.balancer}/socket.io/?EIO=4&transport=polling"
    with urllib.request.urlopen(base, timeout=10) as response:
        sid = json.loads(response.read().decode()[1:])["sid"]

    def exchange(packet: str) -> str:
        request = urllib.request.Request(f"{base}&sid={sid}", data=packet.encode(), headers={"Content-Type": "text/plain"})
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.read() == b"OK"
        with urllib.request.urlopen(f"{base}&sid={sid}", timeout=REPLY_SECONDS) as response:
            return response.read().decode()

    assert exchange("40").startswith("40")
    assert "session_confirm" in exchange("42" + json.dumps(["session_request", {"session_id": sender}]))
    reply = exchange("42" + json.dumps(["user_uttered", {"message": "hello", "session_id": sender}]))
    assert "bot_uttered" in reply and "000" in reply

    with socket.create_connection(("127.0.0.1", profile.public_port), timeout=10) as sock:
        sock.sendall(
            b"GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n"
            b"Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
        assert sock.recv(1024).startswith(b"HTTP/1.1 101")


def test_lock_tickets_are_unique_when_taken_at_once(profile):
    """The lock store the Rasa processes use (stores/redis_lock.py), against the profile's
    Redis: many tickets for one conversation issued at once are all different, and the lock
    is gone once every holder has released it."""
    config = EndpointConfig(url="127.0.0.1", port=profile.redis_port, password=profile.secrets()["REDIS_PASSWORD"],
                            db=1, key_prefix="clinicbot")
    conversation = f"tickets-{uuid.uuid4().hex}"
    stores = [AtomicRedisLockStore(config) for _ in range(8)]
    with ThreadPoolExecutor(max_workers=len(stores)) as pool:
        tickets = list(pool.map(lambda i: stores[i % len(stores)].issue_ticket(conversation), range(200)))
        assert sorted(tickets) == list(range(200))
        list(pool.map(lambda i: stores[i % len(stores)].cleanup(conversation, tickets[i]), range(200)))
    assert stores[0].get_lock(conversation) is None


def test_generated_secrets_are_private(profile):
    secrets_file = STATE / "secrets.env"
    assert stat.S_IMODE(os.stat(secrets_file).st_mode) == 0o600
    assert {"REDIS_PASSWORD", "RASA_API_TOKEN", "SECRET_KEY", "DATA_ENCRYPTION_KEY"} <= set(profile.secrets())
