"""NLU component: the deterministic safety layer on top of the intent classifier.

Runs last in the pipeline. When the message reports a crisis or a red-flag sign (see
components/safety_patterns.py), it makes `report_crisis` or `report_red_flag` the intent
whatever the classifier said, and adds a `red_flag_level` entity (emergency, urgent, or
unknown when only the classifier saw a red flag) that the dialogue rules branch on. When
only the wording of an explicit "is this serious?" request matches, the intent becomes
`request_red_flag_check` unless the classifier already chose a safety intent.
It overrules the classifier the other way when the classifier saw a red flag or a check
request that the patterns do not back (a check request stays when the patient asks whether
their own pain needs seeing to), and either the only signs in the message are denied,
asked about in general or explained away in the message ("my bladder is fine", "what is
cauda equina?", "my toddler wet the bed", "numb bum that went once I stood up") or the classifier
is less than `classifier_only_confidence` (default 0.8; `check_only_confidence`, 0.93, for
a check request) sure; then the next non-safety intent wins. On the development sets of
round 4, 0.8 kept red flags that 0.95 lost (indirect wording only the classifier read)
for about one more false alarm in a hundred.
The original prediction stays in the intent ranking.

A crisis also counts when the classifier gives `report_crisis` at least
`crisis_confidence` (default 0.5) anywhere in its ranking, or `worded_crisis_confidence`
(0.3) when the message has a word about health or how life feels: a compassionate reply to
a message that was not a crisis costs little, a missed one can cost a life. (Trained with
more education examples, the classifier gave a held-out crisis message less than 0.5; 0.3
costs about one more false alarm in 150 on the other sets, and a name or a booking
reference the classifier finds strange has none of those words.) Two exceptions, both
messages with no crisis wording that the classifier tends to read as a crisis: one that
denies suicide or self-harm in so many words ("I'm not suicidal, just fed up"), and one
that names red-flag signs only to deny them or give them a harmless account ("weight's
stable, I jumped on the scales") with no word about how life feels. A crisis message that
also reports a red-flag sign keeps the crisis intent and gets the sign's level too, so the
crisis reply can add the red-flag advice ("had an accident in bed without waking", read by
the classifier as a crisis). A general question about crisis support ("what's the Lifeline
number?", "how do I help a friend who says they're suicidal?", components/crisis_support.py)
with no red-flag sign and no check request is answered as the education topic
`faq/crisis_support`, whose answer gives the lines without taking the writer to be at risk.
It is set here rather than learned: a new label retrains the classifier, and a retrained
classifier moved red-flag figures on a dozen sets. Likewise, when the assistant would
otherwise ask "did you mean ...?" (nlu_fallback) and the classifier gives a red flag or a check request at least `uncertain_check_confidence` (default 0.35),
the screening starts, unless the message explains its red-flag words as above or has no
word about the body, health or care at all (on CLINC150's assistant queries the classifier's
doubt about "will I be safe going to South America?" started the screening 36 times in 5,500;
on the safety sets no report needed it): when in doubt about a health message, escalate.

An education question about whether to see someone, asked about the patient's own pain
("my back's been sore for two weeks, should I see a GP?"), keeps its topic and gets a
`screening_offer` entity: the dialogue answers it and then asks the screening questions,
so the patient gets both the general advice and a check of their own warning signs. When
the classifier reads such a question as unsure, as a denial or as out of scope ("no numbness, but the pain is
8/10, do I need to see someone?"), the screening starts: it is how the assistant answers it.

A request to be checked that is also a question about a topic ("my MRI says degenerative
disc disease, should I be worried?", "how would I know if my back pain was serious?") gets
the same treatment when the FaqConfidenceGate is sure of the topic (`sure_topic`) and the
classifier gave a red flag less than `uncertain_check_confidence`: the topic is answered,
then the screening questions follow in the same turn. Read as a bare check request, 64
education questions of our development and held-out sets got the screening without their
answer; 49 of them now get the right topic's answer first, none a wrong one. Every message
the screening followed before is still followed by it.
"""
from __future__ import annotations

import re
from typing import Any, Iterable, Optional

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from components.base import OUT_OF_SCOPE, SURE_TOPIC, RuleComponent, override_intent, select_response, selector_output
from components.crisis_support import is_crisis_support_question
from components.safety_patterns import HEALTH_WORDS, MOOD_WORDS, Assessment, assess, doc_forms, normalise

