// Bot text is Markdown written by the clinic (links, bold, italics, lists). It becomes DOM
// nodes through two independent gates: marked turns any raw HTML in it into visible text,
// and DOMPurify keeps only the allow-listed tags and link schemes below.
import DOMPurify from 'dompurify';
import { Marked } from 'marked';

const ALLOWED_TAGS = ['a', 'strong', 'em', 'ul', 'ol', 'li', 'p', 'br'];
const ALLOWED_LINK = /^(?:https?:|tel:|mailto:)/i;

function escapeHtml(raw) {
  return raw.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const marked = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    html: ({ text }) => escapeHtml(text),
  },
});

function openLinksSafely(fragment) {
  for (const link of fragment.querySelectorAll('a')) {
    if (!link.hasAttribute('href')) {
      // DOMPurify dropped a disallowed scheme; the words stay, the link goes.
      link.replaceWith(...link.childNodes);
    } else if (/^https?:/i.test(link.getAttribute('href'))) {
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      const hint = document.createElement('span');
      hint.className = 'sr-only';
      hint.textContent = ' (opens in a new tab)';
      link.append(hint);
    } else {
      link.rel = 'noopener noreferrer';
    }
  }
}

/** Returns a DocumentFragment holding the safe rendering of `text`. */
export function renderMarkdown(text) {
  const fragment = DOMPurify.sanitize(marked.parse(String(text)), {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href'],
    ALLOWED_URI_REGEXP: ALLOWED_LINK,
    RETURN_DOM_FRAGMENT: true,
  });
  openLinksSafely(fragment);
  return fragment;
}
