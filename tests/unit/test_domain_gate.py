"""The domain gate, on real sentence-encoder features: an education answer or a booking
chosen for a message that resembles the out-of-scope examples becomes out_of_scope;
back-pain questions, safety intents and messages without features pass untouched; the
trained examples survive persisting and loading. An education question, answered or held
back by the fallback, is told its nearest topic and the topic regression's reading."""
from __future__ import annotations

from pathlib import Path

import pytest
from threadpoolctl import threadpool_info, threadpool_limits
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.featurizers.dense_featurizer.lm_featurizer import LanguageModelFeaturizer
from rasa.nlu.tokenizers.spacy_tokenizer import SpacyTokenizer
from rasa.nlu.utils.spacy_utils import SpacyNLP
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.compiled_lm_featurizer import CompiledLanguageModelFeaturizer
from components.domain_gate import DomainGate

ROOT = Path(__file__).resolve().parents[2]

TRAINING = [
    ("why does my back still hurt when my MRI was normal", "faq/normal_scans"),
    ("is it safe to bend and lift with back pain", "faq/movement_safety"),
    ("what is central sensitisation", "faq/what_is_sensitisation"),
    ("how long will my back pain last", "faq/recovery_time"),
    ("what can I do during a flare up", "faq/flare_ups"),
    ("can I book an appointment with the physio", "book_appointment"),
    ("I'd like to see someone this week", "book_appointment"),
    ("set an alarm for seven tomorrow", "out_of_scope"),
    ("play some music by the beatles", "out_of_scope"),
    ("what's the weather like in Sydney", "out_of_scope"),
    ("turn the lights off in the kitchen", "out_of_scope"),
    ("how much is my credit card bill", "out_of_scope"),
    ("I want to kill myself", "report_crisis"),
]


@pytest.fixture(scope="module")
def featurise():
    spacy = SpacyNLP.create({**SpacyNLP.get_default_config(), "model": str(ROOT / "models/nlp/spacy_en")}, None, None, None)
    tokenizer = SpacyTokenizer(SpacyTokenizer.get_default_config())
    config = {**LanguageModelFeaturizer.get_default_config(), "model_name": "bert",
              "model_weights": str(ROOT / "models/nlp/minilm")}
    featurizer = CompiledLanguageModelFeaturizer(config, ExecutionContext(graph_schema=None, model_id="test"))

    def run(messages):
        featurizer.process(tokenizer.process(spacy.process(messages, spacy.provide())))
        return messages

    return run


def trained_and_loaded(featurise, folder: Path) -> DomainGate:
    storage = LocalModelStorage(folder)
    resource = Resource("domain_gate")
    context = ExecutionContext(graph_schema=None, model_id="test")
    # Featurised as plain messages (as at inference), then labelled as training examples are.
    examples = featurise([Message.build(text) for text, _ in TRAINING])
    for example, (_, label) in zip(examples, TRAINING):
        example.set("intent", label.split("/")[0])
        if "/" in label:
            example.set("intent_response_key", label)
    DomainGate.create({}, storage, resource, context).train(TrainingData(training_examples=examples))
    # What the assistant runs is the loaded component, not the one that trained.
    return DomainGate.load({}, storage, resource, context)


@pytest.fixture(scope="module")
def gate(featurise, tmp_path_factory):
    return trained_and_loaded(featurise, tmp_path_factory.mktemp("storage"))


def classified(featurise, text, intent):
    message = featurise([Message.build(text)])[0]
    message.set("intent", {"name": intent, "confidence": 0.99})
    return message


@pytest.mark.parametrize("text, intent", [
    ("set alarm at six thirty am", "faq"),
    ("play crazy by britney spears", "faq"),
    ("dim the lights in the living room", "book_appointment"),
])
def test_an_answer_for_an_assistant_request_becomes_out_of_scope(gate, featurise, text, intent):
    message = gate.process([classified(featurise, text, intent)])[0]
    assert message.get("intent")["name"] == "out_of_scope"
    assert message.get("intent_ranking")[0]["name"] == "out_of_scope"


@pytest.mark.parametrize("text, intent", [
    ("my scan came back clear so why am I still sore", "faq"),
    ("is lifting the shopping going to damage my spine", "faq"),
    ("can I get an appointment on Friday", "book_appointment"),
])
def test_back_pain_questions_and_bookings_keep_their_intent(gate, featurise, text, intent):
    assert gate.process([classified(featurise, text, intent)])[0].get("intent")["name"] == intent


def test_safety_intents_are_never_gated(gate, featurise):
    message = gate.process([classified(featurise, "play some music, I want to end it all", "report_crisis")])[0]
    assert message.get("intent")["name"] == "report_crisis"


