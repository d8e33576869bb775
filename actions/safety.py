"""Red-flag screening: answer interpretation, outcome, and the clinic's urgent-case record.

The emergency and crisis replies themselves are plain responses chosen by rules
(data/rules/safety.yml); nothing here is needed for a patient to be told to call the
emergency number. These actions add the screening logic and the record for the clinic.
"""
from __future__ import annotations

import logging
import re
from datetime import datetime, timezone
from functools import partial
from typing import Any, Optional

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.transcript import transcript_of
from clinic.db import session_scope
from clinic.hours import clinic_hours, describe
from clinic.models import UrgentCase
from clinic.outbox import enqueue

logger = logging.getLogger(__name__)

YES, NO, UNSURE, SKIPPED = "yes", "no", "unsure", "skipped"
EMERGENCY, URGENT, NONE = "emergency", "urgent", "none"

# Screening question (slot) -> the sign it asks about, in the order they are asked.
SLOT_SIGNS = {
    "rf_bladder_bowel": "bladder_bowel",
    "rf_saddle_numbness": "saddle_numbness",
    "rf_sexual_function": "sexual_function",
    "rf_leg_weakness": "leg_weakness",
    "rf_trauma": "trauma",
    "rf_systemic": "systemic",
    "rf_cancer_history": "cancer_history",
}
CRISIS_SUPPORT_TOPIC = "faq/crisis_support"
EMERGENCY_SIGNS = {"bladder_bowel", "saddle_numbness", "sexual_function", "leg_weakness"}

_UNSURE_WORDS = re.compile(r"\b(not sure|unsure|dunno|don'?t know|no idea|maybe|might|possibly|perhaps|can'?t (say|tell)|hard to (say|tell))\b")
_NO_WORDS = re.compile(r"^\s*(no+|nope|nah|never|not really|not at all|none|negative|definitely not|i don'?t think so)\b")
_YES_WORDS = re.compile(
    r"\b(yes|yeah|yep|yup|ya|yea|i think so|a (bit|little)|sometimes|occasionally|kind of|kinda|sort of|"
    r"only when|slightly|a few times|once or twice|it does|i have|i do|correct|true)\b"
)


def interpret_answer(text: str) -> Optional[str]:
    """yes, no or unsure from a free-text answer to a yes/no question; None if unclear.
    Uncertainty wins over yes and no, because not sure counts as a possible yes."""
    text = (text or "").lower().strip()
    if _UNSURE_WORDS.search(text):
        return UNSURE
    if _NO_WORDS.search(text):
        return NO
    if _YES_WORDS.search(text):
        return YES
    return None


def reported_signs(tracker: Tracker) -> set[str]:
    """Signs the safety layer found in the patient's own messages this session."""
    signs: set[str] = set()
    for event in reversed(tracker.events):
        if event.get("event") == "session_started":
            break
        if event.get("event") == "user":
            for entity in (event.get("parse_data") or {}).get("entities") or []:
                if entity.get("entity") == "red_flag_sign":
                    signs.add(entity.get("value"))
    return signs


def _asks_about_crisis_support(tracker: Tracker) -> bool:
    intent = tracker.latest_message.get("intent") or {}
    return intent.get("full_retrieval_intent_name") == CRISIS_SUPPORT_TOPIC


def screening_answers(tracker: Tracker) -> dict[str, str]:
    return {slot: tracker.get_slot(slot) for slot in SLOT_SIGNS if tracker.get_slot(slot) is not None}


def outcome_of(answers: dict[str, str], signs: set[str]) -> str:
    """emergency if any emergency sign is a yes or a not sure, urgent if any other is,
    none otherwise. A sign the patient reported in their own words counts as a yes."""
    positive = {SLOT_SIGNS[slot] for slot, answer in answers.items() if answer in (YES, UNSURE)} | signs
    if positive & EMERGENCY_SIGNS:
        return EMERGENCY
    return URGENT if positive else NONE


