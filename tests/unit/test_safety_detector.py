"""The safety component's decisions on top of a classifier's prediction."""
import pytest
import spacy
from rasa.shared.nlu.training_data.message import Message

from components.safety_detector import SafetyDetector
from tests.helpers import ROOT


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(ROOT / "models" / "nlp" / "spacy_en")


def detected(nlp, text, ranking, **data):
    """The message after the detector, from the classifier's `ranking` and any other parse `data`."""
    message = Message(data={
        "text": text, "text_spacy_doc": nlp(text),
        "intent": {"name": ranking[0][0], "confidence": ranking[0][1]},
        "intent_ranking": [{"name": n, "confidence": c} for n, c in ranking],
        **data,
    })
    SafetyDetector(SafetyDetector.get_default_config()).process([message])
    return message


def entities_of(message):
    return {e["entity"]: e["value"] for e in message.get("entities") or []}


def run(nlp, text, ranking):
    message = detected(nlp, text, ranking)
    return message.get("intent")["name"], entities_of(message)


def test_detected_sign_overrides_the_classifier(nlp):
    intent, entities = run(nlp, "I can't feel the paper when I wipe", [("faq", 0.9), ("report_red_flag", 0.05)])
    assert intent == "report_red_flag"
    assert entities["red_flag_level"] == "emergency" and entities["red_flag_sign"] == "saddle_numbness"


def test_classifier_only_red_flag_is_marked_unknown(nlp):
    intent, entities = run(nlp, "something is really off with my waterworks lately", [("report_red_flag", 0.97), ("faq", 0.01)])
    assert intent == "report_red_flag" and entities == {"red_flag_level": "unknown"}


def test_classifier_red_flag_on_a_denial_is_demoted(nlp):
    intent, _ = run(nlp, "my bladder and bowels are totally fine", [("report_red_flag", 0.7), ("deny", 0.2)])
    assert intent == "deny"


def test_a_crisis_the_classifier_ranks_second_is_still_a_crisis(nlp):
    intent, _ = run(nlp, "i just cant see how i keep going", [("faq", 0.4), ("report_crisis", 0.55)])
    assert intent == "report_crisis"


def test_ordinary_questions_pass_through(nlp):
    intent, entities = run(nlp, "is swimming good for back pain", [("faq", 0.95), ("report_crisis", 0.01)])
    assert intent == "faq" and entities == {}


def test_an_unsure_message_that_may_be_a_red_flag_starts_the_screening(nlp):
    intent, _ = run(nlp, "my back feels really odd today", [("nlu_fallback", 0.5), ("faq", 0.4), ("report_red_flag", 0.4)])
    assert intent == "request_red_flag_check"


def test_an_unsure_message_with_no_word_about_health_stays_unsure(nlp):
    intent, _ = run(nlp, "will I be safe going to South America", [("nlu_fallback", 0.5), ("request_red_flag_check", 0.45)])
    assert intent == "nlu_fallback"


def test_an_unbacked_unsure_classifier_red_flag_is_demoted(nlp):
    intent, _ = run(nlp, "went for a wee and my back twinged", [("report_red_flag", 0.7), ("faq", 0.2)])
    assert intent == "faq"


@pytest.mark.parametrize("confidence, expected", [(0.94, "request_red_flag_check"), (0.85, "faq")])
def test_an_unbacked_red_flag_needs_less_classifier_certainty_than_a_check_request(nlp, confidence, expected):
    text = "been a rough week with my back, any thoughts"
    intent, _ = run(nlp, text, [("request_red_flag_check", confidence), ("faq", 1 - confidence)])
    assert intent == expected
    red_flag, _ = run(nlp, text, [("report_red_flag", 0.85), ("faq", 0.15)])
    assert red_flag == "report_red_flag"


@pytest.mark.parametrize("text, ranking, expected", [
    # An explicit denial of self-harm that the classifier reads as a crisis is demoted.
    ("not suicidal, don't worry, just really fed up with this back", [("report_crisis", 0.97), ("faq", 0.02)], "faq"),
    ("there's no way out of this pain except one", [("report_crisis", 0.97), ("faq", 0.02)], "report_crisis"),
    # Crisis wording wins over a red flag.
    ("can't control my bladder anymore and I want to kill myself", [("report_red_flag", 0.9), ("report_crisis", 0.1)],
     "report_crisis"),
])
def test_crisis_decisions(nlp, text, ranking, expected):
    intent, _ = run(nlp, text, ranking)
    assert intent == expected


@pytest.mark.parametrize("text, expected", [
    # Talk of signs only to deny or explain them away is no crisis, unless it speaks of how
    # life feels.
    ("the leaking after my second baby was three years ago and it's completely sorted", "faq"),
    ("tripped over the dog this morning but I'm fine, didn't hurt anything", "faq"),
    ("no fever, no numbness, I just want it all to be over", "report_crisis"),
    ("no bladder trouble, no numbness, I just can't see the point of going on", "report_crisis"),
    ("the leaking was sorted years ago. I've written letters to my kids", "report_crisis"),
])
def test_a_classifier_crisis_on_sign_talk_alone_is_demoted(nlp, text, expected):
    intent, _ = run(nlp, text, [("report_crisis", 0.9), ("faq", 0.1)])
    assert intent == expected


