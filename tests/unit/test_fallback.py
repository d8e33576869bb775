from rasa.shared.nlu.training_data.message import Message

from actions.fallback import ActionSuggestTopics, consecutive_fallbacks, likely_topics
from components.faq_gate import FaqConfidenceGate
from tests.helpers import user_event


def selector(*ranking):
    return {"faq": {"ranking": [{"intent_response_key": f"faq/{t}", "confidence": c} for t, c in ranking]}}


def fallback_event(text, *ranking):
    event = user_event(text, "nlu_fallback")
    event["parse_data"]["response_selector"] = selector(*ranking)
    return event


def gate(message_ranking, intent="faq"):
    message = Message(data={"text": "x", "intent": {"name": intent, "confidence": 0.99},
                            "response_selector": selector(*message_ranking)})
    FaqConfidenceGate(FaqConfidenceGate.get_default_config()).process([message])
    return message.get("intent")["name"]


def test_gate_keeps_a_confident_topic():
    assert gate([("pacing", 0.9), ("flare_ups", 0.05)]) == "faq"


def test_gate_turns_a_weak_topic_into_a_fallback():
    assert gate([("pacing", 0.4), ("flare_ups", 0.3)]) == "nlu_fallback"


def test_gate_turns_a_close_call_into_a_fallback():
    assert gate([("pacing", 0.52), ("flare_ups", 0.47)]) == "nlu_fallback"


def test_gate_ignores_other_intents():
    assert gate([("pacing", 0.1)], intent="greet") == "greet"


def test_likely_topics_are_ranked_and_known():
    parse = {"response_selector": selector(("pacing", 0.4), ("no_such_topic", 0.3), ("flare_ups", 0.2), ("evidence", 0.01))}
    assert likely_topics(parse) == ["pacing", "flare_ups"]


def test_consecutive_fallbacks_count_only_the_latest_run(make_tracker):
    tracker = make_tracker([fallback_event("a"), user_event("hi", "greet"), fallback_event("b"), fallback_event("c")])
    assert consecutive_fallbacks(tracker) == 2


async def test_first_miss_suggests_topics(dispatcher, make_tracker):
    tracker = make_tracker([fallback_event("boom bust?", ("pacing", 0.45), ("flare_ups", 0.3))])
    await ActionSuggestTopics().run(dispatcher, tracker, {})
    [message] = dispatcher.messages
    assert message["response"] == "utter_did_you_mean"
    titles = [b["title"] for b in message["buttons"]]
    assert len(titles) == 3 and titles[-1] == "Something else"
    assert all(b["payload"] == b["title"] for b in message["buttons"][:2])


async def test_second_miss_in_a_row_offers_a_person(dispatcher, make_tracker):
    tracker = make_tracker([fallback_event("x", ("pacing", 0.4)), fallback_event("y", ("pacing", 0.4))])
    await ActionSuggestTopics().run(dispatcher, tracker, {})
    assert [m["response"] for m in dispatcher.messages] == ["utter_offer_human_help"]
