import pytest
from rasa.shared.nlu.training_data.message import Message

from actions.fallback import ActionSuggestTopics, consecutive_fallbacks, likely_topics
from components.faq_gate import FaqConfidenceGate
from tests.helpers import user_event


def selector(*ranking):
    """The selector's output as Rasa gives it: its ranking and, as the answer, its first choice."""
    entries = [{"intent_response_key": f"faq/{t}", "confidence": c} for t, c in ranking]
    if not entries:
        return {"faq": {"ranking": []}}
    return {"faq": {"ranking": entries, "response": {**entries[0], "utter_action": f"utter_{entries[0]['intent_response_key']}"}}}


def fallback_event(text, *ranking):
    event = user_event(text, "nlu_fallback")
    event["parse_data"]["response_selector"] = selector(*ranking)
    return event


def gated(message_ranking, intent="faq", neighbour=None, classifier=(), reading=()):
    message = Message(data={"text": "x", "intent": {"name": intent, "confidence": 0.99},
                            "intent_ranking": [{"name": name, "confidence": c} for name, c in classifier],
                            "response_selector": selector(*message_ranking)})
    if neighbour:
        message.set("topic_neighbour", {"topic": f"faq/{neighbour[0]}", "similarity": neighbour[1]})
    if reading:
        message.set("topic_reading", [{"topic": f"faq/{t}", "probability": p} for t, p in reading])
    FaqConfidenceGate(FaqConfidenceGate.get_default_config()).process([message])
    return message


def gate(*args, **kwargs):
    return gated(*args, **kwargs).get("intent")["name"]


def test_gate_keeps_a_confident_topic():
    assert gate([("pacing", 0.9), ("flare_ups", 0.05)]) == "faq"


def test_gate_turns_a_weak_topic_into_a_fallback():
    assert gate([("pacing", 0.4), ("flare_ups", 0.3)]) == "nlu_fallback"


def test_gate_turns_a_close_call_into_a_fallback():
    assert gate([("pacing", 0.52), ("flare_ups", 0.47)]) == "nlu_fallback"


def test_an_unsure_topic_that_the_nearest_examples_confirm_is_answered():
    assert gate([("pacing", 0.4), ("flare_ups", 0.3)], neighbour=("pacing", 0.7)) == "faq"


@pytest.mark.parametrize("neighbour", [("evidence", 0.8), ("pacing", 0.4), ("flare_ups", 0.55), ("pain_education", 0.8)])
def test_a_neighbour_the_selector_ranks_low_or_that_is_far_leaves_the_doubt(neighbour):
    ranking = [("pacing", 0.4), ("flare_ups", 0.3), ("graded_activity", 0.1), ("pain_education", 0.05)]
    assert gate(ranking, neighbour=neighbour) == "nlu_fallback"


@pytest.mark.parametrize("neighbour", ["flare_ups", "graded_activity"])
def test_an_unsure_topic_gives_way_to_a_close_neighbour_among_the_selectors_first_choices(neighbour):
    message = gated([("pacing", 0.4), ("flare_ups", 0.3), ("graded_activity", 0.1)], neighbour=(neighbour, 0.7))
    answer = message.get("response_selector")["faq"]
    assert message.get("intent")["name"] == "faq"
    assert answer["response"]["intent_response_key"] == f"faq/{neighbour}"
    assert answer["response"]["utter_action"] == f"utter_faq/{neighbour}"
    assert [entry["intent_response_key"] for entry in answer["ranking"]][0] == f"faq/{neighbour}"
    assert len(answer["ranking"]) == 3


def test_an_unsure_topic_with_a_safety_doubt_stays_a_fallback_whatever_the_neighbour():
    classifier = [("faq", 0.6), ("report_red_flag", 0.38)]
    assert gate([("pacing", 0.4), ("flare_ups", 0.3)], neighbour=("flare_ups", 0.7), classifier=classifier) == "nlu_fallback"


HELD_BACK = [("nlu_fallback", 0.5), ("faq", 0.48), ("deny", 0.4)]


def test_a_held_back_question_is_answered_when_topic_and_neighbour_are_sure():
    assert gate([("fear_of_movement", 0.98)], intent="nlu_fallback", neighbour=("fear_of_movement", 0.8),
                classifier=HELD_BACK) == "faq"


@pytest.mark.parametrize("ranking, neighbour, classifier", [
    ([("fear_of_movement", 0.7)], ("fear_of_movement", 0.8), HELD_BACK),
    ([("fear_of_movement", 0.98)], ("pacing", 0.8), HELD_BACK),
    ([("fear_of_movement", 0.98)], ("fear_of_movement", 0.8), [("nlu_fallback", 0.5), ("faq", 0.45), ("report_red_flag", 0.4)]),
    ([("fear_of_movement", 0.98)], ("fear_of_movement", 0.8), [("nlu_fallback", 0.5), ("greet", 0.45), ("faq", 0.4)]),
])
def test_a_held_back_message_stays_a_fallback_when_unsure_or_possibly_a_red_flag(ranking, neighbour, classifier):
    assert gate(ranking, intent="nlu_fallback", neighbour=neighbour, classifier=classifier) == "nlu_fallback"


