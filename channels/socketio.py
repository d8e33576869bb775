"""The socket.io channel (used by the chat widget) with the message guard."""
from rasa.core.channels import socketio

from channels.guard import guarded


class SocketIOInput(socketio.SocketIOInput):
    @classmethod
    def name(cls) -> str:
        return "socketio"

    def blueprint(self, on_new_message):
        return super().blueprint(guarded(on_new_message))