def test_a_message_without_features_passes(gate):
    message = Message.build("set alarm at six thirty am")
    message.set("intent", {"name": "faq", "confidence": 0.99})
    assert gate.process([message])[0].get("intent")["name"] == "faq"


def test_an_untrained_gate_lets_everything_through(featurise, tmp_path):
    context = ExecutionContext(graph_schema=None, model_id="test")
    untrained = DomainGate.load({}, LocalModelStorage(tmp_path), Resource("never_trained"), context)
    message = untrained.process([classified(featurise, "set alarm at six thirty am", "faq")])[0]
    assert message.get("intent")["name"] == "faq"


@pytest.mark.parametrize("text, topic", [
    ("my scan came back clear so why am I still sore", "faq/normal_scans"),
    ("is lifting the shopping going to damage my spine", "faq/movement_safety"),
])
def test_an_education_question_is_told_its_nearest_topic(gate, featurise, text, topic):
    neighbour = gate.process([classified(featurise, text, "faq")])[0].get("topic_neighbour")
    assert neighbour["topic"] == topic
    assert 0.45 < neighbour["similarity"] <= 1.0


def test_a_question_the_fallback_held_back_is_told_its_nearest_topic(gate, featurise):
    message = featurise([Message.build("my back is in a flare up, what do I do")])[0]
    message.set("intent", {"name": "nlu_fallback", "confidence": 0.5})
    message.set("intent_ranking", [{"name": "nlu_fallback", "confidence": 0.5}, {"name": "faq", "confidence": 0.45},
                                   {"name": "greet", "confidence": 0.4}])
    assert gate.process([message])[0].get("topic_neighbour")["topic"] == "faq/flare_ups"


@pytest.mark.parametrize("text, topic", [
    ("my scan came back clear so why am I still sore", "faq/normal_scans"),
    ("what should I do when my back flares up", "faq/flare_ups"),
    ("how long until my back gets better", "faq/recovery_time"),
])
def test_an_education_question_gets_the_regressions_reading_of_its_topic(gate, featurise, text, topic):
    reading = gate.process([classified(featurise, text, "faq")])[0].get("topic_reading")
    assert reading[0]["topic"] == topic
    probabilities = [entry["probability"] for entry in reading]
    assert probabilities == sorted(probabilities, reverse=True)
    assert {entry["topic"] for entry in reading} == {label for _, label in TRAINING if label.startswith("faq/")}
    assert sum(probabilities) == pytest.approx(1.0, abs=0.01)


def test_a_request_to_be_checked_gets_both_readings_of_its_topic_and_keeps_its_intent(gate, featurise):
    message = gate.process([classified(featurise, "my scan came back clear, should I be worried I'm still sore", "request_red_flag_check")])[0]
    assert message.get("intent")["name"] == "request_red_flag_check"
    assert message.get("topic_neighbour")["topic"] == "faq/normal_scans"
    assert message.get("topic_reading")[0]["topic"] == "faq/normal_scans"


def test_a_model_trained_before_the_regression_existed_still_loads_and_names_neighbours(featurise, tmp_path):
    trained_and_loaded(featurise, tmp_path)
    for name in ("reading_weights.npy", "reading_bias.npy"):
        next(tmp_path.rglob(name)).unlink()
    older = DomainGate.load({}, LocalModelStorage(tmp_path), Resource("domain_gate"),
                            ExecutionContext(graph_schema=None, model_id="test"))
    message = older.process([classified(featurise, "my scan came back clear so why am I still sore", "faq")])[0]
    assert message.get("topic_neighbour")["topic"] == "faq/normal_scans"
    assert message.get("topic_reading") is None


def test_out_of_scope_and_other_intents_get_no_topic(gate, featurise):
    assert gate.process([classified(featurise, "set alarm at six thirty am", "faq")])[0].get("topic_neighbour") is None
    assert gate.process([classified(featurise, "can I get an appointment on Friday", "book_appointment")])[0].get("topic_neighbour") is None
    assert gate.process([classified(featurise, "set alarm at six thirty am", "faq")])[0].get("topic_reading") is None


def test_the_serving_process_runs_blas_on_one_thread(featurise, tmp_path):
    # Idle BLAS workers spin between messages and double the CPU a message costs.
    threadpool_limits(limits=2, user_api="blas")
    trained_and_loaded(featurise, tmp_path)
    blas = [library["num_threads"] for library in threadpool_info() if library["user_api"] == "blas"]
    assert blas and set(blas) == {1}
