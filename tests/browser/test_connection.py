"""Losing the server, getting it back, and which web pages may connect at all."""
from __future__ import annotations

import base64
import os
import socket
import urllib.error
import urllib.request
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DemoSite
from tests.browser.widget_page import Widget

EVIL = "http://evil.example"
# socket.io-client retries after 1, 2, 4 and then every 5 seconds (with jitter).
RECONNECT_TIMEOUT_MS = 20_000


def test_connection_lost_and_recovered(echo_server, echo_site, page):
    page.goto(echo_site.url)
    widget = Widget(page)
    widget.open()
    widget.ask("hello")

    echo_server.stop()
    expect(widget.status).to_have_text("Connection lost, reconnecting…")
    expect(widget.status).to_be_visible()
    expect(page.get_by_role("status").filter(has_text="Connection lost")).to_have_count(1)
    assert widget.axe_violations() == []
    # A question asked meanwhile is kept and sent once the server is back.
    widget.send("asked while offline")

    echo_server.start()
    expect(widget.status).to_have_text("Connected again.", timeout=RECONNECT_TIMEOUT_MS)
    expect(widget.bot_messages.last).to_have_text("asked while offline")
    widget.ask("and after")


def handshake_status(site, origin: str) -> tuple[int, str | None]:
    request = urllib.request.Request(
        f"{site.backend}/socket.io/?EIO=4&transport=polling", headers={"Origin": origin}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers.get("Access-Control-Allow-Origin")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Access-Control-Allow-Origin")


def websocket_handshake_status(site, origin: str) -> int:
    """The HTTP status of a WebSocket upgrade request: 101 when the server accepts it."""
    address = urlsplit(site.backend)
    request = (
        "GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\n"
        f"Host: {address.netloc}\r\nOrigin: {origin}\r\n"
        "Upgrade: websocket\r\nConnection: Upgrade\r\n"
        f"Sec-WebSocket-Key: {base64.b64encode(os.urandom(16)).decode()}\r\n"
        "Sec-WebSocket-Version: 13\r\n\r\n"
    )
    with socket.create_connection((address.hostname, address.port), timeout=10) as connection:
        connection.sendall(request.encode())
        status_line = connection.makefile("rb").readline()
    return int(status_line.split()[1])


def test_socketio_accepts_only_the_allowed_origin(rasa_site):
    assert handshake_status(rasa_site, EVIL) == (400, None)
    assert websocket_handshake_status(rasa_site, EVIL) == 400
    assert handshake_status(rasa_site, rasa_site.origin) == (200, rasa_site.origin)
    assert websocket_handshake_status(rasa_site, rasa_site.origin) == 101


@pytest.fixture
def foreign_site(rasa_site):
    """The same page on an origin the Rasa server was not told about."""
    site = DemoSite(rasa_site.backend)
    yield site
    site.close()


def test_widget_on_another_site_cannot_connect(foreign_site, page):
    page.goto(foreign_site.url)
    widget = Widget(page)
    widget.open()
    expect(widget.status).to_have_text("Cannot reach the assistant right now. Retrying…")
