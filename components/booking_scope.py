"""NLU component: a booking or cancelling request for something that is not the clinic's
("book a table for four", "cancel my amazon order", "reschedule my flight") is out of
scope, not a clinic booking.

The classifier learns booking from verbs ("book", "cancel", "reschedule") more than from
what is booked, so requests of this kind reached the booking form. When the message names
something else to book and nothing of the clinic's, the intent becomes `out_of_scope`.

A message that is only a booking or call-back reference ("b-7kq2-9xmd") is `inform`: its
random letters sometimes looked like an education question to the classifier, and the
cancelling form asked for the reference again.
"""
from __future__ import annotations

import re
from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from components.base import OUT_OF_SCOPE, RuleComponent, override_intent

BOOKING_INTENTS = {"book_appointment", "cancel_booking"}
INFORM = "inform"
REFERENCE_ONLY = re.compile(r"^\s*[bc][\s-]?[a-z0-9]{4}[\s-]?[a-z0-9]{4}\s*[.!]?\s*$", re.IGNORECASE)

OTHER_THINGS = re.compile(
    r"\b(table|restaurant|dinner|lunch|brunch|flights?|hotel|airbnb|motel|train|bus|taxi|uber|cab|"
    r"rental car|hire car|car service|oil change|mechanic|haircut|hairdresser|barber|salon|nails|"
    r"dentist|vet|groomer|gym membership|membership|subscription|netflix|spotify|amazon|order|"
    r"parcel|package|delivery|concert|tickets?|movie|cinema|holiday|cruise|tour|plumber|"
    r"electrician|babysitter|piano|guitar|swimming lessons?|driving lessons?|meeting|interview)\b"
)
CLINIC = re.compile(
    r"\b(physio\w*|clinic|appointment|appt|session|consult\w*|assessment|doctor|gp|back|pain|"
    r"therap\w*|treatment|check ?up|b[- ]?\w{4}[- ]?\w{4}|c[- ]?\w{4}[- ]?\w{4})\b"
)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class BookingScope(RuleComponent):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {}

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if REFERENCE_ONLY.match(text):
                override_intent(message, INFORM)
            elif (message.get(INTENT) or {}).get("name") in BOOKING_INTENTS and _elsewhere(text):
                override_intent(message, OUT_OF_SCOPE)
        return messages


def _elsewhere(text: str) -> bool:
    lowered = text.lower()
    return bool(OTHER_THINGS.search(lowered)) and not CLINIC.search(lowered)
