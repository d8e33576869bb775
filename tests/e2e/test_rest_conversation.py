"""A short conversation over the REST channel against the real servers."""
import json
import sqlite3
import urllib.error
import urllib.request

import pytest
from ruamel.yaml import YAML

from tests.helpers import ROOT


def topic_answer(topic_id: str) -> str:
    topics = YAML(typ="safe").load((ROOT / "content" / "topics.yml").read_text())["topics"]
    return next(t["answer"].strip() for t in topics if t["id"] == topic_id)


def texts(replies: list[dict]) -> str:
    return "\n".join(reply.get("text", "") for reply in replies)


def test_greeting_states_limits_and_emergency_number(servers, sender):
    replies = servers.send(sender, "hello")
    text = texts(replies)
    assert "not a diagnosis" in text
    assert "call 000" in text
    assert replies[-1]["buttons"], "the greeting offers topics as buttons"


def test_education_answer_comes_from_the_content_with_its_source(servers, sender):
    replies = servers.send(sender, "what is central sensitisation?")
    text = texts(replies)
    assert text.startswith(topic_answer("what_is_sensitisation"))
    assert "_Source:" in text
    titles = [button["title"] for button in replies[-1]["buttons"]]
    assert "Check warning signs" in titles and "Book an appointment" in titles


def test_feedback_on_an_answer_is_stored(servers, sender):
    servers.send(sender, "my mri came back normal so why do i still hurt")
    replies = servers.send(sender, "/feedback_helpful")
    assert "Thanks for letting me know" in texts(replies)
    with sqlite3.connect(servers.workdir / "clinic.db") as connection:
        rows = connection.execute("SELECT topic, helpful FROM feedback").fetchall()
    assert ("normal_scans", 1) in rows


def test_tell_me_more_continues_the_same_topic(servers, sender):
    servers.send(sender, "is it safe to bend and lift with back pain")
    replies = servers.send(sender, "/ask_more")
    topics = YAML(typ="safe").load((ROOT / "content" / "topics.yml").read_text())["topics"]
    more = next(t["more"].strip() for t in topics if t["id"] == "movement_safety")
    assert texts(replies) == more


def test_conversation_is_kept_in_the_sql_tracker_store(servers, sender):
    servers.send(sender, "hi")
    with sqlite3.connect(servers.workdir / "tracker.db") as connection:
        count = connection.execute("SELECT COUNT(*) FROM events WHERE sender_id = ?", (sender,)).fetchone()[0]
    assert count > 0


def trigger(servers, sender, intent):
    """Run the assistant's next turn as if NLU had returned `intent` (HTTP API, with token)."""
    request = urllib.request.Request(
        f"{servers.rasa_url}/conversations/{sender}/trigger_intent?token={servers.api_token}",
        data=json.dumps({"name": intent}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())["messages"]


def test_two_misses_in_a_row_offer_a_person(servers, sender):
    # trigger_intent makes both turns certain misses, whatever the model makes of any text.
    first = trigger(servers, sender, "nlu_fallback")
    assert "didn't catch that" in texts(first)
    second = trigger(servers, sender, "nlu_fallback")
    assert "talk to someone" in texts(second)
    assert [button["title"] for button in second[-1]["buttons"]] == ["Book an appointment", "Ask for a call back"]


def test_parse_reports_the_chosen_topic_and_needs_the_token(servers):
    body = json.dumps({"text": "why do i still hurt when my mri is normal"}).encode()
    headers = {"Content-Type": "application/json"}
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(urllib.request.Request(servers.rasa_url + "/model/parse", data=body, headers=headers))
    assert refused.value.code == 401
    url = f"{servers.rasa_url}/model/parse?token={servers.api_token}"
    with urllib.request.urlopen(urllib.request.Request(url, data=body, headers=headers), timeout=30) as response:
        parsed = json.loads(response.read())
    assert parsed["intent"]["full_retrieval_intent_name"] == "faq/normal_scans"
    assert parsed["response_selector"]["faq"]["response"]["intent_response_key"] == "faq/normal_scans"
    # The trained model carries the domain gate's topic regression, not only the selector.
    assert parsed["topic_reading"][0]["topic"] == "faq/normal_scans"


def test_a_long_conversation_moves_to_a_new_session_and_keeps_its_slots(servers, sender):
    from tests.e2e.conftest import MAX_SESSION_TURNS

    # Eight messages in the screening form: longer than a session, but a form is never cut.
    servers.send(sender, "should I be worried about my back?")
    for answer in ["/deny"] * 7:
        servers.send(sender, answer)
    for _ in range(MAX_SESSION_TURNS + 1):
        servers.send(sender, "thanks")
    with sqlite3.connect(servers.workdir / "tracker.db") as connection:
        starts = connection.execute(
            "SELECT COUNT(*) FROM events WHERE sender_id = ? AND type_name = 'session_started'", (sender,)
        ).fetchone()[0]
    assert starts == 3, "one at the start, one after the form, one after MAX_SESSION_TURNS more"
    request = urllib.request.Request(
        f"{servers.rasa_url}/conversations/{sender}/tracker?token={servers.api_token}")
    with urllib.request.urlopen(request) as response:
        tracker = json.loads(response.read())
    assert tracker["slots"]["red_flag_outcome"] == "none", "the screening outcome is carried over"
    assert texts(servers.send(sender, "hello")).startswith("Hi")


@pytest.mark.parametrize("text", ["set an alarm for half past six tomorrow", "play something by britney spears",
                                  "dim the lights in the lounge room"])
def test_assistant_requests_get_the_out_of_scope_reply(servers, sender, text):
    replies = texts(servers.send(sender, text))
    assert "outside what I can help with" in replies
    assert "_Source:" not in replies, "no education answer for a request from another world"
