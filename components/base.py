"""Shared plumbing for the project's rule-based NLU components."""
from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, RESPONSE_SELECTOR
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

OUT_OF_SCOPE = "out_of_scope"
# The education topic a message is surely about, whatever its intent (set by the FaqConfidenceGate).
SURE_TOPIC = "sure_topic"


class RuleComponent(GraphComponent):
    """A component that learns nothing: it is built from its config (merged over
    `get_default_config()`) and only acts in `process`."""

    def __init__(self, config: dict[str, Any]) -> None:
        self.config = config

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "RuleComponent":
        return cls({**cls.get_default_config(), **config})

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data


def override_intent(message: Message, name: str) -> None:
    """Makes `name` the message's intent, first in its ranking; the classifier's own
    ranking follows it."""
    ranking = [entry for entry in message.get(INTENT_RANKING_KEY) or [] if entry.get("name") != name]
    chosen = {"name": name, "confidence": 1.0}
    message.set(INTENT, chosen, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [chosen, *ranking], add_to_output=True)


def selector_output(message: Message, retrieval_intent: str) -> dict[str, Any]:
    """The response selector's output for `retrieval_intent` (its ranking and its response)."""
    return (message.get(RESPONSE_SELECTOR) or {}).get(retrieval_intent) or {}


def select_response(message: Message, retrieval_intent: str, chosen: dict, ranking: list[dict]) -> None:
    """Makes `chosen` (a response-selector ranking entry) the answer of `retrieval_intent`,
    ranked before the other topics of `ranking`. Rasa answers with the domain's
    `utter_action` and names the topic after `intent_response_key`; the selector's copy of
    another topic's texts is dropped rather than left beside the wrong topic."""
    selector = dict(message.get(RESPONSE_SELECTOR) or {})
    output = dict(selector_output(message, retrieval_intent))
    key = chosen["intent_response_key"]
    output["ranking"] = [chosen, *(entry for entry in ranking if entry.get("intent_response_key") != key)]
    output["response"] = {**output.get("response", {}), "intent_response_key": key, "confidence": chosen.get("confidence", 0.0),
                          "utter_action": f"utter_{key}", "responses": []}
    selector[retrieval_intent] = output
    message.set(RESPONSE_SELECTOR, selector, add_to_output=True)
