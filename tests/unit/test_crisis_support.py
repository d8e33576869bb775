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
    "Is there a helpline number you give to patients who feel suicidal? I'd like to put it on our staff noticeboard.",
    "I've just become the welfare officer at our footy club. Is there a hotline for men going through separation that I can put on the noticeboard?",
    "Are there mental health services with Aboriginal counsellors? My aunty would feel more comfortable yarning with mob.",
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
    # Crisis messages asked as questions about the lines, from set AS: the writer speaks of
    # themselves, or of means, plans and timing, even as "you".
    "is there a crisis line that won't try to talk me out of it",
    "Can a chatbot even help someone who's about to kill themselves? Because that's where I'm at.",
    "does the helpline judge you if you've already worked out how you'd do it",
    "what do you even say on a crisis line when you don't know why you're calling, just that you keep slowing down on the bridge",
    "Is Beyond Blue just for people who feel a bit down, or is it also for people like me who've stopped seeing any point?",
    "Will they lock you up if you tell the mental health team about the pills?",
    "Is Lifeline any good for people who want to end it all?",
    # In doubt: a question about one's own possible future keeps the crisis reply.
    "What number should I call if I'm ever feeling suicidal at night?",
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
