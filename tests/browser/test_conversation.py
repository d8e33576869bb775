"""A patient's conversation through the widget on the demo page, against the real servers."""
from __future__ import annotations

import json
import os
import urllib.request
from urllib.parse import urlsplit

from playwright.sync_api import expect

from tests.browser.widget_page import Widget

# The model answers within a second or two; a busy two-core machine can take longer.
REPLY_TIMEOUT_MS = 60_000


def tracker_texts(site, session_id: str) -> list[str]:
    servers = site.servers
    url = f"{servers.rasa_url}/conversations/{session_id}/tracker?token={servers.api_token}"
    with urllib.request.urlopen(url, timeout=30) as response:
        events = json.loads(response.read())["events"]
    return [event["text"] for event in events if event["event"] == "user"]


def test_conversation_with_buttons_survives_reload_and_starts_over(rasa_site, page):
    hosts = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
    page.on("websocket", lambda socket: hosts.add(urlsplit(socket.url).netloc))
    page.goto(rasa_site.url)
    widget = Widget(page)
    # Nothing is stored in the browser before the visitor uses the chat.
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0

    widget.open()
    expect(widget.input).to_be_focused()
    expect(widget.log).to_contain_text("cannot diagnose you and is not a replacement for a physiotherapist")
    expect(widget.emergency).to_be_visible()
    expect(widget.emergency).to_have_attribute("href", "tel:000")

    answer = widget.ask("what is central sensitisation?", timeout=REPLY_TIMEOUT_MS)
    expect(answer.locator("strong")).to_have_text("sensitisation")
    more = widget.replies.get_by_role("button", name="Tell me more")
    expect(more).to_be_visible()
    if os.environ.get("WIDGET_SCREENSHOT"):  # docs/widget-demo.png
        page.screenshot(path=os.environ["WIDGET_SCREENSHOT"])

    answered = widget.bot_messages.count()
    more.click()
    expect(widget.user_messages.last).to_have_text("Tell me more")
    expect(widget.bot_messages.nth(answered)).to_contain_text("central sensitisation", timeout=REPLY_TIMEOUT_MS)
    expect(widget.replies.get_by_role("button", name="Tell me more")).to_have_count(0)
    expect(widget.emergency).to_be_visible()

    session = widget.session_id()
    page.reload()
    # The panel was open, so it opens again on the new page, with the conversation.
    expect(widget.panel).to_be_visible()
    expect(widget.user_messages).to_have_text(
        ["what is central sensitisation?", "Tell me more"]
    )
    widget.ask("is it safe to bend and lift?", timeout=REPLY_TIMEOUT_MS)
    assert widget.session_id() == session
    assert tracker_texts(rasa_site, session)[-3:] == [
        "what is central sensitisation?", "/ask_more", "is it safe to bend and lift?"
    ]

    widget.start_over.click()
    expect(widget.user_messages).to_have_count(0)
    expect(widget.bot_messages).to_have_count(1)  # the greeting
    expect(widget.input).to_be_focused()
    new_session = widget.session_id()
    assert new_session != session
    widget.ask("what is central sensitisation?", timeout=REPLY_TIMEOUT_MS)
    assert tracker_texts(rasa_site, new_session) == ["what is central sensitisation?"]
    page.reload()
    expect(widget.user_messages).to_have_text(["what is central sensitisation?"])

    # Nothing but the clinic's own site and its assistant was contacted.
    assert hosts == {urlsplit(rasa_site.origin).netloc, urlsplit(rasa_site.backend).netloc}
