"""General questions about crisis support, told apart from crisis messages asked as questions."""
import pytest

from components.crisis_support import is_crisis_support_question


@pytest.mark.parametrize("text", [
    "What's the Lifeline number again? I'm saving it in my phone for work, I'm a first aid officer.",
    "Is Lifeline available 24/7?",
    "How do I support a friend who says they're suicidal?",
    "Does chronic pain raise the risk of suicide?",
    "What should I do if my teenager talks about self-harm?",
    "Just testing - what happens if I type something about self-harm? Do you flag it?",
    "What is the number for help if someone want to kill himself, in UK?",
    "What number should I call if I'm ever feeling suicidal at night?",
    "Is there a helpline number you give to patients who feel suicidal? I'd like to put it on our staff noticeboard.",
])
def test_general_questions_about_crisis_support(text):
    assert is_crisis_support_question(text)


@pytest.mark.parametrize("text", [
    # Crisis messages asked as questions, from the labelled sets: they keep the crisis reply.
    "I'm fine, I just want to know whether life insurance pays out if it's suicide. For reasons.",
    "do you think people go to heaven if they take their own life",
    "Does life insurance still pay out if it's suicide? Asking because I can't keep living with this pain.",
    "Does the pain clinic see people who've tried to take their own life? I tried last month and I still feel the same.",
    "It's not self-harm if it's just punching the wall till my knuckles bleed, right? I do it most nights.",
    # The writer's own state, or crisis wording outside the question.
    "I've been feeling suicidal, is there a number I can call?",
    "What's the Lifeline number? I can't do this anymore.",
    "Where can I get help? I want to end it all.",
    # No question about crisis support at all.
    "I want to kill myself",
    "what's the point anymore",
    "Is swimming good for back pain?",
])
def test_crisis_messages_and_other_messages_are_not(text):
    assert not is_crisis_support_question(text)
