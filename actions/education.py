"""Actions around the education answers."""
from __future__ import annotations

import logging
from typing import Any, Optional

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from clinic.db import session_scope
from clinic.models import Feedback

logger = logging.getLogger(__name__)


def last_answered_topic(tracker: Tracker) -> Optional[str]:
    """The topic id of the most recent education answer in this session, if any."""
    for event in reversed(tracker.events):
        if event.get("event") != "user":
            continue
        intent = (event.get("parse_data") or {}).get("intent") or {}
        full_name = intent.get("full_retrieval_intent_name") or ""
        if full_name.startswith("faq/"):
            return full_name.split("/", 1)[1]
    return None


class ActionRecordFeedback(Action):
    def name(self) -> str:
        return "action_record_feedback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        topic = last_answered_topic(tracker)
        if topic is None:
            dispatcher.utter_message(response="utter_anything_else")
            return []
        helpful = tracker.latest_message.get("intent", {}).get("name") == "feedback_helpful"
        try:
            with session_scope() as session:
                session.add(Feedback(topic=topic, helpful=helpful))
        except SQLAlchemyError:
            # The patient still gets a thank-you; losing one vote must not break the chat.
            logger.exception("Could not store feedback")
        dispatcher.utter_message(response="utter_feedback_thanks")
        return []


class ActionTellMore(Action):
    """Sends the "tell me more" part of the last answer. The domain holds it as
    utter_more_<topic> (generated from content/topics.yml) for topics that have one."""

    def name(self) -> str:
        return "action_tell_more"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        topic = last_answered_topic(tracker)
        response = f"utter_more_{topic}" if topic else None
        if response and response in domain.get("responses", {}):
            dispatcher.utter_message(response=response)
        else:
            dispatcher.utter_message(response="utter_no_more")
        return []
