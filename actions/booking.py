"""The booking conversation: appointment or call back, then cancelling by reference.

The rules in data/rules/booking.yml start the forms; these actions offer slots from the
clinic's calendar, read what the patient types, and store the result (clinic/booking.py)."""
from __future__ import annotations

import logging
import re
from datetime import datetime
from typing import Any, Optional
from zoneinfo import ZoneInfo

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.safety import interpret_answer
from actions.transcript import transcript_of
from clinic import booking
from clinic.contact import clean_email, clean_name, clean_phone, display_phone
from clinic.hours import describe
from clinic.settings import get_settings
from clinic.timeutil import utcnow

logger = logging.getLogger(__name__)

APPOINTMENT, CALLBACK = "appointment", "callback"
NO_SLOT = "callback"  # the value of the "None of these suit me" button
FORM_SLOTS = ("booking_mode", "booking_slot", "booking_name", "booking_contact", "booking_reason", "booking_consent")
MAX_REASON = 300
OFFERED = 6


def local(moment: datetime) -> datetime:
    return moment.astimezone(ZoneInfo(get_settings().clinic_timezone))


def slot_label(moment: datetime) -> str:
    """"Tue 24 Nov, 9:30 am" in the clinic's time zone."""
    when = local(moment)
    return f"{when:%a} {when.day} {when:%b}, {when:%I:%M %p}".replace(" 0", " ").replace("AM", "am").replace("PM", "pm")


def long_label(moment: datetime) -> str:
    when = local(moment)
    clock = f"{when:%I:%M %p}".lstrip("0").lower()
    return f"{when:%A} {when.day} {when:%B} at {clock}"


def _reset() -> list[EventType]:
    return [SlotSet(slot, None) for slot in FORM_SLOTS]


def _start(mode: str) -> list[EventType]:
    return _reset() + [SlotSet("booking_mode", mode)]


class ActionStartBooking(Action):
    def name(self) -> str:
        return "action_start_booking"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        try:
            has_slots = bool(booking.free_slots(limit=1))
        except SQLAlchemyError:
            logger.error("Could not read appointment slots")
            has_slots = False
        if has_slots:
            dispatcher.utter_message(response="utter_booking_intro")
            return _start(APPOINTMENT)
        dispatcher.utter_message(response="utter_no_free_slots")
        dispatcher.utter_message(response="utter_callback_intro")
        return _start(CALLBACK)


class ActionStartCallback(Action):
    """"Can I talk to a person": the same form without a slot. Details already given in a
    booking that was under way are kept."""

    def name(self) -> str:
        return "action_start_callback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        dispatcher.utter_message(response="utter_callback_intro")
        return [SlotSet("booking_mode", CALLBACK), SlotSet("booking_slot", None)]


class ActionAskBookingSlot(Action):
    """Offers the earliest free slots as buttons, plus a way out to a call back."""

    def name(self) -> str:
        return "action_ask_booking_slot"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        offers = booking.free_slots(limit=OFFERED)
        buttons = [
            {"title": slot_label(offer.starts_at), "payload": f'/choose_slot{{"booking_slot": "{offer.slot_id}"}}'}
            for offer in offers
        ]
        buttons.append({"title": "None of these suit me", "payload": f'/choose_slot{{"booking_slot": "{NO_SLOT}"}}'})
        dispatcher.utter_message(text="Which time suits you? Times are in the clinic's local time.", buttons=buttons)
        return []


def match_typed_slot(text: str, offers: list[booking.Offer]) -> Optional[int]:
    """The offered slot a typed answer means ("the first one", "tuesday 9:30", "9am"),
    when exactly one fits."""
    text = text.lower()
    ordinals = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "earliest": 0}
    for word, index in ordinals.items():
        if re.search(rf"\b{word}\b", text) and index < len(offers):
            return offers[index].slot_id
    candidates = []
    for offer in offers:
        when = local(offer.starts_at)
        day_named = when.strftime("%A").lower()[:3] in text
        hour = when.strftime("%I").lstrip("0")
        times = {f"{hour}:{when:%M}", f"{hour}.{when:%M}", f"{when:%H}:{when:%M}"}
        if when.minute == 0:
            times |= {f"{hour}{when:%p}".lower(), f"{hour} {when:%p}".lower()}
        time_named = any(re.search(rf"(?<![\d:.]){re.escape(t)}(?![\d])", text) for t in times)
        if time_named or (day_named and not re.search(r"\d", text)):
            candidates.append((day_named and time_named, offer.slot_id))
    best = [slot for both, slot in candidates if both] or [slot for _, slot in candidates]
    return best[0] if len(best) == 1 else None


