"""How the portal shows a red-flag screening: the questions as the patient saw them,
the answers in words, and the signs the patient described."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from clinic.settings import ROOT

_QUESTION_PREFIX = "utter_ask_red_flag_form_"

ANSWERS = {"yes": "Yes", "no": "No", "unsure": "Not sure", "skipped": "Not asked"}

SIGNS = {
    "bladder_bowel": "Change in bladder or bowel control",
    "saddle_numbness": "Numbness around the groin or bottom",
    "sexual_function": "New loss of sexual function",
    "leg_weakness": "Leg weakness",
    "trauma": "Pain after a fall or injury",
    "systemic": "Fever, night sweats, weight loss or feeling very unwell",
    "cancer_history": "History of cancer",
    "night_pain": "Pain at night",
}


def _domain_files() -> list[Path]:
    # Rasa reads the domain from one file or from a folder of files.
    folder = ROOT / "domain"
    return sorted(folder.glob("**/*.yml")) if folder.is_dir() else [ROOT / "domain.yml"]


@lru_cache(maxsize=1)
def questions() -> dict[str, str]:
    """Question text per screening slot, in the order the form asks them. Read from the
    domain, so staff see exactly the wording the patient answered."""
    texts: dict[str, str] = {}
    order: list[str] = []
    for path in _domain_files():
        domain = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for name, variants in (domain.get("responses") or {}).items():
            if name.startswith(_QUESTION_PREFIX) and variants:
                texts[name.removeprefix(_QUESTION_PREFIX)] = variants[0].get("text", "")
        form = (domain.get("forms") or {}).get("red_flag_form") or {}
        order += form.get("required_slots") or []
    return {slot: texts[slot] for slot in [*order, *texts] if slot in texts}


def answer_rows(answers: dict[str, str]) -> list[tuple[str, str]]:
    """(question, answer) for each answered question, in the order they were asked."""
    known = questions()
    slots = [slot for slot in known if slot in answers] + [slot for slot in answers if slot not in known]
    return [(known.get(slot, slot), ANSWERS.get(answers[slot], answers[slot])) for slot in slots]


def sign_label(sign: str) -> str:
    return SIGNS.get(sign, sign.replace("_", " ").capitalize())
