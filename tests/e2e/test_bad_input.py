"""Bad, odd and hostile input over HTTP against the real servers.

Whatever arrives at the REST webhook, the assistant must answer with something a patient
can read (at the very least the emergency number), never show a stack trace, and keep
working for the next patient. Requests that are not a message at all may be refused
(4xx), but never crash the server (5xx). The Rasa HTTP API must refuse anyone without the
token."""
from __future__ import annotations

import json
import random
import sqlite3
import urllib.error
import urllib.request
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

WEBHOOK = "/webhooks/rest/webhook"
# What a stack trace or an unhandled error looks like when it leaks into a response.
LEAK_MARKERS = ("Traceback", "Exception", 'File "/', "site-packages")


def request(servers, path, body=None, *, method="POST", content_type="application/json", timeout=60):
    """(status, body bytes) of one HTTP request; HTTP errors are answers too."""
    headers = {"Content-Type": content_type} if content_type else {}
    req = urllib.request.Request(servers.rasa_url + path, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def post_message(servers, sender, message):
    return request(servers, WEBHOOK, json.dumps({"sender": sender, "message": message}).encode())


def new_sender() -> str:
    # A fresh conversation per request keeps every message under the per-sender rate limit.
    return f"bad-input-{uuid.uuid4().hex}"


def assert_no_leak(body: bytes) -> None:
    text = body.decode("utf-8", "replace")
    for marker in LEAK_MARKERS:
        assert marker not in text, f"{marker!r} in the response: {text[:500]}"


def assert_readable_answer(status: int, body: bytes) -> list[dict]:
    """HTTP 200 with a JSON list of replies, at least one of them non-empty text."""
    assert status == 200, body[:500]
    assert_no_leak(body)
    replies = json.loads(body)
    assert isinstance(replies, list)
    assert any(isinstance(reply.get("text"), str) and reply["text"].strip() for reply in replies), (
        f"no reply text: {replies}"
    )
    return replies


def texts(replies: list[dict]) -> str:
    return "\n".join(reply.get("text", "") for reply in replies)


def tracker(servers, sender: str) -> dict:
    status, body = request(servers, f"/conversations/{sender}/tracker?token={servers.api_token}", method="GET")
    assert status == 200, body[:300]
    return json.loads(body)


# Random bytes read as latin-1: what a client that sends a file or a wrongly decoded
# message produces (C1 control characters, stray accents, replacement-like symbols).
BINARY = bytes(random.Random(20261121).randrange(256) for _ in range(300)).decode("latin-1")

MESSAGES = {
    "empty": "",
    "whitespace only": " \t\n \u3000 ",
    "10,000 characters": ("my back hurts when I sit for long " * 300)[:10_000],
    # Just under the length limit, so the whole of it goes through NLU.
    "1,999 characters": ("my back hurts when I sit for long " * 60)[:1_999],
    "binary-looking": BINARY,
    "control characters only": "".join(chr(code) for code in range(32)) + "\x7f",
    "control characters around words": "\x00\x01\x02\x1b[31mhello\x1b[0m\x7f",
    # Phone keyboards add U+FE0F (variation selector) to many emoji: ❤️ ☺️ ☹️.
    "emoji only": "🙏🏽😀❤️👨‍👩‍👧",
    "mixed scripts": "ألم الظهر боль в спине 腰痛 back pain",
    "right-to-left override": "\u202eniap kcab\u202c is \u2066my back\u2069 ok to \u200fbend?",
    "script tag": "<script>alert(1)</script>",
    "image with onerror": "<img src=x onerror=alert(1)>",
    "SQL drop table": "'; DROP TABLE events; --",
    "SQL tautology": "1 OR 1=1",
    "typed intent with JSON": '/book_appointment{"booking_slot":"1"}',
    "lone surrogates": "\ud800 back pain \udfff",
    "replacement character": "my back hurts \ufffd",
}


@pytest.mark.parametrize("message", list(MESSAGES.values()), ids=list(MESSAGES))
def test_odd_messages_get_a_readable_answer(servers, message):
    assert_readable_answer(*post_message(servers, new_sender(), message))


def test_the_assistant_still_answers_after_the_odd_messages(servers, sender):
    for message in MESSAGES.values():
        post_message(servers, new_sender(), message)
    replies = assert_readable_answer(*post_message(servers, sender, "hello"))
    assert "call 000" in texts(replies)


def test_sql_looking_text_is_stored_as_text_and_the_events_table_survives(servers, sender):
    injection = "'; DROP TABLE events; --"
    assert_readable_answer(*post_message(servers, sender, injection))
    assert_readable_answer(*post_message(servers, sender, "1 OR 1=1"))
    with sqlite3.connect(servers.workdir / "tracker.db") as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "events" in tables
        stored = [
            json.loads(data)["text"]
            for (data,) in connection.execute(
                "SELECT data FROM events WHERE sender_id = ? AND type_name = 'user' ORDER BY id", (sender,)
            )
        ]
    assert stored == [injection, "1 OR 1=1"]
    # The store still takes new conversations after them.
    other = new_sender()
    assert_readable_answer(*post_message(servers, other, "hello"))
    with sqlite3.connect(servers.workdir / "tracker.db") as connection:
        assert connection.execute("SELECT COUNT(*) FROM events WHERE sender_id = ?", (other,)).fetchone()[0] > 0


def test_typed_intent_with_json_cannot_set_a_slot(servers, sender):
    replies = assert_readable_answer(*post_message(servers, sender, '/book_appointment{"booking_slot":"1"}'))
    assert "You're booked" not in texts(replies)
    state = tracker(servers, sender)
    assert state["slots"].get("booking_slot") in (None, ""), state["slots"]
    user = [event for event in state["events"] if event["event"] == "user"][-1]
    assert user["parse_data"]["entities"] == [], "typed JSON must not become entities"


def test_markup_is_not_echoed_back(servers, sender):
    # The widget renders replies as Markdown; the assistant must not hand a patient's markup back.
    for payload in ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>"):
        replies = assert_readable_answer(*post_message(servers, new_sender(), payload))
        assert "<script" not in texts(replies) and "onerror" not in texts(replies)


def test_a_red_flag_with_an_emoji_still_gets_emergency_advice(servers, sender):
    # The emoji carries U+FE0F, which the language model's tokenizer drops; the safety
    # reply must not depend on how the rest of the message is spelled.
    replies = assert_readable_answer(*post_message(servers, sender, "I can't feel anything when I wipe ☹️"))
    assert "Call 000 now" in texts(replies)


# Requests that are not a well-formed message. Rasa may refuse them (4xx) or answer them;
# either way no 5xx and no stack trace.
def json_body(**fields) -> bytes:
    return json.dumps(fields).encode()


MALFORMED = {
    "malformed JSON": (b'{"sender": "x", "message": ', "application/json"),
    "not JSON at all": (b"hello there", "application/json"),
    "empty body": (b"", "application/json"),
    "body is a list": (b'["hello"]', "application/json"),
    "body is a string": (b'"hello"', "application/json"),
    "body is a number": (b"5", "application/json"),
    "body is null": (b"null", "application/json"),
    "message is a number": (json_body(sender="s", message=42), "application/json"),
    "message is a list": (json_body(sender="s", message=["hello"]), "application/json"),
    "message is null": (json_body(sender="s", message=None), "application/json"),
    "message is an object": (json_body(sender="s", message={"text": "hello"}), "application/json"),
    "message missing": (json_body(sender="s"), "application/json"),
    "sender missing": (json_body(message="hello"), "application/json"),
    "sender is a number": (json_body(sender=12345, message="hello"), "application/json"),
    "sender is an object": (json_body(sender={"id": 1}, message="hello"), "application/json"),
    "sender of 10,000 characters": (json_body(sender="s" * 10_000, message="hello"), "application/json"),
    "metadata is a string": (json_body(sender="s", message="hello", metadata="x"), "application/json"),
    "text/plain content type": (json_body(sender="s", message="hello"), "text/plain"),
    "form content type": (b"sender=s&message=hello", "application/x-www-form-urlencoded"),
    "no content type": (json_body(sender="s", message="hello"), None),
    "1 MB body": (json_body(sender="s", message="a" * 1_000_000), "application/json"),
}


@pytest.mark.parametrize("body, content_type", list(MALFORMED.values()), ids=list(MALFORMED))
def test_malformed_requests_never_crash_the_server(servers, body, content_type):
    # Each request gets its own sender so that none of them is rate limited.
    body = body.replace(b'"sender": "s"', f'"sender": "{new_sender()}"'.encode())
    status, answer = request(servers, WEBHOOK, body, content_type=content_type)
    assert status < 500, answer[:300]
    assert_no_leak(answer)
    if status == 200:
        assert isinstance(json.loads(answer), list)


def test_clients_without_a_sender_id_do_not_share_a_conversation(servers):
    # Rasa files every message without a sender under the one id "default", so one
    # patient's details would show up in another's conversation.
    marker = f"my name is {uuid.uuid4().hex}"
    status, answer = request(servers, WEBHOOK, json_body(message=marker))
    assert status < 500
    assert_no_leak(answer)
    with sqlite3.connect(servers.workdir / "tracker.db") as connection:
        shared = connection.execute(
            "SELECT COUNT(*) FROM events WHERE sender_id = 'default' AND data LIKE ?", (f"%{marker[11:]}%",)
        ).fetchone()[0]
    assert shared == 0, "a message without a sender id went into the shared conversation 'default'"


def test_get_on_the_webhook_is_not_allowed(servers):
    status, answer = request(servers, WEBHOOK, method="GET", content_type=None)
    assert status == 405
    assert_no_leak(answer)


def test_a_streamed_request_that_fails_still_ends(servers):
    # ?stream=true keeps the connection open until the turn ends; a turn that fails must end it too.
    body = json_body(sender=new_sender(), message=42)
    try:
        status, answer = request(servers, WEBHOOK + "?stream=true", body, timeout=10)
    except TimeoutError:
        pytest.fail("the streamed response never ended")
    assert status < 500
    assert_no_leak(answer)


def test_pages_on_other_sites_cannot_read_the_replies(servers, sender):
    # The REST channel takes messages from anyone; what CORS adds is that a web page on
    # another site cannot read the answers (which may repeat a patient's contact details).
    req = urllib.request.Request(
        servers.rasa_url + WEBHOOK, data=json_body(sender=sender, message="hello"),
        headers={"Content-Type": "text/plain", "Origin": "https://attacker.example"},
    )
    with urllib.request.urlopen(req, timeout=60) as response:
        allowed = response.headers.get("Access-Control-Allow-Origin")
    assert allowed in (None, ""), allowed
    status, answer = request(servers, WEBHOOK, method="OPTIONS", content_type=None)
    assert status < 500


def test_the_http_api_refuses_requests_without_the_right_token(servers, sender):
    servers.send(sender, "hello")
    path = f"/conversations/{sender}/tracker"
    assert request(servers, path, method="GET", content_type=None)[0] == 401
    assert request(servers, path + "?token=wrong", method="GET", content_type=None)[0] == 401
    assert request(servers, path + "?token=" + servers.api_token[:-1], method="GET", content_type=None)[0] == 401
    status, _ = request(servers, "/model", json_body(model_file="/tmp/other-model.tar.gz"), method="PUT")
    assert status == 401
    # The same request with the token is answered, so the 401s above came from the token check.
    assert request(servers, path + "?token=" + servers.api_token, method="GET", content_type=None)[0] == 200
    assert "call 000" in texts(servers.send(sender, "hello"))


# Arbitrary request bodies: JSON-ish structures and text from every Unicode category.
UNICODE_TEXT = st.one_of(
    st.text(max_size=200),
    st.text(st.characters(categories=["Cc", "Cf", "Co", "Cs", "Mn", "Me", "Zs", "Zl", "Zp"]), max_size=40),
    st.text(st.characters(categories=["Lo", "Lm", "So", "Sk", "Mn", "Nd", "P"]), min_size=1, max_size=80),
    st.builds(
        lambda name, data: f"/{name}{json.dumps(data)}",
        st.sampled_from(["book_appointment", "choose_slot", "greet", "restart", "x"]),
        st.dictionaries(st.text(max_size=12), st.text(max_size=12), max_size=3),
    ),
    st.sampled_from(list(MESSAGES.values())),
)
JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | UNICODE_TEXT,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children, max_size=3),
    max_leaves=8,
)
MESSAGE_BODIES = st.fixed_dictionaries({"message": UNICODE_TEXT}).map(lambda body: ("message", body))
ODD_BODIES = st.one_of(
    st.fixed_dictionaries({}, optional={"sender": JSONISH, "message": JSONISH, "metadata": JSONISH}),
    JSONISH,
).map(lambda body: ("json", body))
RAW_BODIES = st.binary(max_size=300).map(lambda body: ("raw", body))


@settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=st.one_of(MESSAGE_BODIES, MESSAGE_BODIES, ODD_BODIES, RAW_BODIES))
def test_arbitrary_bodies_never_crash_the_webhook(servers, case):
    kind, body = case
    if kind == "message":
        body = {**body, "sender": new_sender()}
    elif kind == "json" and isinstance(body, dict) and "sender" not in body:
        body = {**body, "sender": new_sender()}
    data = body if kind == "raw" else json.dumps(body).encode()
    status, answer = request(servers, WEBHOOK, data)
    assert status < 500, (status, answer[:300])
    replies = json.loads(answer) if status == 200 else []
    # Only the texts: an arbitrary sender id comes back as recipient_id.
    reply_text = texts(replies) if isinstance(replies, list) else answer.decode("utf-8", "replace")
    assert_no_leak(reply_text.encode() if status == 200 else answer)
    if kind == "message":
        # Any text message gets a reply a patient can read, if only the emergency number.
        assert_readable_answer(status, answer)
