"""NLU component: an answer goes only to messages that resemble what it was trained on.

DIET's softmax is sure of something for every message, even one from another world: "set
alarm at six thirty am" scored `faq` 0.95, "add jim and jerry to event" 1.0. The sentence
encoder knows better. This component keeps the all-MiniLM-L6-v2 sentence embedding (mean of
the language model's token features) of every training example and, when the classifier
chose an education answer or a booking, compares the message with that intent's examples
and with the out-of-scope examples. If the nearest out-of-scope example is nearer than the
nearest example of the chosen intent, or the chosen intent's nearest example is still far
(cosine below `min_similarity`), the intent becomes `out_of_scope`.

Safety intents are never touched, and the SafetyDetector runs after this component, so a
red flag or a crisis in the words still wins. Runs before the FaqConfidenceGate, so "set an
alarm for half past six" (faq 0.99, topic unsure) gets the out-of-scope reply, not "did you
mean ...?" with back-pain topics.

For an education question it also names the nearest topic by the same measure (the mean
cosine of the topic's `neighbours` closest examples) as `topic_neighbour`, which the
FaqConfidenceGate reads: when the response selector is unsure but its first choice is also
the encoder's nearest topic, the two independent readings agree and the answer is given
instead of "did you mean ...?". On two development sets by new authors, most "did you mean"
replies to education questions came from such agreement (the selector's first choice was
right for 97% of the questions, its confidence too low for 5-6% of them).

It also gives the encoder's own reading of the topic, `topic_reading`: the probabilities of
a logistic regression over the same embeddings, trained with the topic examples. The
selector reads words and character n-grams; this reads the sentence's meaning, and the two
err on different questions: on sixteen development sets by new authors the selector's first
choice was the right topic for 95.4% of the education questions, the regression's for
94.9%, and their mixture's (0.3 selector, 0.7 regression) for 96.9%; on two sets written
after that choice, 95.3, 95.0 and 97.4%. The FaqConfidenceGate mixes them.

Both readings are also given for a message the classifier read as a request to be checked
(`also_read`): "should I be worried about the disc bulge on my MRI?" is a question about a
topic as well, and the SafetyDetector answers it before the screening when the readings
agree on the topic.
"""
from __future__ import annotations

import logging
from typing import Any, Optional

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import FEATURE_TYPE_SEQUENCE, INTENT, INTENT_RANKING_KEY, INTENT_RESPONSE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.linear_model import LogisticRegression
from threadpoolctl import threadpool_limits

from components.base import OUT_OF_SCOPE, override_intent

logger = logging.getLogger(__name__)

