"""NLU component: turns a weak education-topic guess into a fallback.

DIET merges every faq/<topic> into one `faq` intent, so the FallbackClassifier only sees
how sure the model is that the message is *some* education question. An off-topic or
ambiguous message can score faq 0.98 while the ResponseSelector is unsure which topic it
is. This component checks the selector's own confidence and its margin over the runner-up
and, when either is too low, makes the intent `nlu_fallback` so the assistant asks "did
you mean ...?" instead of answering the wrong question.
"""
from __future__ import annotations

from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY
from rasa.shared.nlu.training_data.message import Message

from components.base import RuleComponent

FALLBACK_INTENT = "nlu_fallback"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class FaqConfidenceGate(RuleComponent):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"retrieval_intent": "faq", "threshold": 0.5, "margin": 0.1}

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__(config)
        self.retrieval_intent = config["retrieval_intent"]
        self.threshold = config["threshold"]
        self.margin = config["margin"]

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            if (message.get(INTENT) or {}).get("name") == self.retrieval_intent and self._unsure(message):
                fallback = {"name": FALLBACK_INTENT, "confidence": self.threshold}
                message.set(INTENT, fallback, add_to_output=True)
                message.set(INTENT_RANKING_KEY, [fallback, *(message.get(INTENT_RANKING_KEY) or [])], add_to_output=True)
        return messages

    def _unsure(self, message: Message) -> bool:
        selector = (message.get("response_selector") or {}).get(self.retrieval_intent) or {}
        ranking = selector.get("ranking") or []
        if not ranking:
            return False
        best = ranking[0].get("confidence", 0.0)
        runner_up = ranking[1].get("confidence", 0.0) if len(ranking) > 1 else 0.0
        return best < self.threshold or best - runner_up < self.margin
