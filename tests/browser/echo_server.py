"""A stand-in for Rasa's socket.io channel that answers each message with the message
itself, as bot text and as a quick-reply button, with a literal backslash-n turned into a
line break. The browser tests use it to push any text through the widget's bot-side
rendering, and to stop and restart the server at will.

    python -m tests.browser.echo_server PORT
"""
import sys

import socketio
from aiohttp import web


def create_app() -> web.Application:
    sio = socketio.AsyncServer(async_mode="aiohttp", cors_allowed_origins="*")
    app = web.Application()
    sio.attach(app)

    @sio.on("session_request")
    async def session_request(sid, data):
        session_id = (data or {}).get("session_id")
        sio.enter_room(sid, session_id)
        await sio.emit("session_confirm", session_id, room=sid)

    @sio.on("user_uttered")
    async def user_uttered(sid, data):
        text = data.get("message", "")
        reply = {
            "text": text.replace("\\n", "\n"),
            "quick_replies": [{"content_type": "text", "title": text, "payload": text}],
        }
        await sio.emit("bot_uttered", reply, room=data["session_id"])

    return app


if __name__ == "__main__":
    web.run_app(create_app(), host="127.0.0.1", port=int(sys.argv[1]), print=None)
