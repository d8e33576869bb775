"""DIETClassifier and ResponseSelector that run their trained prediction graph directly.

Rasa wraps each model's prediction step in a `tf.function` and calls it through that
wrapper for every message. With a fixed input signature there is only ever one graph, yet
each call still matches the inputs against the signature, looks the graph up and casts
every input again: about 1.3 ms of CPU a model, twice a message, all of it on the thread
that serves every conversation of a Rasa process. These subclasses take that one graph once
and hand it the input tensors as they are. Training, the graph and therefore every
prediction are Rasa's own (tests/e2e/test_direct_predict.py compares them).
"""
from __future__ import annotations

import warnings
from typing import Any, Type

import numpy as np
import tensorflow as tf
from keras.utils import tf_utils
from tensorflow.python.eager.polymorphic_function.monomorphic_function import ConcreteFunction
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.classifiers import diet_classifier
from rasa.nlu.selectors import response_selector
from rasa.shared.constants import DIAGNOSTIC_DATA
from rasa.utils.tensorflow.models import RasaModel

# Rasa's training-data check looks for its own ResponseSelector class, not a subclass, and
# would warn that the response examples train nothing.
warnings.filterwarnings("ignore", message="You have defined training data with examples for training a response selector")


def run_graph(graph: ConcreteFunction, tensors: list[tf.Tensor]) -> Any:
    """Runs one traced graph on tensors already of its input types. `_call_flat` is the
    call without the per-call signature matching and casting; its outputs come back in the
    graph's own output structure."""
    return graph._call_flat(tensors, graph.captured_inputs)


class DirectPredictMixin:
    """For a RasaModel: prediction through the concrete graph of Rasa's own `tf.function`."""

    def _rasa_predict(self, batch_in: tuple[np.ndarray, ...]) -> dict[str, Any]:
        if self._run_eagerly or not self.prepared_for_prediction or self._tf_predict_step is None:
            # First call (Rasa traces the graph here) and eager debugging stay Rasa's.
            return super()._rasa_predict(batch_in)
        direct = self.__dict__.get("_direct_graph")
        if direct is None:
            graph = self._tf_predict_step.get_concrete_function()
            (specs,) = graph.structured_input_signature[0]
            # Keras tracks attributes set on a model; a plain attribute keeps this out of
            # the model's saved state.
            direct = self.__dict__["_direct_graph"] = (graph, [spec.dtype for spec in specs])
        graph, dtypes = direct
        tensors = [tf.convert_to_tensor(array, dtype=dtype) for array, dtype in zip(batch_in, dtypes)]
        outputs = tf_utils.sync_to_numpy_or_python_type(run_graph(graph, tensors))
        if DIAGNOSTIC_DATA in outputs:
            outputs[DIAGNOSTIC_DATA] = self._empty_lists_to_none_in_dict(outputs[DIAGNOSTIC_DATA])
        return outputs


class _DIET(DirectPredictMixin, diet_classifier.DIET):
    pass


class _DIET2BOW(DirectPredictMixin, response_selector.DIET2BOW):
    pass


class _DIET2DIET(DirectPredictMixin, response_selector.DIET2DIET):
    pass


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR],
    is_trainable=True,
)
class DIETClassifier(diet_classifier.DIETClassifier):
    @staticmethod
    def model_class() -> Type[RasaModel]:
        return _DIET


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class ResponseSelector(response_selector.ResponseSelector):
    @staticmethod
    def model_class(use_text_as_label: bool) -> Type[RasaModel]:  # type: ignore[override]
        return _DIET2DIET if use_text_as_label else _DIET2BOW