CRISIS_INTENT = "report_crisis"
RED_FLAG_INTENT = "report_red_flag"
CHECK_INTENT = "request_red_flag_check"
LEVEL_ENTITY = "red_flag_level"
SIGN_ENTITY = "red_flag_sign"
SCREENING_OFFER_ENTITY = "screening_offer"
FAQ_INTENT = "faq"
CRISIS_SUPPORT_TOPIC = "faq/crisis_support"
UNKNOWN_LEVEL = "unknown"
SAFETY_INTENTS = {CRISIS_INTENT, RED_FLAG_INTENT, CHECK_INTENT}
FALLBACK_INTENT = "nlu_fallback"
DENY_INTENT = "deny"
SPACY_DOC = "text_spacy_doc"
# A booking or call-back reference as the assistant gives it out (B-7KQ2-9XMD), however typed.
_BOOKING_REFERENCE = re.compile(r"\W*[bc]\W*(?:[a-z0-9]\W*){8}", re.IGNORECASE)


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class SafetyDetector(RuleComponent):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"crisis_confidence": 0.5, "worded_crisis_confidence": 0.3, "uncertain_check_confidence": 0.35, "classifier_only_confidence": 0.8,
                "check_only_confidence": 0.93}

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__(config)
        self.crisis_confidence = config["crisis_confidence"]
        self.worded_crisis_confidence = config["worded_crisis_confidence"]
        self.uncertain_check_confidence = config["uncertain_check_confidence"]
        self.classifier_only_confidence = config["classifier_only_confidence"]
        self.check_only_confidence = config["check_only_confidence"]

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self._process_one(message)
        return messages

    def _alone_enough(self, intent: str) -> float:
        """How sure the classifier must be when the patterns do not back it. A wrongly
        started screening costs a few questions, so a check request needs less."""
        return self.check_only_confidence if intent == CHECK_INTENT else self.classifier_only_confidence

    def _crisis_score_enough(self, score: float, about_health: bool, mood: bool) -> bool:
        """`crisis_confidence` is enough; down to `worded_crisis_confidence` only for a message
        with words about health or how life feels (a name or a booking reference has neither)."""
        if score >= self.crisis_confidence:
            return True
        return score >= self.worded_crisis_confidence and (about_health or mood)

    def _process_one(self, message: Message) -> None:
        text = message.get(TEXT) or ""
        if not text.strip():
            return
        if _BOOKING_REFERENCE.fullmatch(text):
            # "b-kfat-ybrb", typed to cancel a booking, scored report_crisis: nine random
            # letters are nobody's red flag or crisis, whatever the classifier makes of them.
            if (message.get(INTENT) or {}).get("name") in SAFETY_INTENTS:
                _demote(message)
            return
        forms = _normalised_forms(message)
        found = assess(*forms)
        about_health = bool(HEALTH_WORDS.search(forms[0]))
        predicted = (message.get(INTENT) or {}).get("name")
        scores = _scores(message)
        mood = any(MOOD_WORDS.search(form) for form in forms)
        misread = _only_denials(found) or (_only_sign_talk(found) and not mood)
        if not (found.red_flags or found.check) and is_crisis_support_question(text):
            _answer_crisis_support(message)
            message.set("safety", {**_describe(found), "classifier_intent": predicted, "crisis_support": True}, add_to_output=True)
            return
        if found.crisis or (self._crisis_score_enough(scores.get(CRISIS_INTENT, 0.0), about_health, mood) and not misread):
            override_intent(message, CRISIS_INTENT)
            if found.red_flags:
                # The crisis reply comes first; the level lets it add the red-flag advice.
                _add_level(message, found.level, found.signs)
        elif predicted == CRISIS_INTENT and misread:
            _demote(message)
        elif found.red_flags:
            override_intent(message, RED_FLAG_INTENT)
            _add_level(message, found.level, found.signs)
        elif predicted in {RED_FLAG_INTENT, CHECK_INTENT} and not found.check and not (predicted == CHECK_INTENT and found.see_someone) and (
            _explained(found) or found.idioms_only or scores.get(predicted, 0.0) < self._alone_enough(predicted)
        ):
            _demote(message)
        elif predicted == RED_FLAG_INTENT:
            _add_level(message, UNKNOWN_LEVEL)
        elif found.check and predicted not in SAFETY_INTENTS:
            override_intent(message, CHECK_INTENT)
        elif predicted == FALLBACK_INTENT and not _explained(found) and about_health and max(
            scores.get(RED_FLAG_INTENT, 0.0), scores.get(CHECK_INTENT, 0.0)
        ) >= self.uncertain_check_confidence:
            override_intent(message, CHECK_INTENT)
        final = (message.get(INTENT) or {}).get("name")
        topic = message.get(SURE_TOPIC)
        answered_first = final == CHECK_INTENT and topic is not None and scores.get(RED_FLAG_INTENT, 0.0) < self.uncertain_check_confidence
        if answered_first:
            _answer(message, topic)
        if answered_first or (found.see_someone and final == FAQ_INTENT):
            _add_entity(message, SCREENING_OFFER_ENTITY, "yes")
        elif found.see_someone and final in {FALLBACK_INTENT, DENY_INTENT, OUT_OF_SCOPE}:
            override_intent(message, CHECK_INTENT)
        message.set("safety", {**_describe(found), "classifier_intent": predicted}, add_to_output=True)


