"""The REST channel (/webhooks/rest/webhook) with the message guard.

Requests that are not a message are refused with 400 before anything runs: a body that
is not a JSON object, a message that is not text, a missing or unusable sender id (without
one Rasa would put every such client into one shared conversation, "default"), metadata
that is not an object. Rasa's own handler would log the value of a message that is not text.
With ?stream=true, the stream ends even when the turn fails."""
from __future__ import annotations

from rasa.core.channels import rest
from rasa.core.channels.channel import UserMessage
from sanic.exceptions import InvalidUsage

from channels.guard import guarded

# The tracker store's sender_id column is VARCHAR(255); PostgreSQL refuses longer ids.
MAX_SENDER_CHARS = 255


def _body(request) -> dict:
    body = request.json  # Sanic answers 400 itself when this is not JSON
    if not isinstance(body, dict):
        raise InvalidUsage("The body must be a JSON object.")
    return body


class RestInput(rest.RestInput):
    @classmethod
    def name(cls) -> str:
        return "rest"

    async def _extract_sender(self, request) -> str:
        sender = _body(request).get("sender")
        if isinstance(sender, int) and not isinstance(sender, bool):
            sender = str(sender)
        if not isinstance(sender, str) or not sender.strip() or len(sender) > MAX_SENDER_CHARS:
            raise InvalidUsage(f"'sender' must be a text id of 1 to {MAX_SENDER_CHARS} characters.")
        return sender

    def _extract_message(self, request):
        message = _body(request).get("message")
        if message is not None and not isinstance(message, str):
            raise InvalidUsage("'message' must be text.")
        return message

    def _extract_input_channel(self, request) -> str:
        # Clients may not name another channel: replies and rules depend on it.
        return self.name()

    def get_metadata(self, request):
        metadata = _body(request).get("metadata")
        if metadata is not None and not isinstance(metadata, dict):
            raise InvalidUsage("'metadata' must be a JSON object.")
        return metadata

    @staticmethod
    async def on_message_wrapper(on_new_message, text, queue, sender_id, input_channel, metadata) -> None:
        # Rasa's version never ends the stream when the turn raises (?stream=true hangs).
        try:
            await on_new_message(UserMessage(text, rest.QueueOutputChannel(queue), sender_id,
                                             input_channel=input_channel, metadata=metadata))
        finally:
            await queue.put("DONE")

    def blueprint(self, on_new_message):
        return super().blueprint(guarded(on_new_message))
