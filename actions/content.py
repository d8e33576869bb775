"""Read access to the reviewed education content (content/topics.yml)."""
from __future__ import annotations

from functools import lru_cache

from ruamel.yaml import YAML

from clinic.settings import ROOT


@lru_cache(maxsize=1)
def topic_titles() -> dict[str, str]:
    """Topic id -> the patient-style question used as its button title."""
    topics = YAML(typ="safe").load((ROOT / "content" / "topics.yml").read_text())["topics"]
    return {topic["id"]: topic["title"] for topic in topics}
