"""NLU component: turns a weak education-topic guess into a fallback.

DIET merges every faq/<topic> into one `faq` intent, so the FallbackClassifier only sees
how sure the model is that the message is *some* education question. An off-topic or
ambiguous message can score faq 0.98 while the ResponseSelector is unsure which topic it
is. This component checks the selector's own confidence and its margin over the runner-up
and, when either is too low, makes the intent `nlu_fallback` so the assistant asks "did
you mean ...?" instead of answering the wrong question.

A second, independent reading settles some of those doubts: the DomainGate's nearest topic
by sentence embedding (`topic_neighbour`). When it names the selector's first choice, at
least `neighbour_similarity` close, the answer is given. When it names one of the
selector's other `neighbour_choices` first choices, at least `neighbour_pick_similarity`
close, that topic is answered instead: two readings that each rank it near the top (not
when the classifier gave a safety intent `safety_doubt` or more, as below). The same
agreement answers an
education question the FallbackClassifier held back ("I'm scared to move": DIET unsure
between faq and another intent) when the selector is at least `sure_topic` sure of its
topic, unless the classifier gave a red flag, a crisis or a check request
`safety_doubt` or more: such a message stays a fallback, so the SafetyDetector's rule for
unsure health messages (start the screening) still applies to it.
"""
from __future__ import annotations

from typing import Any, Optional

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY
from rasa.shared.nlu.training_data.message import Message

from components.base import RuleComponent, select_response
from components.domain_gate import NEIGHBOUR
from components.safety_detector import SAFETY_INTENTS

FALLBACK_INTENT = "nlu_fallback"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class FaqConfidenceGate(RuleComponent):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"retrieval_intent": "faq", "threshold": 0.5, "margin": 0.1,
                "neighbour_similarity": 0.5, "neighbour_choices": 3, "neighbour_pick_similarity": 0.6,
                "sure_topic": 0.9, "safety_doubt": 0.35}

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__(config)
        self.retrieval_intent = config["retrieval_intent"]
        self.threshold = config["threshold"]
        self.margin = config["margin"]
        self.neighbour_similarity = config["neighbour_similarity"]
        self.neighbour_choices = config["neighbour_choices"]
        self.neighbour_pick_similarity = config["neighbour_pick_similarity"]
        self.sure_topic = config["sure_topic"]
        self.safety_doubt = config["safety_doubt"]

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            intent = (message.get(INTENT) or {}).get("name")
            if intent == self.retrieval_intent and self._unsure(message) and not self._neighbour_agrees(message):
                picked = self._neighbour_pick(message)
                if picked is not None:
                    self._answer_with(message, picked)
                    continue
                fallback = {"name": FALLBACK_INTENT, "confidence": self.threshold}
                message.set(INTENT, fallback, add_to_output=True)
                message.set(INTENT_RANKING_KEY, [fallback, *(message.get(INTENT_RANKING_KEY) or [])], add_to_output=True)
            elif intent == FALLBACK_INTENT and self._answerable_fallback(message):
                ranking = [entry for entry in message.get(INTENT_RANKING_KEY) or [] if entry.get("name") != FALLBACK_INTENT]
                message.set(INTENT, ranking[0], add_to_output=True)
                message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages

    def _ranking(self, message: Message) -> list[dict]:
        return ((message.get("response_selector") or {}).get(self.retrieval_intent) or {}).get("ranking") or []

    def _unsure(self, message: Message) -> bool:
        ranking = self._ranking(message)
        if not ranking:
            return False
        best = ranking[0].get("confidence", 0.0)
        runner_up = ranking[1].get("confidence", 0.0) if len(ranking) > 1 else 0.0
        return best < self.threshold or best - runner_up < self.margin

    def _neighbour_agrees(self, message: Message) -> bool:
        ranking = self._ranking(message)
        neighbour = message.get(NEIGHBOUR) or {}
        return bool(ranking) and neighbour.get("topic") == ranking[0].get("intent_response_key") and (
            neighbour.get("similarity", 0.0) >= self.neighbour_similarity)

    def _neighbour_pick(self, message: Message) -> Optional[int]:
        """The place in the selector's ranking of the nearest topic, if it is among the first
        `neighbour_choices` and close enough."""
        neighbour = message.get(NEIGHBOUR) or {}
        if neighbour.get("similarity", 0.0) < self.neighbour_pick_similarity or self._safety_doubt(message):
            return None
        keys = [entry.get("intent_response_key") for entry in self._ranking(message)[:self.neighbour_choices]]
        return keys.index(neighbour.get("topic")) if neighbour.get("topic") in keys else None

    def _answer_with(self, message: Message, place: int) -> None:
        """Makes the selector's entry at `place` its answer."""
        ranking = list(self._ranking(message))
        chosen = ranking.pop(place)
        select_response(message, self.retrieval_intent, chosen, ranking)

    def _answerable_fallback(self, message: Message) -> bool:
        classifier = [entry for entry in message.get(INTENT_RANKING_KEY) or [] if entry.get("name") != FALLBACK_INTENT]
        ranking = self._ranking(message)
        return bool(classifier and ranking) and classifier[0].get("name") == self.retrieval_intent and (
            ranking[0].get("confidence", 0.0) >= self.sure_topic) and self._neighbour_agrees(message) and not self._safety_doubt(message)

    def _safety_doubt(self, message: Message) -> bool:
        """The classifier gave a red flag, a crisis or a check request some weight: such a
        message keeps its doubt, so the safety layer's rule for unsure health messages applies."""
        return any(entry.get("confidence", 0.0) >= self.safety_doubt for entry in message.get(INTENT_RANKING_KEY) or []
                   if entry.get("name") in SAFETY_INTENTS)
