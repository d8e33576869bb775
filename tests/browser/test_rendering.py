"""Bot text is limited Markdown and patient text is plain text: no HTML from either side ever
reaches the page. The echo server sends each message back as bot text and as a button title,
so every attack goes through both sides."""
from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.widget_page import Widget

ATTACKS = [
    '<img src=x onerror="window.__pwned=1">',
    "<script>window.__pwned=1</script>",
    "[click](javascript:window.__pwned=1)",
    "[click](data:text/html,<script>window.__pwned=1</script>)",
    '<a href="javascript:window.__pwned=1">click</a> <iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
    '<svg onload="window.__pwned=1"></svg>',
]

# Every element and link in the widget's shadow root, to compare with the allow-list.
WIDGET_MARKUP = """() => {
  const root = document.querySelector('#clinic-chat').shadowRoot;
  return {
    tags: [...new Set([...root.querySelectorAll('.bubble *')].map(el => el.localName))].sort(),
    hrefs: [...root.querySelectorAll('[href]')].map(el => el.getAttribute('href')),
    handlers: [...root.querySelectorAll('*')].flatMap(el => el.getAttributeNames()).filter(n => n.startsWith('on')),
  };
}"""


def test_attacks_render_as_text_from_patient_and_bot(echo_site, page):
    page.goto(echo_site.url)
    widget = Widget(page)
    widget.open()
    for attack in ATTACKS:
        widget.ask(attack)
        expect(widget.user_messages.last).to_have_text(attack)
        expect(widget.replies.get_by_role("button").last).to_have_text(attack)

    # The HTML shows up as the literal text it is; the bad links lose their link.
    expect(widget.bot_messages.nth(1)).to_have_text(ATTACKS[0])
    expect(widget.bot_messages.nth(2)).to_have_text(ATTACKS[1])
    expect(widget.bot_messages.nth(3)).to_have_text("click")
    markup = page.evaluate(WIDGET_MARKUP)
    assert markup["tags"] == ["p"]
    assert markup["hrefs"] == ["tel:000", "tel:000"]  # the header and the notice
    assert markup["handlers"] == []
    assert page.evaluate("window.__pwned") is None


def test_limited_markdown(echo_site, page):
    page.goto(echo_site.url)
    widget = Widget(page)
    widget.open()
    reply = widget.ask(
        "**Bold**, _italic_, [clinic](https://harbourside.example/) and [call](tel:0295550142)"
        "\\n- one\\n- two\\n\\n# Not a heading ![image](https://tracker.example/x.png)"
    )
    expect(reply.locator("strong")).to_have_text("Bold")
    expect(reply.locator("em")).to_have_text("italic")
    web_link = reply.get_by_role("link", name="clinic")
    expect(web_link).to_have_attribute("href", "https://harbourside.example/")
    expect(web_link).to_have_attribute("target", "_blank")
    expect(web_link).to_have_attribute("rel", "noopener noreferrer")
    expect(web_link).to_contain_text("(opens in a new tab)")
    expect(reply.get_by_role("link", name="call")).to_have_attribute("href", "tel:0295550142")
    expect(reply.locator("ul > li")).to_have_text(["one", "two"])
    # Outside the allow-list only the words stay: no heading, and no image to load.
    expect(reply).to_contain_text("Not a heading")
    assert set(page.evaluate(WIDGET_MARKUP)["tags"]) == {"a", "em", "li", "p", "span", "strong", "ul"}
    # The patient's own text is never formatted.
    expect(widget.user_messages.last).to_contain_text("**Bold**, _italic_")
