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

A third reading, the encoder's topic regression (`topic_reading`), is mixed with the
selector's confidences (`reading_weight` of the regression). Whenever a question is
answered, the topic of the mixture is answered when the mixture gives it at least
`reading_sure`; otherwise the selector's choice stands. A question the selector is unsure
of is answered with the mixture's topic when the mixture is that sure and the question is
at least `reading_similarity` close to some topic's examples (the encoder's nearest-topic
measure). Without that condition the rule would have answered 20 out-of-scope messages of
our sets, CLINC150 and HWU64 ("what should i wear to hike", 0.48 close); none was 0.55 close
(the closest 0.54), and 28 of the 41 education questions it answered rightly were. When
the question stays a fallback, its "did you mean ...?" choices come from the mixture.

Whatever the intent, a message whose mixture is that sure of a topic that is also its
nearest topic, that close, gets the topic as `sure_topic`: the SafetyDetector answers a
request to be checked with it before the screening questions.
"""
from __future__ import annotations

from typing import Any, Optional

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, RESPONSE_SELECTOR
from rasa.shared.nlu.training_data.message import Message

from components.base import SURE_TOPIC, RuleComponent, select_response, selector_output
from components.domain_gate import NEIGHBOUR, READING
from components.safety_detector import SAFETY_INTENTS

FALLBACK_INTENT = "nlu_fallback"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class FaqConfidenceGate(RuleComponent):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"retrieval_intent": "faq", "threshold": 0.5, "margin": 0.1,
                "neighbour_similarity": 0.5, "neighbour_choices": 3, "neighbour_pick_similarity": 0.6,
                "sure_topic": 0.9, "safety_doubt": 0.35,
                "reading_weight": 0.7, "reading_sure": 0.4, "reading_similarity": 0.55}

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
        self.reading_weight = config["reading_weight"]
        self.reading_sure = config["reading_sure"]
        self.reading_similarity = config["reading_similarity"]

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            intent = (message.get(INTENT) or {}).get("name")
            mixed = self._mixture(message)
            if self._readings_agree(message, mixed):
                message.set(SURE_TOPIC, mixed[0])
            answer: Optional[dict] = None
            if intent == self.retrieval_intent:
                ranking = self._ranking(message)
                if not self._unsure(message) or self._neighbour_agrees(message):
                    answer = ranking[0] if ranking else None
                elif (picked := self._neighbour_pick(message)) is not None:
                    answer = ranking[picked]
                elif self._mixture_settles(message, mixed):
                    answer = mixed[0]
                else:
                    self._fall_back(message, mixed)
            elif intent == FALLBACK_INTENT and self._answerable_fallback(message):
                classifier = [entry for entry in message.get(INTENT_RANKING_KEY) or [] if entry.get("name") != FALLBACK_INTENT]
                message.set(INTENT, classifier[0], add_to_output=True)
                message.set(INTENT_RANKING_KEY, classifier, add_to_output=True)
                answer = self._ranking(message)[0]
            if answer is not None:
                if mixed and mixed[0].get("confidence", 0.0) >= self.reading_sure:
                    answer = mixed[0]
                self._answer(message, answer, mixed)
        return messages

    def _fall_back(self, message: Message, mixed: list[dict]) -> None:
        fallback = {"name": FALLBACK_INTENT, "confidence": self.threshold}
        message.set(INTENT, fallback, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [fallback, *(message.get(INTENT_RANKING_KEY) or [])], add_to_output=True)
        if mixed:
            selector = dict(message.get(RESPONSE_SELECTOR) or {})
            selector[self.retrieval_intent] = {**selector_output(message, self.retrieval_intent), "ranking": mixed}
            message.set(RESPONSE_SELECTOR, selector, add_to_output=True)

    def _answer(self, message: Message, chosen: dict, mixed: list[dict]) -> None:
        """Answers `chosen`, unless it is already the selector's answer."""
        key = chosen.get("intent_response_key")
        current = selector_output(message, self.retrieval_intent).get("response") or {}
        if key == current.get("intent_response_key"):
            return
        select_response(message, self.retrieval_intent, chosen, mixed or self._ranking(message))

    def _mixture(self, message: Message) -> list[dict]:
        """The selector's and the regression's topic confidences mixed, best first; empty
        without a regression reading."""
        reading = {entry["topic"]: entry["probability"] for entry in message.get(READING) or []}
        if not reading:
            return []
        selector = {entry.get("intent_response_key"): entry for entry in self._ranking(message)}
        mixed = []
        for key in {*selector, *reading}:
            confidence = (1 - self.reading_weight) * selector.get(key, {}).get("confidence", 0.0) + (
                self.reading_weight * reading.get(key, 0.0))
            mixed.append({**selector.get(key, {}), "intent_response_key": key, "confidence": round(confidence, 4)})
        # Ties go by name, so the order never depends on set iteration.
        return sorted(mixed, key=lambda entry: (-entry["confidence"], entry["intent_response_key"]))

    def _mixture_sure(self, message: Message, mixed: list[dict]) -> bool:
        """The mixture is sure of its topic, for a message close to some topic's examples."""
        return bool(mixed) and mixed[0]["confidence"] >= self.reading_sure and (
            (message.get(NEIGHBOUR) or {}).get("similarity", 0.0) >= self.reading_similarity)

    def _mixture_settles(self, message: Message, mixed: list[dict]) -> bool:
        return self._mixture_sure(message, mixed) and not self._safety_doubt(message)

    def _readings_agree(self, message: Message, mixed: list[dict]) -> bool:
        """The mixture is sure of its topic, and the encoder's nearest topic is the same one."""
        return self._mixture_sure(message, mixed) and (message.get(NEIGHBOUR) or {}).get("topic") == mixed[0]["intent_response_key"]

    def _ranking(self, message: Message) -> list[dict]:
        return selector_output(message, self.retrieval_intent).get("ranking") or []

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
