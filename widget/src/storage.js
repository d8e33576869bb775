// The conversation is kept in localStorage so it survives reloads and moving between the
// clinic's pages: the server does not replay history over socket.io. Nothing is written
// before the visitor uses the chat, and it is dropped after an hour without activity, the
// server's session expiry, so a shared computer does not show the last visitor's health
// questions to the next one.

const CONVERSATION_KEY = 'clinic-chat.conversation';
const OPEN_KEY = 'clinic-chat.open';
const IDLE_LIMIT_MS = 60 * 60 * 1000;
const MAX_MESSAGES = 200;

// Storage can be switched off or full (private windows, strict settings): even reading
// window.localStorage may throw then. The chat still works, it just forgets on reload.
function read(storage, key) {
  try {
    return JSON.parse(window[storage].getItem(key));
  } catch {
    return null;
  }
}

function write(storage, key, value) {
  try {
    window[storage].setItem(key, JSON.stringify(value));
  } catch {
    /* not kept: see above */
  }
}

function newSessionId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function newConversation() {
  return { sessionId: newSessionId(), messages: [], updatedAt: Date.now() };
}

export function loadConversation() {
  const stored = read('localStorage', CONVERSATION_KEY);
  const valid =
    stored &&
    typeof stored.sessionId === 'string' &&
    Array.isArray(stored.messages) &&
    Date.now() - stored.updatedAt < IDLE_LIMIT_MS;
  return valid ? stored : newConversation();
}

export function saveConversation(conversation) {
  conversation.updatedAt = Date.now();
  conversation.messages = conversation.messages.slice(-MAX_MESSAGES);
  write('localStorage', CONVERSATION_KEY, conversation);
}

// Whether the panel was open is kept per tab, so it reopens on the next page of the site.
export const panelWasOpen = () => read('sessionStorage', OPEN_KEY) === true;
export const rememberPanelOpen = (open) => write('sessionStorage', OPEN_KEY, open);
