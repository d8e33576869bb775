"""Booking requests for other things are out of scope; the clinic's own stay bookings."""
import pytest
from rasa.shared.nlu.training_data.message import Message

from components.booking_scope import BookingScope


def run(text, intent):
    message = Message(data={"text": text, "intent": {"name": intent, "confidence": 0.9},
                            "intent_ranking": [{"name": intent, "confidence": 0.9}]})
    BookingScope({}).process([message])
    return message.get("intent")["name"]


@pytest.mark.parametrize("text, intent", [
    ("reserve a table at an italian place for saturday night", "book_appointment"),
    ("can i cancel my amazon order", "cancel_booking"),
    ("cancel my piano lesson on wednesday", "cancel_booking"),
    ("book me a flight to Perth", "book_appointment"),
])
def test_other_bookings_are_out_of_scope(text, intent):
    assert run(text, intent) == "out_of_scope"


@pytest.mark.parametrize("text, intent", [
    ("can I book an appointment", "book_appointment"),
    ("cancel B-7KQ2-9XMD", "cancel_booking"),
    ("cancel my physio session, my flight got moved", "cancel_booking"),
    ("book me in for my back", "book_appointment"),
    ("can I book?", "book_appointment"),
])
def test_clinic_bookings_stay(text, intent):
    assert run(text, intent) == intent


def test_other_intents_are_untouched():
    assert run("what is the best table height for my desk", "faq") == "faq"


@pytest.mark.parametrize("text", ["b-vdfw-adux", "B-7KQ2-9XMD", "c 7kq2 9xmd.", "B7KQ29XMD"])
def test_a_typed_reference_is_never_an_education_question(text):
    assert run(text, "faq") == "inform"


def test_a_sentence_with_a_reference_keeps_its_intent():
    assert run("please cancel B-7KQ2-9XMD", "cancel_booking") == "cancel_booking"
