"""The socket.io channel (used by the chat widget) with the message guard and an origin
allow-list."""
from rasa.core.channels import socketio

from channels.guard import guarded
from clinic.settings import get_settings


class SocketIOInput(socketio.SocketIOInput):
    @classmethod
    def name(cls) -> str:
        return "socketio"

    def blueprint(self, on_new_message):
        webhook = super().blueprint(guarded(on_new_message))
        # Rasa creates the server with cors_allowed_origins=[], which turns engine.io's origin
        # check off and lets any web page open a chat in a visitor's browser. With a list,
        # engine.io refuses handshakes (polling and WebSocket) from other origins and sends
        # the CORS headers for the listed ones itself. Clients that send no Origin header
        # (not browsers) are still accepted.
        self.sio.eio.cors_allowed_origins = list(get_settings().allowed_origins)
        return webhook