def _answer_crisis_support(message: Message) -> None:
    _answer(message, {"intent_response_key": CRISIS_SUPPORT_TOPIC, "confidence": 1.0})


def _answer(message: Message, topic: dict) -> None:
    """Makes the message an education question answered with `topic` (a selector ranking entry)."""
    override_intent(message, FAQ_INTENT)
    select_response(message, FAQ_INTENT, topic, selector_output(message, FAQ_INTENT).get("ranking") or [])


def _explained(found: Assessment) -> bool:
    """The message's own words account for its red-flag vocabulary: the signs it names are
    denied, asked about in general, or explained away (a toddler's wet bed, numbness gone
    on standing)."""
    return bool(found.denied or found.dismissed)


def _only_denials(found: Assessment) -> bool:
    """The message denies suicide or self-harm in so many words ("I'm not suicidal", "I
    would never hurt myself") and reports no red flag: the classifier often reads such
    denials as a crisis."""
    return found.crisis_denied and not found.red_flags


def _only_sign_talk(found: Assessment) -> bool:
    """The message names red-flag signs only to deny them, ask about them in general or give
    them a harmless account ("weight's stable", "the leaking was sorted years ago"): the
    classifier reads some of these as a crisis."""
    return _explained(found) and not found.red_flags


def _scores(message: Message) -> dict[str, float]:
    """The classifier's confidence per intent (the highest, if an intent appears twice)."""
    scores: dict[str, float] = {}
    for entry in message.get(INTENT_RANKING_KEY) or []:
        name = entry.get("name")
        scores[name] = max(scores.get(name, 0.0), entry.get("confidence", 0.0))
    return scores


def _normalised_forms(message: Message) -> tuple[str, ...]:
    doc = message.get(SPACY_DOC)
    if doc is None:
        words = (message.get(TEXT) or "").split()
        return (normalise(words),)
    return doc_forms(doc)


def _demote(message: Message) -> None:
    ranking = message.get(INTENT_RANKING_KEY) or []
    runner_up = next((entry for entry in ranking if entry.get("name") not in SAFETY_INTENTS), None)
    if runner_up:
        message.set(INTENT, runner_up, add_to_output=True)


def _add_level(message: Message, level: Optional[str], signs: Iterable[str] = ()) -> None:
    """Entities the dialogue reads: the level (rules branch on it) and each sign seen."""
    entities = [e for e in message.get(ENTITIES) or [] if e.get("entity") not in {LEVEL_ENTITY, SIGN_ENTITY}]
    for entity, value in [(LEVEL_ENTITY, level or UNKNOWN_LEVEL), *((SIGN_ENTITY, sign) for sign in signs)]:
        entities.append(_entity(message, entity, value))
    message.set(ENTITIES, entities, add_to_output=True)


def _add_entity(message: Message, entity: str, value: str) -> None:
    message.set(ENTITIES, [*(message.get(ENTITIES) or []), _entity(message, entity, value)], add_to_output=True)


def _entity(message: Message, entity: str, value: str) -> dict[str, Any]:
    return {"entity": entity, "value": value, "extractor": SafetyDetector.__name__,
            "start": 0, "end": len(message.get(TEXT) or ""), "confidence_entity": 1.0}


def _describe(found: Assessment) -> dict[str, Any]:
    return {"signs": found.signs, "level": found.level, "denied": list(found.denied),
            "crisis": bool(found.crisis), "check": bool(found.check), "see_someone": bool(found.see_someone)}
