"""The socket.io channel takes browser connections only from the configured origins and
still passes every message through the guard. tests/browser/test_connection.py checks the
same against the running server."""
from __future__ import annotations

from channels.socketio import SocketIOInput


def channel(on_new_message=None) -> SocketIOInput:
    async def ignore(message) -> None:
        return None

    channel = SocketIOInput.from_credentials({"session_persistence": True})
    channel.blueprint(on_new_message or ignore)
    return channel


def test_default_origins_are_the_local_demo_page(clean_env):
    assert channel().sio.eio.cors_allowed_origins == ["http://localhost:8080", "http://127.0.0.1:8080"]


def test_configured_origins_replace_rasas_allow_all(clean_env, monkeypatch):
    monkeypatch.setenv("ALLOWED_ORIGINS", "https://harbourside.example, https://www.harbourside.example/")
    assert channel().sio.eio.cors_allowed_origins == [
        "https://harbourside.example", "https://www.harbourside.example"
    ]


async def test_messages_still_pass_the_guard(clean_env):
    received = []

    async def on_new_message(message) -> None:
        received.append(message)

    handle = channel(on_new_message).sio.handlers["/"]["user_uttered"]
    await handle("sid", {"message": '/greet{"name": "x"} I cannot feel my legs', "session_id": "s1"})
    await handle("sid", {"message": "/restart", "session_id": "s1"})
    assert [(message.text, message.sender_id) for message in received] == [
        ("greet I cannot feel my legs", "s1"), ("/restart", "s1")
    ]
