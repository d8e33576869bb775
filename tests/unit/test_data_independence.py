"""The evaluation sets stay independent of the training data: no message of tests/nlu or
tests/safety longer than three words appears, up to case and punctuation, among the
training examples. Short canonical messages ("yes", "is this serious?", "sciatica"), small
talk, form answers and the topic titles are what patients type word for word, so they are
left out of the comparison."""
from __future__ import annotations

import re

from ruamel.yaml import YAML

from tests.helpers import ROOT


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", text.lower()).split())


def _examples(block: dict) -> list[str]:
    lines = (line.strip() for line in (block.get("examples") or "").splitlines())
    return [line[2:] for line in lines if line.startswith("- ")]


CANONICAL_FILES = {"smalltalk.yml", "form_answers.yml", "faq_titles.yml"}


def _training() -> set[str]:
    keys = set()
    for path in (ROOT / "data" / "nlu").rglob("*.yml"):
        if path.name in CANONICAL_FILES:
            continue
        for block in YAML(typ="safe").load(path.read_text()).get("nlu") or []:
            keys.update(_key(re.sub(r"\[([^\]]*)\]\{[^}]*\}|\[([^\]]*)\]\([^)]*\)", r"\1\2", text))
                        for text in _examples(block))
    return keys


def _evaluation() -> dict[str, list[str]]:
    sets = {}
    for path in sorted((ROOT / "tests" / "nlu").glob("*.yml")):
        sets[path.name] = [text for block in YAML(typ="safe").load(path.read_text())["nlu"] for text in _examples(block)]
    for path in sorted((ROOT / "tests" / "safety").glob("*.yml")):
        sets[path.name] = [case["text"] for case in YAML(typ="safe").load(path.read_text())["cases"]]
    return sets


def test_no_evaluation_message_is_a_training_example():
    training = _training()
    assert len(training) > 3000
    leaked = {name: [text for text in texts if len(_key(text).split()) > 3 and _key(text) in training]
              for name, texts in _evaluation().items()}
    assert {name: texts for name, texts in leaked.items() if texts} == {}