FALLBACK = "nlu_fallback"
NEIGHBOUR = "topic_neighbour"
READING = "topic_reading"
EMBEDDINGS_FILE = "embeddings.npy"
LABELS_FILE = "labels.npy"
READING_WEIGHTS_FILE = "reading_weights.npy"
READING_BIAS_FILE = "reading_bias.npy"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class DomainGate(GraphComponent):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        # reading_c: the regression's inverse regularisation. On the development sets the
        # mixture's first choice was right for 96.7% of questions with 1, 96.9% with 10 and
        # 96.5% with 100.
        return {"gated_intents": ["faq", "book_appointment", "cancel_booking"], "min_similarity": 0.45,
                "retrieval_intent": "faq", "neighbours": 3, "reading_c": 10.0, "reading_ranking": 10,
                "also_read": ["request_red_flag_check"]}

    def __init__(self, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
                 embeddings: Optional[np.ndarray] = None, labels: Optional[np.ndarray] = None,
                 reading: Optional[tuple[np.ndarray, np.ndarray]] = None) -> None:
        self.config = config
        self.gated = set(config["gated_intents"])
        self.min_similarity = config["min_similarity"]
        self.retrieval_intent = config["retrieval_intent"]
        self.read_for = {self.retrieval_intent, *config["also_read"]}
        self.neighbours = config["neighbours"]
        self.reading_ranking = config["reading_ranking"]
        self.reading = reading
        self._model_storage = model_storage
        self._resource = resource
        # Grouped once: a message is compared only with its chosen intent's examples and
        # the out-of-scope ones, not with all of them. Labels are intents, or faq/<topic>.
        self.by_label: dict[str, np.ndarray] = {}
        self.topics: list[str] = []
        if embeddings is not None:
            intents = np.array([str(label).split("/")[0] for label in labels])
            self.by_label = {label: embeddings[intents == label].astype(np.float32)
                             for label in (*self.gated, OUT_OF_SCOPE) if (intents == label).any()}
            self._stack_topics(embeddings, labels)
        if reading is not None and len(reading[0]) != len(self.topics):
            logger.warning("DomainGate's topic reading does not match its topics; it is left out.")
            self.reading = None

    def _stack_topics(self, embeddings: np.ndarray, labels: np.ndarray) -> None:
        """Every topic's examples in one zero-padded block, so that one matrix product
        scores a message against all topics (34 separate products took over a millisecond)."""
        self.topics = [str(t) for t in np.unique(labels) if str(t).startswith(f"{self.retrieval_intent}/")]
        if not self.topics:
            return
        groups = [embeddings[labels == topic].astype(np.float32) for topic in self.topics]
        width = max(len(group) for group in groups)
        self.topic_block = np.zeros((len(groups), width, embeddings.shape[1]), dtype=np.float32)
        self.topic_padding = np.ones((len(groups), width), dtype=bool)
        for index, group in enumerate(groups):
            self.topic_block[index, :len(group)] = group
            self.topic_padding[index, :len(group)] = False
        self.topic_k = min(self.neighbours, min(len(group) for group in groups))

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "DomainGate":
        return cls({**cls.get_default_config(), **config}, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        vectors, labels = [], []
        for example in training_data.intent_examples:
            vector = sentence_embedding(example)
            if vector is not None:
                vectors.append(vector)
                labels.append(example.get(INTENT_RESPONSE_KEY) or example.get(INTENT))
        if not vectors:
            raise ValueError("DomainGate needs dense token features: put it after the language model featurizer.")
        embeddings, labels = np.stack(vectors), np.array(labels)
        with self._model_storage.write_to(self._resource) as directory:
            # float16 halves the model file; cosine ranks do not move at that precision.
            np.save(directory / EMBEDDINGS_FILE, embeddings.astype(np.float16))
            np.save(directory / LABELS_FILE, labels)
            topics = np.array([str(label).startswith(f"{self.retrieval_intent}/") for label in labels])
            if len(set(labels[topics])) > 1:
                weights, bias = self._fit_reading(embeddings[topics], labels[topics])
                np.save(directory / READING_WEIGHTS_FILE, weights)
                np.save(directory / READING_BIAS_FILE, bias)
        return self._resource

    def _fit_reading(self, embeddings: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Weights and bias of the topic regression, one row per topic in sorted order (the
        order of `self.topics` after loading). lbfgs is deterministic: same data, same model."""
        model = LogisticRegression(C=self.config["reading_c"], max_iter=3000)
        model.fit(embeddings, labels)
        return model.coef_.astype(np.float32), model.intercept_.astype(np.float32)

    @classmethod
    def load(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "DomainGate":
        config = {**cls.get_default_config(), **config}
        try:
            with model_storage.read_from(resource) as directory:
                embeddings = np.load(directory / EMBEDDINGS_FILE)
                labels = np.load(directory / LABELS_FILE)
                reading = None
                if (directory / READING_WEIGHTS_FILE).exists():
                    reading = np.load(directory / READING_WEIGHTS_FILE), np.load(directory / READING_BIAS_FILE)
        except ValueError:
            logger.warning("DomainGate has no trained embeddings; it will let every message through.")
            return cls(config, model_storage, resource)
        # One BLAS thread for the serving process. A Rasa process parses one message at a
        # time, and OpenBLAS's worker threads, woken by these matrix products, kept spinning
        # between messages: a parse cost 48 ms of CPU instead of 24 at the same speed, a
        # whole core taken from the other Rasa process of the production profile.
        threadpool_limits(limits=1, user_api="blas")
        return cls(config, model_storage, resource, embeddings, labels, reading)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            intent = (message.get(INTENT) or {}).get("name")
            gated = intent in self.by_label and intent != OUT_OF_SCOPE
            education = bool(self.topics) and _classifier_choice(message) in self.read_for
            # Greetings, answers and safety intents need no embedding at all.
            vector = sentence_embedding(message) if gated or education else None
            if vector is None:
                continue
            if gated and self.out_of_domain(vector, intent):
                override_intent(message, OUT_OF_SCOPE)
            elif education and not (intent == FALLBACK and self.retrieval_intent in self.by_label
                                    and self.out_of_domain(vector, self.retrieval_intent)):
                topic, similarity = self.nearest_topic(vector)
                message.set(NEIGHBOUR, {"topic": topic, "similarity": similarity}, add_to_output=True)
                if self.reading is not None:
                    message.set(READING, self.read_topic(vector), add_to_output=True)
        return messages

    def read_topic(self, vector: np.ndarray) -> list[dict[str, Any]]:
        """The regression's likeliest topics, most probable first."""
        weights, bias = self.reading
        scores = weights @ vector + bias
        probabilities = np.exp(scores - scores.max())
        probabilities /= probabilities.sum()
        best = np.argsort(-probabilities)[:self.reading_ranking]
        return [{"topic": self.topics[i], "probability": round(float(probabilities[i]), 4)} for i in best]

    def out_of_domain(self, vector: np.ndarray, intent: str) -> bool:
        nearest_own = float((self.by_label[intent] @ vector).max())
        other = self.by_label.get(OUT_OF_SCOPE)
        return nearest_own < self.min_similarity or (other is not None and float((other @ vector).max()) > nearest_own)

    def nearest_topic(self, vector: np.ndarray) -> tuple[str, float]:
        """The topic whose closest examples are nearest on average (several, so that one
        odd training line does not decide), and that mean cosine."""
        cosines = self.topic_block @ vector
        cosines[self.topic_padding] = -np.inf
        scores = np.partition(cosines, -self.topic_k, axis=1)[:, -self.topic_k:].mean(axis=1)
        best = int(np.argmax(scores))
        return self.topics[best], round(float(scores[best]), 4)


def _classifier_choice(message: Message) -> Optional[str]:
    """The intent chosen, or under a fallback the classifier's own first choice."""
    intent = (message.get(INTENT) or {}).get("name")
    if intent != FALLBACK:
        return intent
    return next((entry.get("name") for entry in message.get(INTENT_RANKING_KEY) or [] if entry.get("name") != FALLBACK), None)


def sentence_embedding(message: Message) -> Optional[np.ndarray]:
    """The unit-length mean of the message's dense token features (the sentence encoder's
    own pooling), or None when the message has none."""
    tokens = [feature.features for feature in message.features
              if feature.attribute == TEXT and feature.type == FEATURE_TYPE_SEQUENCE and feature.is_dense()]
    if not tokens:
        return None
    matrix = np.concatenate(tokens, axis=-1) if len(tokens) > 1 else tokens[0]
    vector = np.asarray(matrix, dtype=np.float32).mean(axis=0)
    norm = np.linalg.norm(vector)
    return vector / norm if norm else None
