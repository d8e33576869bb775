"""The prepared validator judges action server replies exactly as Rasa's own check."""
import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction

import components  # noqa: F401  (installs the check, as loading the model does)
from components.action_reply_check import reply_validator

VALID = [
    {},
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "red_flag_outcome", "value": "urgent"}]},
    {"events": [{"event": "active_loop", "name": "booking_form"}], "responses": [{"text": "Which time suits you?"}]},
    {"events": [{"event": "bot", "text": "hello", "data": {}}, {"event": "followup", "name": "utter_faq"}]},
]
INVALID = [
    {"events": [{"event": "slot", "name": 3}]},
    {"events": [{"event": "no_such_event"}]},
    {"events": "not a list"},
    {"responses": "not a list"},
    {"responses": ["text only"]},
]


def test_the_installed_check_is_the_prepared_one():
    assert RemoteAction._validate_action_result.__module__ == "components.action_reply_check"


@pytest.mark.parametrize("reply", VALID)
def test_valid_replies_pass(reply):
    jsonschema.validate(reply, RemoteAction.action_response_format_spec())
    assert RemoteAction("action_tell_more", None)._validate_action_result(reply) is True


@pytest.mark.parametrize("reply", INVALID)
def test_invalid_replies_raise_rasas_error(reply):
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(reply, RemoteAction.action_response_format_spec())
    with pytest.raises(jsonschema.ValidationError, match="Failed to validate Action server response"):
        RemoteAction("action_tell_more", None)._validate_action_result(reply)


def test_the_schema_is_checked_once():
    reply_validator.cache_clear()
    for reply in VALID * 3:
        reply_validator().is_valid(reply)
    assert reply_validator.cache_info().misses == 1