class ValidateBookingForm(FormValidationAction):
    def name(self) -> str:
        return "validate_booking_form"

    async def required_slots(
        self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[str]:
        if tracker.get_slot("booking_mode") == CALLBACK:
            return [slot for slot in domain_slots if slot != "booking_slot"]
        return domain_slots

    async def validate_booking_slot(self, value: Any, dispatcher, tracker: Tracker, domain) -> dict[str, Any]:
        if value is None:  # cleared when the form starts, not an answer
            return {"booking_slot": None}
        value = str(value or "").strip()
        if value == NO_SLOT or re.search(r"\b(none|neither|no(ne)? of (these|them|those)|call (me )?back)\b", value.lower()):
            return {"booking_slot": None, "booking_mode": CALLBACK}
        offers = booking.free_slots(limit=OFFERED)
        if value.isdigit() and int(value) in {offer.slot_id for offer in offers}:
            return {"booking_slot": value}
        if value.isdigit():
            dispatcher.utter_message(response="utter_booking_slot_taken")
            return {"booking_slot": None}
        chosen = match_typed_slot(value, offers)
        if chosen is None:
            dispatcher.utter_message(response="utter_booking_slot_invalid")
            return {"booking_slot": None}
        return {"booking_slot": str(chosen)}

    async def validate_booking_name(self, value: Any, dispatcher, tracker: Tracker, domain) -> dict[str, Any]:
        if value is None:  # cleared when the form starts, not an answer
            return {"booking_name": None}
        name = clean_name(str(value or ""))
        if name is None:
            dispatcher.utter_message(response="utter_booking_name_invalid")
        return {"booking_name": name}

    async def validate_booking_contact(self, value: Any, dispatcher, tracker: Tracker, domain) -> dict[str, Any]:
        if value is None:  # cleared when the form starts, not an answer
            return {"booking_contact": None}
        text = str(value or "")
        contact = clean_email(text) if "@" in text else clean_phone(text)
        if contact is None:
            dispatcher.utter_message(response="utter_booking_contact_invalid")
        return {"booking_contact": contact}

    async def validate_booking_reason(self, value: Any, dispatcher, tracker: Tracker, domain) -> dict[str, Any]:
        if value is None:  # cleared when the form starts, not an answer
            return {"booking_reason": None}
        reason = " ".join(str(value or "").split())
        if len(reason) > MAX_REASON:
            dispatcher.utter_message(response="utter_booking_reason_too_long")
            reason = reason[:MAX_REASON].rsplit(" ", 1)[0] + "…"
        return {"booking_reason": reason or None}

    async def validate_booking_consent(self, value: Any, dispatcher, tracker: Tracker, domain) -> dict[str, Any]:
        if value is None:  # cleared when the form starts, not an answer
            return {"booking_consent": None}
        answer = value if value in ("yes", "no") else interpret_answer(str(value or ""))
        if answer not in ("yes", "no"):
            dispatcher.utter_message(response="utter_booking_consent_unclear")
            return {"booking_consent": None}
        return {"booking_consent": answer}


def _details(tracker: Tracker) -> booking.Details:
    contact = tracker.get_slot("booking_contact") or ""
    return booking.Details(
        name=tracker.get_slot("booking_name") or "",
        phone=None if "@" in contact else contact,
        email=contact if "@" in contact else None,
        reason=tracker.get_slot("booking_reason") or "",
        conversation_id=tracker.sender_id,
        transcript=transcript_of(tracker),
    )


def _shown(contact: str) -> str:
    return contact if "@" in contact else display_phone(contact)


class ActionSubmitBooking(Action):
    def name(self) -> str:
        return "action_submit_booking"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if tracker.get_slot("booking_consent") != "yes":
            dispatcher.utter_message(response="utter_booking_not_stored")
            return _reset()
        details = _details(tracker)
        try:
            if tracker.get_slot("booking_mode") == CALLBACK:
                return self._callback(dispatcher, details)
            return self._appointment(dispatcher, tracker, details)
        except SQLAlchemyError as error:
            logger.error("Could not store a booking request: %s", type(error).__name__)
            dispatcher.utter_message(response="utter_booking_failed")
            return _reset()

    def _appointment(self, dispatcher, tracker: Tracker, details: booking.Details) -> list[EventType]:
        try:
            reference, starts_at = booking.book(details, int(tracker.get_slot("booking_slot")))
        except (booking.SlotTaken, TypeError, ValueError):
            dispatcher.utter_message(response="utter_booking_slot_taken")
            # Back into the form: only the slot is asked again.
            return [SlotSet("booking_slot", None), FollowupAction("booking_form")]
        dispatcher.utter_message(
            text=(
                f"You're booked for **{long_label(starts_at)}** at {get_settings().clinic_name}. "
                f"Your reference is **{reference}**; keep it to change or cancel. "
                f"The clinic will contact you on {_shown(details.phone or details.email)} if anything changes.\n\n"
                f"**If your symptoms get much worse before then, or you have an emergency, call "
                f"{get_settings().emergency_number}.**"
            )
        )
        return _reset() + [SlotSet("booking_reference", reference)]

    def _callback(self, dispatcher, details: booking.Details) -> list[EventType]:
        now = utcnow()
        reference, open_now, due_by = booking.request_callback(details, now=now)
        contact = _shown(details.phone or details.email)
        if open_now:
            when = "The team has been told now and aims to contact you within two hours"
        else:
            when = (f"The clinic is closed now, so the team will contact you after it opens, "
                    f"{describe(local(due_by), now)} at the latest")
        dispatcher.utter_message(
            text=(
                f"Thanks, {details.name}. I've asked {get_settings().clinic_name} to contact you on {contact}. "
                f"{when}. Your reference is **{reference}**.\n\n"
                f"**If things get worse or you have an emergency, call {get_settings().emergency_number}.**"
            )
        )
        return _reset() + [SlotSet("booking_reference", reference)]


class ActionResetBooking(Action):
    def name(self) -> str:
        return "action_reset_booking"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        return _reset() + [SlotSet("cancel_reference", None)]


class ValidateCancelForm(FormValidationAction):
    def name(self) -> str:
        return "validate_cancel_form"

    async def validate_cancel_reference(self, value: Any, dispatcher, tracker: Tracker, domain) -> dict[str, Any]:
        match = re.search(r"\b[bB][\s-]?[\w]{4}[\s-]?[\w]{4}\b", str(value or ""))
        reference = booking.normalise_reference(match.group(0)) if match else ""
        if not reference:
            dispatcher.utter_message(response="utter_cancel_reference_not_found")
            return {"cancel_reference": None}
        return {"cancel_reference": reference}


class ActionCancelBooking(Action):
    def name(self) -> str:
        return "action_cancel_booking"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        reference = tracker.get_slot("cancel_reference") or ""
        try:
            result, starts_at = booking.cancel(reference)
        except SQLAlchemyError as error:
            logger.error("Could not cancel a booking: %s", type(error).__name__)
            dispatcher.utter_message(response="utter_booking_failed")
            return [SlotSet("cancel_reference", None)]
        phone = get_settings().clinic_phone
        messages = {
            booking.CANCELLED: f"Done: your appointment on {long_label(starts_at) if starts_at else ''} "
                               f"({reference}) is cancelled, and the clinic has been told.",
            booking.ALREADY_CANCELLED: f"That appointment ({reference}) was already cancelled. Nothing else to do.",
            booking.IN_PAST: f"That appointment ({reference}) has already passed, so there is nothing to cancel.",
            booking.NOT_FOUND: f"I couldn't find a booking with reference {reference}. Please check it, or call {phone}.",
        }
        dispatcher.utter_message(text=messages[result])
        return [SlotSet("cancel_reference", None)]
