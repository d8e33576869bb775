"""The chat widget as a patient sees it, for the browser tests. Playwright's locators reach
into the widget's open shadow root."""
from __future__ import annotations

import json

from playwright.sync_api import Locator, Page, expect

from tests.helpers import ROOT

CLINIC = "Harbourside Physio"
STORAGE_KEY = "clinic-chat.conversation"
AXE_JS = ROOT / "widget" / "node_modules" / "axe-core" / "axe.min.js"


class Widget:
    def __init__(self, page: Page):
        self.page = page
        self.launcher = page.get_by_role("button", name="Ask about back pain")
        self.panel = page.get_by_role("dialog", name=CLINIC)
        self.input = page.get_by_label("Your message")
        self.log = page.get_by_role("log", name="Conversation")
        self.status = page.locator("#clinic-chat .status")
        self.bot_messages = self.log.locator(".message.bot .bubble")
        self.user_messages = self.log.locator(".message.user .bubble")
        self.replies = self.log.get_by_role("group", name="Suggested replies")
        self.emergency = self.panel.get_by_role("link", name="Emergency? Call 000")
        self.start_over = self.panel.get_by_role("button", name="Start over")

    def open(self) -> None:
        self.launcher.click()
        expect(self.panel).to_be_visible()

    def send(self, text: str) -> None:
        self.input.fill(text)
        self.input.press("Enter")

    def ask(self, text: str, timeout: float = 15_000) -> Locator:
        """Sends `text` and returns the first bot message that answers it."""
        answered = self.bot_messages.count()
        self.send(text)
        reply = self.bot_messages.nth(answered)
        expect(reply).to_be_visible(timeout=timeout)
        return reply

    def session_id(self) -> str:
        return json.loads(self.page.evaluate(f"localStorage.getItem({STORAGE_KEY!r})"))["sessionId"]

    def is_focused(self, locator: Locator) -> bool:
        # document.activeElement stops at the shadow host; the shadow root knows the rest.
        return locator.evaluate("el => el.getRootNode().activeElement === el")

    def focused_name(self) -> str | None:
        """The label or text of the widget's focused element, None when focus is elsewhere."""
        return self.page.evaluate(
            """() => {
              const focused = document.querySelector('#clinic-chat').shadowRoot.activeElement;
              return focused && (focused.getAttribute('aria-label') || focused.textContent.trim());
            }"""
        )

    def no_horizontal_scrolling(self) -> bool:
        return self.page.evaluate(
            """() => {
              const page = document.scrollingElement;
              const log = document.querySelector('#clinic-chat').shadowRoot.querySelector('.log');
              return page.scrollWidth <= page.clientWidth && log.scrollWidth <= log.clientWidth;
            }"""
        )

    def axe_violations(self) -> list[dict]:
        """axe-core's violations for the whole page, the widget's shadow root included."""
        if not self.page.evaluate("typeof window.axe === 'object'"):
            self.page.evaluate(AXE_JS.read_text(encoding="utf-8"))
        return self.page.evaluate(
            """async () => (await axe.run(document)).violations.map(violation => ({
                id: violation.id, help: violation.help, nodes: violation.nodes.map(node => node.target),
            }))"""
        )
