"""LanguageModelFeaturizer that runs the language model as one compiled TensorFlow graph.

Rasa calls the Hugging Face TF model eagerly, op by op, for every message. On two cores
that made all-MiniLM-L6-v2 cost about 46 ms per message, most of the assistant's time per
turn; traced once into a graph with shapes left open, the same weights give the same
features in about 7 ms. Everything else (tokenising, padding, pooling) is Rasa's own.
"""
from __future__ import annotations

import numpy as np
import tensorflow as tf
from components.direct_predict import run_graph
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.featurizers.dense_featurizer.lm_featurizer import LanguageModelFeaturizer


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class CompiledLanguageModelFeaturizer(LanguageModelFeaturizer):
    def _load_model_instance(self) -> None:
        super()._load_model_instance()
        model = self.model

        # Batch and sequence length vary, so both stay open: one trace serves every call.
        @tf.function(
            input_signature=[
                tf.TensorSpec([None, None], tf.int32),
                tf.TensorSpec([None, None], tf.float32),
            ]
        )
        def hidden_states(token_ids: tf.Tensor, attention_mask: tf.Tensor) -> tf.Tensor:
            return model(token_ids, attention_mask=attention_mask, training=False)[0]

        # Called as its one concrete graph, directly (run_graph): the polymorphic wrapper's
        # per-call signature matching cost about 1.5 ms of CPU a message, and a concrete
        # function called as such still checks and casts its inputs on every call.
        self._hidden_states = hidden_states.get_concrete_function()

    def _compute_batch_sequence_features(
        self, batch_attention_mask: np.ndarray, padded_token_ids: list[list[int]]
    ) -> np.ndarray:
        return run_graph(
            self._hidden_states,
            [tf.constant(padded_token_ids, dtype=tf.int32), tf.constant(batch_attention_mask, dtype=tf.float32)],
        ).numpy()