def test_a_crisis_that_also_reports_a_red_flag_keeps_both(nlp):
    intent, entities = run(nlp, "wet the bed last night without waking up and my back is agony",
                           [("report_crisis", 0.99), ("report_red_flag", 0.01)])
    assert intent == "report_crisis"
    assert entities["red_flag_level"] == "emergency"


@pytest.mark.parametrize("text", [
    "my toddler wet the bed and I hurt my back lifting him out",
    "numb bum from the hard seats at the cricket, gone as soon as I stood up",
    "the roof is leaking onto my desk and my back is stiff from bending over buckets",
    "lost 12kg on Mounjaro with my GP, hoping it helps my back",
    "had a UTI in March, the antibiotics cleared it, my back started hurting in June",
    "used to get pins and needles in my foot but not anymore",
    "the numbness in my toes went away weeks ago, haven't had it since",
    "after a few beers I need the loo constantly, nothing new there",
    "I'm on the loo more because of the laxatives the GP gave me",
    "my husband has prostate cancer and I'm his carer, lifting him is wrecking my back",
    "I've lost 12kg since January on Weight Watchers and my back feels better",
])
def test_a_classifier_red_flag_the_message_explains_away_is_demoted(nlp, text):
    intent, _ = run(nlp, text, [("report_red_flag", 0.99), ("faq", 0.01)])
    assert intent == "faq"


@pytest.mark.parametrize("text, predicted, expected", [
    ("I nearly wet myself laughing at my husband trying to do the stretches", "report_red_flag", "faq"),
    ("I've totally fallen in love with pilates since starting with you guys", "request_red_flag_check", "faq"),
    # Idioms do not overrule a crisis, and a bike saddle is where saddle numbness is felt.
    ("everything is falling apart and I don't know how much longer I can keep going like this", "report_crisis", "report_crisis"),
    ("since yesterday the bit I'd sit on if I was on a bike saddle feels sort of fuzzy", "report_red_flag", "report_red_flag"),
])
def test_red_flag_words_only_in_idioms_overrule_the_classifiers_red_flag_not_its_crisis(nlp, text, predicted, expected):
    assert run(nlp, text, [(predicted, 0.99), ("faq", 0.01)])[0] == expected


def test_someone_elses_red_flag_is_not_explained_away(nlp):
    # Patients write for their parents: the classifier's red flag stands.
    intent, _ = run(nlp, "typing for my dad, he had prostate cancer and now has new back pain",
                    [("report_red_flag", 0.99), ("faq", 0.01)])
    assert intent == "report_red_flag"


def test_an_unsure_message_that_denies_its_signs_does_not_start_the_screening(nlp):
    intent, _ = run(nlp, "definitely no numbness down there", [("nlu_fallback", 0.5), ("report_red_flag", 0.45)])
    assert intent == "nlu_fallback"


def test_a_personal_question_about_seeing_someone_keeps_its_topic_and_offers_the_screening(nlp):
    intent, entities = run(nlp, "my back's been sore for a month, should I get it checked?", [("faq", 0.9), ("deny", 0.1)])
    assert intent == "faq" and entities["screening_offer"] == "yes"


def checked(nlp, text, ranking, sure_topic):
    data = {"response_selector": {"faq": {"ranking": [{"intent_response_key": "faq/flare_ups", "confidence": 0.6}],
                                          "response": {"intent_response_key": "faq/flare_ups", "utter_action": "utter_faq/flare_ups"}}}}
    if sure_topic:
        data["sure_topic"] = {"intent_response_key": f"faq/{sure_topic}", "confidence": 0.8}
    message = detected(nlp, text, ranking, **data)
    return message.get("intent")["name"], entities_of(message), message.get("response_selector")["faq"]["response"]["intent_response_key"]


@pytest.mark.parametrize("text, ranking", [
    ("my MRI says degenerative disc disease, should I be worried", [("request_red_flag_check", 0.99), ("faq", 0.01)]),
    ("my scan shows a disc bulge, is this serious?", [("faq", 0.9), ("request_red_flag_check", 0.1)]),  # the wording asks
])
def test_a_request_to_be_checked_about_a_sure_topic_gets_the_answer_then_the_screening(nlp, text, ranking):
    intent, entities, topic = checked(nlp, text, ranking, "scan_findings")
    assert (intent, topic, entities) == ("faq", "faq/scan_findings", {"screening_offer": "yes"})