class ValidateRedFlagForm(FormValidationAction):
    """Asks only what is still unknown, and stops at the first emergency answer so the
    emergency advice comes before anything else."""

    def name(self) -> str:
        return "validate_red_flag_form"

    async def required_slots(
        self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[str]:
        signs = reported_signs(tracker)
        if outcome_of(screening_answers(tracker), signs) == EMERGENCY:
            return []
        return [slot for slot in domain_slots if SLOT_SIGNS.get(slot) not in signs]

    async def _validate_answer(
        self, slot: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value in (YES, NO, UNSURE):
            return {slot: value}
        if _asks_about_crisis_support(tracker):
            # "Is Lifeline open at night?" is a question, not an answer: it gets its answer
            # and the same screening question comes again.
            dispatcher.utter_message(response=f"utter_{CRISIS_SUPPORT_TOPIC}")
            return {slot: None}
        answer = interpret_answer(str(value))
        if answer is None:
            dispatcher.utter_message(response="utter_red_flag_rephrase")
        return {slot: answer}

    def __getattr__(self, name: str):
        # rasa-sdk looks up validate_<slot> for each slot; every screening question is
        # validated the same way.
        slot = name.removeprefix("validate_")
        if name.startswith("validate_") and slot in SLOT_SIGNS:
            return partial(self._validate_answer, slot)
        raise AttributeError(name)


class ActionApplyReportedSigns(Action):
    """A red flag described mid-screening answers the question being asked with a yes;
    the signs it names are picked up by the form from the message itself."""

    def name(self) -> str:
        return "action_apply_reported_signs"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        requested = tracker.get_slot("requested_slot")
        return [SlotSet(requested, YES)] if requested in SLOT_SIGNS else []


def record_urgent_case(tracker: Tracker, outcome: str) -> bool:
    """Store the case for the clinic queue; False (and a log line without patient data)
    if the database is unavailable."""
    try:
        with session_scope() as session:
            case = UrgentCase(
                conversation_id=tracker.sender_id,
                outcome=outcome,
                answers=screening_answers(tracker),
                signs=sorted(reported_signs(tracker)),
                transcript=transcript_of(tracker),
            )
            session.add(case)
            session.flush()
            enqueue(session, "urgent_case.created", case)
        return True
    except SQLAlchemyError as error:
        logger.error("Could not store an urgent case: %s", type(error).__name__)
        return False


def tell_clinic_follow_up(dispatcher: CollectingDispatcher, now: Optional[datetime] = None) -> None:
    now = now or datetime.now(timezone.utc)
    hours = clinic_hours()
    if hours.is_open(now):
        dispatcher.utter_message(response="utter_urgent_case_logged")
        return
    opening = hours.next_opening(now)
    dispatcher.utter_message(
        response="utter_urgent_case_logged_after_hours",
        clinic_next_open=describe(opening, now) if opening else "next open",
    )


class ActionRecordUrgentCase(Action):
    """Runs after the emergency advice has already been sent by a rule."""

    def name(self) -> str:
        return "action_record_urgent_case"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        if record_urgent_case(tracker, EMERGENCY):
            tell_clinic_follow_up(dispatcher)
        return [SlotSet("red_flag_outcome", EMERGENCY)]


class ActionRedFlagOutcome(Action):
    def name(self) -> str:
        return "action_red_flag_outcome"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        outcome = outcome_of(screening_answers(tracker), reported_signs(tracker))
        if outcome == EMERGENCY:
            dispatcher.utter_message(response="utter_red_flag_emergency")
        elif outcome == URGENT:
            dispatcher.utter_message(response="utter_red_flag_urgent")
        else:
            dispatcher.utter_message(response="utter_red_flag_none")
        if outcome != NONE and record_urgent_case(tracker, outcome):
            tell_clinic_follow_up(dispatcher)
        if outcome == URGENT:
            dispatcher.utter_message(response="utter_offer_booking")
        # The answers are kept with the case; clearing them lets a later check start fresh.
        return [SlotSet("red_flag_outcome", outcome)] + [SlotSet(slot, None) for slot in SLOT_SIGNS]
