// The widget's DOM, inside an open shadow root so the clinic's page styles cannot break it
// and accessibility checkers can still see into it. Every piece of text from the patient or
// the server goes in as a text node; only renderMarkdown produces elements from bot text.
import { renderMarkdown } from './markdown.js';
import styles from './styles.css';

const SVG = 'http://www.w3.org/2000/svg';
const CHAT_ICON = 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z';
const CLOSE_ICON = 'M6 6l12 12M18 6L6 18';

function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

function icon(path) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const shape = document.createElementNS(SVG, 'path');
  shape.setAttribute('d', path);
  svg.append(shape);
  return svg;
}

// A constructed stylesheet is not inline CSS, so clinics need no style-src 'unsafe-inline'
// in their Content-Security-Policy. Older browsers get a <style> element.
function addStyles(root) {
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
    root.adoptedStyleSheets = [sheet];
  } else {
    root.append(h('style', {}, styles));
  }
}

function notice({ clinicName, emergency }) {
  return h(
    'div',
    { class: 'notice' },
    h(
      'p',
      {},
      h('strong', {}, 'About this chat. '),
      `This assistant from ${clinicName} shares general education about back pain. ` +
        'It cannot diagnose you and is not a replacement for a physiotherapist or doctor.',
    ),
    h(
      'p',
      {},
      h('strong', {}, 'In an emergency, call ', h('a', { href: emergency.href }, emergency.number), '.'),
    ),
  );
}

/** Builds the widget. `on` holds the callbacks: open, close, send(text), choose(reply),
 * restart. */
export function createView(config, on) {
  const { clinicName, emergency, theme } = config;
  const host = h('div', { id: 'clinic-chat' });
  const root = host.attachShadow({ mode: 'open' });

  const launcher = h(
    'button',
    { type: 'button', class: 'launcher', 'aria-expanded': 'false', 'aria-controls': 'panel' },
    icon(CHAT_ICON),
    'Ask about back pain',
  );
  const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Close chat' }, icon(CLOSE_ICON));
  const restart = h('button', { type: 'button', class: 'restart' }, 'Start over');
  const status = h('p', { class: 'status', role: 'status' });
  const log = h('div', {
    class: 'log',
    role: 'log',
    'aria-live': 'polite',
    'aria-label': 'Conversation',
    tabindex: '0',
  });
  const typingLabel = h('span', { class: 'sr-only' });
  const typing = h(
    'div',
    { class: 'typing', role: 'status' },
    h('span', { class: 'dots', 'aria-hidden': 'true' }, h('i'), h('i'), h('i')),
    typingLabel,
  );
  const input = h('input', {
    id: 'message',
    type: 'text',
    autocomplete: 'off',
    maxlength: '1000',
    placeholder: 'Type your question',
  });
  const form = h(
    'form',
    { class: 'composer' },
    h('label', { for: 'message', class: 'sr-only' }, 'Your message'),
    input,
    h('button', { type: 'submit', class: 'send' }, 'Send'),
  );
  const panel = h(
    'section',
    { id: 'panel', class: 'panel', role: 'dialog', 'aria-labelledby': 'title' },
    h(
      'header',
      { class: 'header' },
      h(
        'div',
        { class: 'title-row' },
        h(
          'div',
          { class: 'titles' },
          h('h2', { id: 'title', class: 'title' }, clinicName),
          h('p', { class: 'subtitle' }, 'Back pain education assistant'),
        ),
        close,
      ),
      h(
        'div',
        { class: 'header-actions' },
        h('a', { class: 'emergency', href: emergency.href }, `Emergency? Call ${emergency.number}`),
        restart,
      ),
    ),
    status,
    log,
    typing,
    form,
  );
  panel.hidden = true;
  const widget = h('aside', { class: 'widget', 'aria-label': `Chat with ${clinicName}` }, launcher, panel);
  // Validated hex colours (see contrast.js), set as properties rather than pasted into CSS.
  widget.style.setProperty('--brand', theme.background);
  widget.style.setProperty('--on-brand', theme.foreground);
  widget.style.setProperty('--brand-ink', theme.ink);
  addStyles(root);
  root.append(widget);

  launcher.addEventListener('click', () => (panel.hidden ? on.open() : on.close()));
  close.addEventListener('click', () => on.close());
  restart.addEventListener('click', () => on.restart());
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') on.close();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    on.send(text);
  });

  function removeReplies() {
    for (const group of log.querySelectorAll('.replies')) group.remove();
  }

  function replyButtons(replies) {
    return h(
      'div',
      { class: 'replies', role: 'group', 'aria-label': 'Suggested replies' },
      ...replies.map((reply) => {
        const button = h('button', { type: 'button', class: 'reply' }, reply.title);
        button.addEventListener('click', () => {
          // The buttons vanish once used; focus goes where the next question is typed.
          input.focus();
          on.choose(reply);
        });
        return button;
      }),
    );
  }

  /** Adds a message; `replies` are the buttons to offer under it, if any. */
  function addMessage({ from, text }, replies = []) {
    if (from === 'user') removeReplies();
    const bubble = h('div', { class: 'bubble' });
    if (from === 'user') bubble.textContent = text;
    else bubble.append(renderMarkdown(text));
    const who = from === 'user' ? 'You said:' : `${clinicName} assistant said:`;
    const message = h('div', { class: `message ${from}` }, h('span', { class: 'sr-only' }, who), bubble);
    log.append(message);
    if (replies.length) log.append(replyButtons(replies));
    return message;
  }

  return {
    host,
    addMessage,

    setOpen(open, { moveFocus }) {
      panel.hidden = !open;
      widget.classList.toggle('is-open', open);
      launcher.setAttribute('aria-expanded', String(open));
      if (moveFocus) (open ? input : launcher).focus();
    },

    focusInput: () => input.focus(),

    /** Shows what opens every conversation, the notice and the greeting, and nothing else. */
    clear() {
      log.replaceChildren(notice(config));
      addMessage({ from: 'bot', text: config.greeting });
    },

    /** Scrolls so that `message` (the patient's latest question) is at the top if the
     * answer below it is longer than the log, and to the end otherwise. */
    reveal(message) {
      const end = log.scrollHeight - log.clientHeight;
      log.scrollTop = message ? Math.min(message.offsetTop - 8, end) : end;
    },

    setTyping(active) {
      typing.classList.toggle('is-active', active);
      typingLabel.textContent = active ? `${clinicName} assistant is typing` : '';
    },

    setStatus(text) {
      status.textContent = text;
    },
  };
}
