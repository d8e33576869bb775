"""The REST channel (/webhooks/rest/webhook) with the message guard."""
from rasa.core.channels import rest

from channels.guard import guarded


class RestInput(rest.RestInput):
    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message):
        return super().blueprint(guarded(on_new_message))
