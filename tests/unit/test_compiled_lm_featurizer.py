"""The compiled featurizer must give the features Rasa's own LanguageModelFeaturizer gives,
for any batch size and sequence length, padding included."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext
from rasa.nlu.featurizers.dense_featurizer.lm_featurizer import LanguageModelFeaturizer
from rasa.nlu.tokenizers.spacy_tokenizer import SpacyTokenizer
from rasa.nlu.utils.spacy_utils import SpacyNLP
from rasa.shared.nlu.training_data.message import Message

from components.compiled_lm_featurizer import CompiledLanguageModelFeaturizer

ROOT = Path(__file__).resolve().parents[2]
WEIGHTS = ROOT / "models" / "nlp" / "minilm"


@pytest.fixture(scope="module")
def featurizers():
    if not WEIGHTS.is_dir():
        pytest.fail(f"{WEIGHTS} is missing: run scripts/bootstrap.sh")
    config = {**LanguageModelFeaturizer.get_default_config(), "model_name": "bert",
              "model_weights": str(WEIGHTS), "alias": "lm"}
    context = ExecutionContext(graph_schema=None, model_id="test")
    return LanguageModelFeaturizer(config, context), CompiledLanguageModelFeaturizer(config, context)


@pytest.mark.parametrize("batch, length", [(1, 3), (1, 25), (4, 11), (32, 40)])
def test_same_hidden_states_as_rasa(featurizers, batch, length):
    stock, compiled = featurizers
    rng = np.random.default_rng(batch * 100 + length)
    token_ids = rng.integers(1000, 30000, size=(batch, length)).tolist()
    mask = np.ones((batch, length), np.float32)
    mask[0, max(1, length // 2):] = 0  # a padded row
    expected = stock._compute_batch_sequence_features(mask, token_ids)
    got = compiled._compute_batch_sequence_features(mask, token_ids)
    assert got.shape == expected.shape == (batch, length, 384)
    np.testing.assert_allclose(got, expected, atol=1e-4)


def test_same_message_features_as_rasa(featurizers):
    stock, compiled = featurizers
    spacy = SpacyNLP.create({**SpacyNLP.get_default_config(), "model": str(ROOT / "models/nlp/spacy_en")},
                            None, None, None)
    tokenizer = SpacyTokenizer(SpacyTokenizer.get_default_config())
    texts = ["why does my back still hurt when the MRI was normal?", "hi", "is bending safe"]

    def features(featurizer):
        messages = tokenizer.process(spacy.process([Message.build(text) for text in texts], spacy.provide()))
        featurizer.process(messages)
        return [m.get_dense_features("text") for m in messages]

    for ours, theirs in zip(features(compiled), features(stock)):
        np.testing.assert_allclose(ours[0].features, theirs[0].features, atol=1e-4)  # per token
        np.testing.assert_allclose(ours[1].features, theirs[1].features, atol=1e-4)  # sentence
        assert ours[1].features.shape == (1, 384)