def answered(message):
    return message.get("intent")["name"], message.get("response_selector")["faq"].get("response", {}).get("intent_response_key")


def test_an_answer_takes_the_topic_the_selector_and_the_regression_together_prefer():
    # Mixed 0.3 / 0.7: pacing 0.3*0.6 + 0.7*0.05 = 0.215, flare_ups 0.3*0.3 + 0.7*0.9 = 0.72.
    message = gated([("pacing", 0.6), ("flare_ups", 0.3)], reading=[("flare_ups", 0.9), ("pacing", 0.05)])
    assert answered(message) == ("faq", "faq/flare_ups")
    assert message.get("response_selector")["faq"]["response"]["utter_action"] == "utter_faq/flare_ups"
    assert [entry["intent_response_key"] for entry in message.get("response_selector")["faq"]["ranking"]] == [
        "faq/flare_ups", "faq/pacing"]


def test_a_mixture_that_is_not_sure_leaves_the_selectors_answer():
    # flare_ups 0.3*0.3 + 0.7*0.4 = 0.37 and pacing 0.32: below 0.4, so the selector decides.
    message = gated([("pacing", 0.6), ("flare_ups", 0.3)], reading=[("flare_ups", 0.4), ("pacing", 0.2), ("evidence", 0.4)])
    assert answered(message) == ("faq", "faq/pacing")
    assert message.get("response_selector")["faq"]["ranking"][0] == {"intent_response_key": "faq/pacing", "confidence": 0.6}


def test_a_sure_regression_settles_an_unsure_selector_for_a_question_close_to_the_examples():
    message = gated([("pacing", 0.4), ("flare_ups", 0.35)], neighbour=("evidence", 0.6),
                    reading=[("flare_ups", 0.8), ("pacing", 0.1)])
    assert answered(message) == ("faq", "faq/flare_ups")


@pytest.mark.parametrize("neighbour, classifier, reading", [
    (("evidence", 0.5), (), [("flare_ups", 0.8), ("pacing", 0.1)]),
    (("evidence", 0.6), [("faq", 0.6), ("request_red_flag_check", 0.36)], [("flare_ups", 0.8), ("pacing", 0.1)]),
    (("evidence", 0.6), (), [("flare_ups", 0.35), ("pacing", 0.3), ("evidence", 0.3)]),
])
def test_an_unsure_selector_stays_a_fallback_when_far_doubtful_or_the_mixture_unsure(neighbour, classifier, reading):
    message = gated([("pacing", 0.4), ("flare_ups", 0.35)], neighbour=neighbour, classifier=classifier, reading=reading)
    assert message.get("intent")["name"] == "nlu_fallback"


def test_a_fallback_suggests_the_mixtures_likeliest_topics():
    message = gated([("pacing", 0.4), ("flare_ups", 0.35), ("evidence", 0.2)], neighbour=("evidence", 0.5),
                    reading=[("evidence", 0.5), ("flare_ups", 0.3), ("pacing", 0.01)])
    assert message.get("intent")["name"] == "nlu_fallback"
    assert likely_topics(message.as_dict()) == ["evidence", "flare_ups", "pacing"]


@pytest.mark.parametrize("intent", ["faq", "request_red_flag_check"])
def test_a_topic_both_readings_agree_on_is_named_sure_whatever_the_intent(intent):
    message = gated([("pacing", 0.3), ("flare_ups", 0.3)], intent=intent, neighbour=("flare_ups", 0.6),
                    reading=[("flare_ups", 0.7), ("pacing", 0.2)])
    assert message.get("sure_topic")["intent_response_key"] == "faq/flare_ups"
    assert message.get("intent")["name"] == intent


@pytest.mark.parametrize("neighbour, reading", [
    (("pacing", 0.6), [("flare_ups", 0.7), ("pacing", 0.2)]),  # the nearest topic is another one
    (("flare_ups", 0.5), [("flare_ups", 0.7), ("pacing", 0.2)]),  # the nearest examples are far
    (("flare_ups", 0.6), [("flare_ups", 0.35), ("pacing", 0.3)]),  # the mixture is unsure
])
def test_no_topic_is_named_sure_when_the_readings_differ_or_doubt(neighbour, reading):
    message = gated([("pacing", 0.3), ("flare_ups", 0.3)], intent="request_red_flag_check", neighbour=neighbour, reading=reading)
    assert message.get("sure_topic") is None


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
