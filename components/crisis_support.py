"""Questions about crisis support, asked in general: the lines, how to help someone else, what
the clinic or the assistant does when someone is at risk.

"What's the Lifeline number?", "How do I support a friend who says they're suicidal?" and
"Does chronic pain raise the risk of suicide?" name suicide without saying the writer is at
risk. Answered with the crisis reply ("I'm really sorry you're feeling this way"), a first-aid
officer or a worried parent is treated as the person in danger; these questions were 41 of the
87 false alarms on denials and general questions across ten safety sets. They get an answer of
their own, which still gives the crisis line and the emergency number, so a message read this
way by mistake still reaches the lines.

A question counts only when nothing else in the message is crisis wording or says how life
feels, and it carries none
of the markers of a veiled crisis question found in the labelled sets ("does life insurance pay
out if it's suicide? For reasons.", "do people go to heaven if they take their own life",
"asking because I can't keep living with this pain").
"""
from __future__ import annotations

import re

from components.safety_patterns import MOOD_WORDS, crisis_wording, normalise

_TOPIC = re.compile(
    r"\b(suicid\w*|self[ -]?harm\w*|kms|kill (him|her|them)sel\w*|crisis (line|support|service|team|number)|"
    r"help ?line|hot ?line|lifeline|988|samaritans|beyond blue|13 ?11 ?14|feel\w* like a burden|"
    r"(end|take) (their|his|her) (own )?life|mental health)\b"
)
_ASKING = re.compile(r"^(what|where|who|how|which|is|are|do|does|can|could|should|would|will|any|have you|has|if)\b|\?\s*$")
# Questions that may hide a crisis: money or the afterlife after a death, means and amounts,
# "for reasons", "asking for me", an attempt, anything happening now.
_VEILED = re.compile(
    r"\b(insurance|pay ?out|heaven|hell|afterlife|god|sin|painless|quick\w*|method|how many|how much|lethal|dose|"
    r"enough to|kill (my|your)self|for reasons|asking because|asking for me|i tried|tried to|my (own )?(suicid|note|plan)\w*|"
    r"still feel|right now|tonight|at the moment|currently|i (do|did|have done|keep doing) (it|this|that))\b"
)
# The writer's own state, outside "if I ever ...": "I've been feeling suicidal", "I feel like a burden".
_OWN_STATE = re.compile(
    r"(?<!if )(?<!when )(?<!ever )\bi('m| am| have been|'ve been| feel| keep| can't stop| cannot stop)( \w+){0,2} "
    r"(suicid\w*|thinking (about|of) (suicid|kill|end|self)|a burden|like a burden|hurt\w* myself|self[ -]?harm\w*)"
)
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")


def is_crisis_support_question(text: str) -> bool:
    """Whether the message asks in general about crisis support and says nothing of a crisis
    of the writer's own."""
    lowered = text.lower()
    if _VEILED.search(lowered) or _OWN_STATE.search(lowered):
        return False
    sentences = [s.strip() for s in _SENTENCE_END.split(lowered) if s.strip()]
    questions = [s for s in sentences if _TOPIC.search(s) and _ASKING.search(s)]
    if not questions:
        return False
    # "What's the Lifeline number? I can't do this anymore.": the rest of the message must say
    # nothing about how life feels, or the classifier's crisis reading stands.
    rest = [normalise(s.split()) for s in sentences if s not in questions]
    return not any(crisis_wording(s) or MOOD_WORDS.search(s) for s in rest)
