"""Characters that make the NLU pipeline disagree with itself, and the component that
removes them before any other component reads a message.

The language model's tokenizer drops control, format, private-use and unassigned
characters (Unicode category C*), U+FFFD and combining marks with no letter or digit
before them, while spaCy keeps them; the two token counts then differ and DIET fails the
whole turn, safety layer included ("a permanent nap 💤⚰️": U+FE0F after a symbol). Such
characters also hide text from staff and from the safety patterns. The channel guard cleans patient messages the same way; this component covers every other
way into NLU (the HTTP API's /model/parse, `rasa shell`, tests, reports).
"""
from __future__ import annotations

import unicodedata

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.base import RuleComponent


def visible(text: str) -> str:
    """NFC text where C* characters and U+FFFD become spaces and combining marks with no
    letter or digit before them are dropped; tabs and newlines stay."""
    kept: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        category = unicodedata.category(char)
        if char in "\t\n":
            kept.append(char)
        elif category[0] == "C" or char == "\ufffd":
            kept.append(" ")
        elif category in ("Mn", "Me") and not (kept and kept[-1].isalnum()):
            continue
        else:
            kept.append(char)
    return "".join(kept)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER], is_trainable=False)
class VisibleText(RuleComponent):
    @staticmethod
    def get_default_config() -> dict:
        return {}

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        for example in training_data.training_examples:
            self._clean(example)
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self._clean(message)
        return messages

    @staticmethod
    def _clean(message: Message) -> None:
        text = message.get(TEXT)
        if text:
            cleaned = visible(text)
            if cleaned != text:
                message.set(TEXT, cleaned)
