"""WCAG 2.1 AA: keyboard use, focus, small screens and zoom, and axe-core on the whole page."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.widget_page import Widget


def test_keyboard_only(rasa_site, page):
    page.goto(rasa_site.url)
    widget = Widget(page)
    for _ in range(20):
        page.keyboard.press("Tab")
        if widget.is_focused(widget.launcher):
            break
    assert widget.is_focused(widget.launcher), "Tab never reached the chat button"
    assert widget.launcher.evaluate("el => getComputedStyle(el).outlineStyle") == "solid"

    page.keyboard.press("Enter")
    expect(widget.panel).to_be_visible()
    expect(widget.launcher).to_have_attribute("aria-expanded", "true")
    assert widget.is_focused(widget.input)

    # Every control of the panel is reachable, in reading order.
    backwards = []
    for _ in range(5):
        page.keyboard.press("Shift+Tab")
        backwards.append(widget.focused_name())
    assert backwards == ["000", "Conversation", "Start over", "Emergency? Call 000", "Close chat"]

    page.keyboard.press("Escape")
    expect(widget.panel).to_be_hidden()
    expect(widget.launcher).to_have_attribute("aria-expanded", "false")
    assert widget.is_focused(widget.launcher)


def test_quick_replies_by_keyboard(echo_site, page):
    page.goto(echo_site.url)
    widget = Widget(page)
    widget.open()
    widget.ask("first question")
    page.keyboard.press("Shift+Tab")  # from the input back to the reply button in the log
    reply = widget.replies.get_by_role("button", name="first question")
    assert widget.is_focused(reply)
    page.keyboard.press("Enter")
    expect(widget.user_messages).to_have_count(2)
    expect(widget.bot_messages.last).to_have_text("first question")
    assert widget.is_focused(widget.input)


@pytest.mark.parametrize(
    "viewport, scale",
    [({"width": 320, "height": 640}, 1), ({"width": 640, "height": 400}, 2)],
    ids=["320px-wide", "1280x800-at-200%-zoom"],
)
def test_small_screens_and_zoom(echo_site, new_page, viewport, scale):
    page = new_page(viewport=viewport, device_scale_factor=scale)
    page.goto(echo_site.url)
    widget = Widget(page)
    assert widget.no_horizontal_scrolling()

    widget.open()
    # The panel fills the viewport and the page behind stays still.
    assert widget.panel.bounding_box() == {"x": 0, "y": 0, **viewport}
    widget.ask("A long word like pneumonoultramicroscopicsilicovolcanoconiosis, and "
               "https://harbourside.example/a/very/long/address/that/must/wrap/somewhere")
    expect(widget.input).to_be_in_viewport()
    assert widget.is_focused(widget.input)
    expect(widget.emergency).to_be_in_viewport()
    assert widget.no_horizontal_scrolling()


def test_axe_finds_no_violations_closed_and_open(echo_site, page):
    page.goto(echo_site.url)
    widget = Widget(page)
    assert widget.axe_violations() == []

    widget.open()
    widget.ask("Here is **bold**, _italic_ and [a link](https://harbourside.example/)\\n- one\\n- two")
    assert widget.axe_violations() == []
