"""The first NLU component removes what the tokenizers disagree on, on every way into NLU."""
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.visible_text import VisibleText, visible


def test_variation_selectors_after_symbols_and_control_characters_go():
    assert visible("a permanent nap \U0001f4a4\u26b0\ufe0f") == "a permanent nap \U0001f4a4\u26b0"
    assert visible("numb\u200b down there\x07") == "numb  down there "


def test_accents_and_ordinary_text_stay():
    assert visible("caf\u00e9 r\u00e9sum\u00e9, line one\nline two") == "caf\u00e9 r\u00e9sum\u00e9, line one\nline two"
    assert visible("e\u0301") == "\u00e9"


def test_component_cleans_messages_and_training_examples():
    component = VisibleText({})
    message = Message(data={TEXT: "can't wee \u2639\ufe0f"})
    component.process([message])
    assert message.get(TEXT) == "can't wee \u2639"
    example = Message(data={TEXT: "sore \u2764\ufe0f", "intent": "faq"})
    component.process_training_data(TrainingData([example]))
    assert example.get(TEXT) == "sore \u2764"
