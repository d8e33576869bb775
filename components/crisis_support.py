"""Questions about crisis support, asked in general: the lines, how to help someone else, what
the clinic or the assistant does when someone is at risk.

"What's the Lifeline number?", "How do I support a friend who says they're suicidal?" and
"Does chronic pain raise the risk of suicide?" name suicide without saying the writer is at
risk. Answered with the crisis reply ("I'm really sorry you're feeling this way"), a first-aid
officer or a worried parent is treated as the person in danger. They get an answer of their
own, which still gives the crisis line and the emergency number, so a message read this way
by mistake still reaches the lines.

A crisis is often asked as a question about the lines ("is there a crisis line that won't try
to talk me out of it", "would a mental health nurse lock me up if I told them I've been
stockpiling my meds"), so the test is narrow, and anything in doubt keeps the crisis reply:
- the writer says nothing about themselves beyond whom they ask for ("my son", "our staff"),
  their role ("I'm a first aid officer") or why they ask ("I'd like to put it on our
  noticeboard", "I read an article");
- nothing in the message speaks of means, plans, timing or an attempt, even as "you" ("does
  the helpline judge you if you've already worked out how you'd do it"), nor of money or the
  afterlife after a death;
- its only crisis wording names the topic ("suicide", "self-harm", "feel like a burden"), and
  no other sentence says how life feels.
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
# Questions that may hide a crisis: means, amounts, plans, an attempt, timing, money or the
# afterlife after a death, "asking for a friend".
_VEILED = re.compile(
    r"\b(insurance|pay ?out|heaven|hell|afterlife|god|sin|painless|quick\w*|method|how many|how much|lethal|dose|overdos\w*|"
    r"enough to|kill (my|your)self|for reasons|asking because|asking for|tried|attempt\w*|note|notes|letters?|(a|my|the|their) will|rope|"
    r"bridge|pills?|tablets?|meds|stockpil\w*|counted|plan\w*|a date|already|worked out|how (you|i|to) (would|d|do|did)|"
    r"talk (me|you|them) out|lock|report (you|me)|still be here|still feel|right now|tonight|today|at the moment|currently|"
    r"anymore|any more|go on|going on|keep going|point|the end|done|over it|goodbye|bye)\b"
)
# What a writer not at risk says of themselves: whom they ask for, their role, why they ask.
_FIRST_PERSON_CONTEXT = re.compile(
    r"\bmy (\w+ ){0,2}(friend|mate|son|daughter|kids?|child|children|teen\w*|wife|husband|partner|boyfriend|girlfriend|"
    r"mum|mom|mother|dad|father|brother|sister|cousin|aunty|aunt|uncle|nephew|niece|grand\w+|nan|colleague|workmate|"
    r"co-?worker|boss|students?|patients?|clients?|staff|team|church|club|group|class|employees?|neighbou?r|flatmate|"
    r"housemate|(brother|sister)-in-law|phone|work|business|uni|school|essay|assignment|project)\b|"
    r"\bi('m| am) (a|an|the) (\w+ ){0,3}(officer|teacher|nurse|gp|doctor|physio|student|coordinator|coach|manager|"
    r"volunteer|worker|counsell?or|parent|carer|grad|pharmacist|psychologist|researcher|journalist|writer)\b|"
    r"\bi('m| am) (writing|making|putting together|doing|researching|saving|organising|organizing)\b|"
    r"\bi('d like to| would like to| want to| wanted to| can| could| need to) (put|pass|share|print|know|add|include|give|hand)\b|"
    r"\bi('ve| have)? (just )?(become|started as|joined|been asked)\b|"
    r"\bi('ve| have)? (read|heard|seen|saw)\b|\b(surprised|asked|told|tells) me\b|\bi (run|work)\b|"
    r"\b(how|what) (do|can|should|could) i (say|support|help|talk|ask|approach|respond|tell|reach|bring|raise|comfort|look out)\b|"
    r"\b(what|how|where|who|when) (do|can|should|could|would) i (\w+ ){0,2}(if|when) (my|a|an|someone|somebody|they|he|she|people)\b|"
    r"\bif i (type|say|write|mention|tell (you|the bot|it))\b"
)
_FIRST_PERSON = re.compile(r"\b(i|im|i'm|ive|i've|id|i'd|ill|i'll|me|my|mine|myself)\b")
_TOPIC_WORDING = re.compile(r"suicid\w*|self ?harm\w*|burden|.*\b(him|her|them) ?sel(f|ves)")
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")


def is_crisis_support_question(text: str) -> bool:
    """Whether the message asks in general about crisis support and says nothing of a crisis
    of the writer's own."""
    lowered = text.lower().replace("\u2019", "'")
    # Nearly every message names no crisis-support topic: it needs none of the work below.
    if not _TOPIC.search(lowered) or _VEILED.search(lowered) or _FIRST_PERSON.search(_FIRST_PERSON_CONTEXT.sub(" ", lowered)):
        return False
    # Only the words that name the topic: "is Lifeline for people who want to end it all?" may
    # be the writer's own question.
    wording = crisis_wording(normalise(lowered.split()))
    if wording and not _TOPIC_WORDING.fullmatch(wording):
        return False
    sentences = [s.strip() for s in _SENTENCE_END.split(lowered) if s.strip()]
    questions = [s for s in sentences if _TOPIC.search(s) and _ASKING.search(s)]
    if not questions:
        return False
    # "What's the Lifeline number? I can't do this anymore.": the rest of the message must say
    # nothing about how life feels, or the classifier's crisis reading stands.
    rest = [normalise(s.split()) for s in sentences if s not in questions]
    return not any(crisis_wording(s) or MOOD_WORDS.search(s) for s in rest)
