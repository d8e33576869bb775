"""The classifiers' direct graph call predicts exactly what Rasa's own call predicts.

Runs the newest trained model in-process on messages of every kind, records each input
batch the DIET classifier and the response selector received, and replays it through
Rasa's stock `_rasa_predict` on the same model object."""
from __future__ import annotations

import asyncio

import numpy as np
import pytest
from rasa.utils.tensorflow.models import RasaModel

from components.direct_predict import DirectPredictMixin
from scripts.quiet_agent import load_quiet_agent
from tests.helpers import ROOT

MESSAGES = [
    "hi",
    "why does my back still hurt when the MRI was normal?",
    "is it safe to bend and lift with a sore back",
    "I can't feel anything when I wipe and I've wet myself",
    "what's the point of anything anymore",
    "book me in for tuesday",
    "how do i reset my router",
    "😭😭",
    "my physio said my core is weak, is that why? " * 12,
    "Doctor Google says disc bulges are wear and tear. Should I get a scan??",
]


def _leaves(value):
    if isinstance(value, dict):
        for key in sorted(value):
            yield from _leaves(value[key])
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _leaves(item)
    else:
        yield value


@pytest.fixture(scope="module")
def recorded_batches():
    """(model, batch) for every prediction the two classifiers made on MESSAGES."""
    newest = max((ROOT / "models").glob("*.tar.gz"), key=lambda path: path.stat().st_mtime)
    direct = DirectPredictMixin._rasa_predict
    calls = []

    def recording(self, batch_in):
        calls.append((self, batch_in))
        return direct(self, batch_in)

    async def parse_all():
        agent = await load_quiet_agent(str(newest))
        DirectPredictMixin._rasa_predict = recording
        try:
            return [await agent.parse_message(text) for text in MESSAGES]
        finally:
            DirectPredictMixin._rasa_predict = direct

    parsed = asyncio.run(parse_all())
    assert len(parsed) == len(MESSAGES)
    return calls


def test_both_classifiers_predict_through_the_direct_graph(recorded_batches):
    kinds = {type(model).__name__ for model, _ in recorded_batches}
    assert kinds == {"_DIET", "_DIET2BOW"}
    assert len(recorded_batches) == 2 * len(MESSAGES)
    # Loading the model traces the graph, so every message takes the direct path.
    assert all("_direct_graph" in model.__dict__ for model, _ in recorded_batches)


def test_direct_predictions_equal_rasas_own(recorded_batches):
    for model, batch in recorded_batches:
        ours = DirectPredictMixin._rasa_predict(model, batch)
        stock = RasaModel._rasa_predict(model, batch)
        assert sorted(ours) == sorted(stock)
        ours_leaves, stock_leaves = list(_leaves(ours)), list(_leaves(stock))
        assert len(ours_leaves) == len(stock_leaves)
        for mine, theirs in zip(ours_leaves, stock_leaves):
            if theirs is None:
                assert mine is None
            else:
                np.testing.assert_array_equal(mine, theirs)
