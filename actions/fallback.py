"""What the assistant does when it is not sure what the patient asked."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.content import topic_titles

MAX_SUGGESTIONS = 3
MIN_SUGGESTION_CONFIDENCE = 0.05


def consecutive_fallbacks(tracker: Tracker) -> int:
    """How many of the latest user messages in a row were not understood."""
    count = 0
    for event in reversed(tracker.events):
        if event.get("event") == "session_started":
            break
        if event.get("event") != "user":
            continue
        if ((event.get("parse_data") or {}).get("intent") or {}).get("name") != "nlu_fallback":
            break
        count += 1
    return count


def likely_topics(parse_data: dict[str, Any]) -> list[str]:
    """The education topics the response selector ranked highest for this message."""
    selector = (parse_data.get("response_selector") or {}).get("faq") or {}
    titles = topic_titles()
    topics = []
    for entry in selector.get("ranking") or []:
        topic = (entry.get("intent_response_key") or "").split("/", 1)[-1]
        if topic in titles and entry.get("confidence", 0.0) >= MIN_SUGGESTION_CONFIDENCE:
            topics.append(topic)
    return topics[:MAX_SUGGESTIONS]


class ActionSuggestTopics(Action):
    """First miss: "did you mean ...?" with the likeliest topics. Second miss in a row:
    offer a booking or a call back from the clinic instead of guessing again."""

    def name(self) -> str:
        return "action_suggest_topics"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        if consecutive_fallbacks(tracker) >= 2:
            dispatcher.utter_message(response="utter_offer_human_help")
            return []
        topics = likely_topics(tracker.latest_message)
        if not topics:
            dispatcher.utter_message(response="utter_default")
            return []
        titles = topic_titles()
        buttons = [{"title": titles[t], "payload": titles[t]} for t in topics]
        buttons.append({"title": "Something else", "payload": "/ask_capabilities"})
        dispatcher.utter_message(response="utter_did_you_mean", buttons=buttons)
        return []