@pytest.mark.parametrize("text, ranking, sure_topic", [
    ("can you check if this is serious", [("request_red_flag_check", 0.99)], None),
    ("my back hurts more at night, should I be worried", [("request_red_flag_check", 0.6), ("report_red_flag", 0.38)], "stress_sleep_mood"),
])
def test_a_request_to_be_checked_with_no_sure_topic_or_a_red_flag_doubt_starts_the_screening_alone(nlp, text, ranking, sure_topic):
    intent, entities, topic = checked(nlp, text, ranking, sure_topic)
    assert (intent, topic, entities) == ("request_red_flag_check", "faq/flare_ups", {})


def test_a_red_flag_with_a_sure_topic_is_still_a_red_flag(nlp):
    intent, entities, _ = checked(nlp, "tingling down my leg and I can't feel when I wipe, should I worry", [("faq", 0.9)], "leg_symptoms")
    assert intent == "report_red_flag" and entities["red_flag_level"] == "emergency" and "screening_offer" not in entities


def test_a_general_question_about_seeing_someone_offers_nothing(nlp):
    _, entities = run(nlp, "when should people see a physio for back pain?", [("faq", 0.9), ("deny", 0.1)])
    assert "screening_offer" not in entities


@pytest.mark.parametrize("predicted", ["nlu_fallback", "deny", "out_of_scope"])
def test_a_personal_question_about_seeing_someone_read_as_unsure_a_denial_or_out_of_scope_starts_the_screening(nlp, predicted):
    intent, _ = run(nlp, "no numbness or anything but the pain is 8/10, do I need to see a doctor?", [(predicted, 0.6), ("faq", 0.3)])
    assert intent == "request_red_flag_check"


@pytest.mark.parametrize("text, expected", [
    ("I'm Marguerite Vandersloot", "nlu_fallback"),
    ("b-ab12-cd34", "nlu_fallback"),
    ("I feel so alone tonight", "report_crisis"),
])
def test_a_crisis_the_classifier_is_only_somewhat_sure_of_needs_words_about_health_or_life(nlp, text, expected):
    intent, _ = run(nlp, text, [("nlu_fallback", 0.5), ("report_crisis", 0.35), ("inform", 0.2)])
    assert intent == expected


@pytest.mark.parametrize("text", ["b-kfat-ybrb", "B-7KQ2-9XMD", "c 7kq2 9xmd"])
def test_a_booking_reference_is_never_a_crisis_or_a_red_flag(nlp, text):
    intent, entities = run(nlp, text, [("inform", 0.99), ("report_crisis", 0.9), ("report_red_flag", 0.6)])
    assert intent == "inform" and entities == {}
    intent, _ = run(nlp, text, [("report_crisis", 0.9), ("inform", 0.5)])
    assert intent == "inform"


def test_a_reference_inside_a_crisis_message_does_not_hide_it(nlp):
    intent, _ = run(nlp, "cancel B-7KQ2-9XMD, I won't be around for it anyway", [("cancel_booking", 0.9), ("report_crisis", 0.2)])
    assert intent == "report_crisis"


def test_a_check_request_the_classifier_is_unsure_of_stays_when_the_patient_asks_about_seeing_someone(nlp):
    text = "my back is sore and I'm not sure if it's bad enough to see someone"
    intent, _ = run(nlp, text, [("request_red_flag_check", 0.6), ("inform", 0.3)])
    assert intent == "request_red_flag_check"


def answer_of(nlp, text, ranking):
    message = detected(nlp, text, ranking, response_selector={"faq": {
        "ranking": [{"intent_response_key": "faq/medication", "confidence": 0.6}],
        "response": {"intent_response_key": "faq/medication", "utter_action": "utter_faq/medication"}}})
    return message.get("intent")["name"], message.get("response_selector")["faq"]["response"]["utter_action"]


@pytest.mark.parametrize("text, ranking", [
    ("Is Lifeline available 24/7?", [("report_crisis", 0.97), ("faq", 0.02)]),
    ("How do I support a friend who says they're suicidal?", [("report_crisis", 0.9), ("faq", 0.05)]),
])
def test_general_questions_about_crisis_support_get_the_answer_that_gives_the_lines(nlp, text, ranking):
    assert answer_of(nlp, text, ranking) == ("faq", "utter_faq/crisis_support")


def test_a_question_about_crisis_support_with_crisis_wording_keeps_the_crisis_reply(nlp):
    intent, _ = answer_of(nlp, "What's the Lifeline number? I can't do this anymore.", [("report_crisis", 0.9), ("faq", 0.05)])
    assert intent == "report_crisis"


def test_a_question_about_crisis_support_that_also_reports_a_red_flag_is_no_general_question(nlp):
    intent, entities = run(nlp, "What's the number for a suicide helpline? I've wet myself twice today without noticing.",
                           [("report_crisis", 0.9), ("report_red_flag", 0.05)])
    assert intent in {"report_crisis", "report_red_flag"} and entities["red_flag_level"] == "emergency"
