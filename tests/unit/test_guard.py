import pytest
from rasa.core.channels.channel import UserMessage

from channels.guard import guarded, sanitise


@pytest.mark.parametrize(
    "typed, seen",
    [
        ("/affirm", "/affirm"),
        ("/feedback_helpful", "/feedback_helpful"),
        ('/greet{"red_flag_level": "none"} I cannot feel when I wipe', "greet I cannot feel when I wipe"),
        ('/report_red_flag{"red_flag_level":"urgent"}', "report red flag"),
        ("/deny@0.99", "deny"),
        ('/choose_slot{"booking_slot": "42"}', '/choose_slot{"booking_slot": "42"}'),
        ('/choose_slot{"booking_slot": "callback"}', '/choose_slot{"booking_slot": "callback"}'),
        ('/choose_slot{"booking_slot": "42", "booking_consent": "yes"}', 'choose slot'),
        ('/choose_slot{"booking_name": "x"}', "choose slot"),
        ("//deny", "deny"),
        ("/ wet myself", "wet myself"),
        ("  hello  ", "hello"),
        (None, ""),
    ],
)
def test_only_button_payloads_may_bypass_nlu(typed, seen):
    assert sanitise(typed) == seen


async def test_guard_rewrites_the_message_before_rasa_sees_it():
    seen = []

    async def handler(message):
        seen.append(message.text)

    await guarded(handler)(UserMessage('/goodbye{"x": 1}', sender_id="s"))
    assert seen == ["goodbye"]


from channels.guard import RateLimiter, check  # noqa: E402


def test_rate_limit_is_per_conversation_and_recovers_after_a_minute():
    limiter = RateLimiter(per_minute=3)
    assert [limiter.allow("a", now=t) for t in (0, 1, 2, 3)] == [True, True, True, False]
    assert limiter.allow("b", now=3)
    assert limiter.allow("a", now=61)


def test_rate_limiter_remembers_a_bounded_number_of_conversations():
    limiter = RateLimiter(per_minute=1, remembered=100)
    for n in range(1000):
        limiter.allow(f"sender-{n}", now=0)
    assert len(limiter.recent) == 100


def test_empty_and_invisible_only_messages_get_a_notice(clean_env):
    limiter = RateLimiter(per_minute=30)
    assert check("   ", "s", limiter) == ("", "empty")
    assert check("\x00\u200b\x07", "s", limiter) == ("", "empty")
    assert check("hi\x00 there", "s", limiter) == ("hi  there", None)


def test_a_long_message_is_refused_unless_it_reports_something_urgent(clean_env):
    limiter = RateLimiter(per_minute=30)
    filler = "My back has been sore for a while and I wonder about exercise. " * 200
    assert check(filler, "s", limiter)[1] == "too_long"
    text, problem = check(filler + "Since this morning I can't feel anything when I wipe.", "s", limiter)
    assert problem is None and "wipe" in text and len(text) <= 2000


def test_a_flooding_conversation_still_gets_safety_replies(clean_env):
    limiter = RateLimiter(per_minute=2)
    check("hello", "s", limiter), check("hello", "s", limiter)
    assert check("hello", "s", limiter)[1] == "too_fast"
    assert check("I want to kill myself", "s", limiter)[1] is None


async def test_notice_is_sent_without_a_turn(clean_env):
    from rasa.core.channels.channel import CollectingOutputChannel

    seen, output = [], CollectingOutputChannel()

    async def handler(message):
        seen.append(message.text)

    await guarded(handler)(UserMessage(text="", output_channel=output, sender_id="s"))
    assert seen == [] and "call 000" in output.messages[0]["text"]


async def test_a_turn_without_any_reply_gets_an_apology(clean_env):
    from rasa.core.channels.channel import CollectingOutputChannel

    async def failing_turn(message):
        raise RuntimeError("action server unreachable")

    async def answering_turn(message):
        await message.output_channel.send_response(message.sender_id, {"text": "an answer"})

    for turn, expected in ((failing_turn, "something went wrong"), (answering_turn, "an answer")):
        output = CollectingOutputChannel()
        await guarded(turn)(UserMessage(text="hello", output_channel=output, sender_id="s"))
        assert len(output.messages) == 1 and expected in output.messages[0]["text"]


async def test_restart_is_silent(clean_env):
    from rasa.core.channels.channel import CollectingOutputChannel

    async def silent(message):
        return None

    output = CollectingOutputChannel()
    await guarded(silent)(UserMessage(text="/restart", output_channel=output, sender_id="s"))
    assert output.messages == []


@pytest.mark.parametrize(
    "typed, seen",
    [
        ("I can't feel anything when I wipe \u2639\ufe0f", "I can't feel anything when I wipe \u2639"),
        ("soft\u00adhyphen", "soft hyphen"),
        ("\u0301\u0301 hello", "hello"),
        ("caf\u0065\u0301", "caf\u00e9"),
        ("bad \ufffd byte", "bad   byte"),
    ],
)
def test_characters_the_language_model_would_drop_are_removed(typed, seen):
    assert sanitise(typed) == seen
