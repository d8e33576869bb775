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
