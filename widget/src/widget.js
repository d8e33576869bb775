// Ties the view, the stored conversation and the server connection together.
import { openConnection } from './connection.js';
import { loadConversation, newConversation, panelWasOpen, rememberPanelOpen, saveConversation } from './storage.js';
import { createView } from './view.js';

// Rasa sends each answer as a burst of messages; this long without one the indicator goes.
const TYPING_TIMEOUT_MS = 30000;
const STATUS_TEXT = {
  online: '',
  unreachable: 'Cannot reach the assistant right now. Retrying…',
  reconnecting: 'Connection lost, reconnecting…',
  reconnected: 'Connected again.',
};
const RECONNECTED_NOTE_MS = 5000;

/** The buttons of the bot messages after the patient's last message: only those can still
 * be answered. */
function openReplies(messages) {
  const lastUser = messages.map((message) => message.from).lastIndexOf('user');
  return messages.map((message, index) => (index > lastUser && message.replies) || []);
}

export function mountWidget(config) {
  let conversation = loadConversation();
  let connection = null;
  let typingTimer = 0;
  let statusTimer = 0;
  let question = null;

  const view = createView(config, { open: () => setOpen(true), close: () => setOpen(false), send, choose, restart });

  function record(message, replies = []) {
    conversation.messages.push(replies.length ? { ...message, replies } : message);
    saveConversation(conversation);
    return view.addMessage(message, replies);
  }

  function showConversation() {
    view.clear();
    const replies = openReplies(conversation.messages);
    conversation.messages.forEach((message, index) => view.addMessage(message, replies[index]));
    view.reveal(null);
  }

  function setTyping(active) {
    clearTimeout(typingTimer);
    view.setTyping(active);
    if (active) typingTimer = setTimeout(() => view.setTyping(false), TYPING_TIMEOUT_MS);
  }

  function setStatus(state) {
    clearTimeout(statusTimer);
    view.setStatus(STATUS_TEXT[state]);
    if (state === 'reconnected') statusTimer = setTimeout(() => view.setStatus(''), RECONNECTED_NOTE_MS);
  }

  function onReply(reply) {
    const text = typeof reply?.text === 'string' ? reply.text : '';
    const replies = (reply?.quick_replies || reply?.buttons || [])
      .filter((button) => button && typeof button.title === 'string' && typeof button.payload === 'string')
      .map(({ title, payload }) => ({ title, payload }));
    if (!text && !replies.length) return;
    setTyping(false);
    record({ from: 'bot', text }, replies);
    view.reveal(question);
  }

  function connect() {
    connection ??= openConnection({
      ...config.socket,
      sessionId: conversation.sessionId,
      onReply,
      onStatus: setStatus,
    });
  }

  function setOpen(open, moveFocus = true) {
    if (open) connect();
    view.setOpen(open, { moveFocus });
    rememberPanelOpen(open);
    if (open) view.reveal(null);
  }

  function ask(shown, sent) {
    question = record({ from: 'user', text: shown });
    setTyping(true);
    view.reveal(question);
    connection.send(sent);
  }

  function send(text) {
    ask(text, text);
  }

  function choose(reply) {
    ask(reply.title, reply.payload);
  }

  function restart() {
    conversation = newConversation();
    saveConversation(conversation);
    question = null;
    setTyping(false);
    showConversation();
    connection.restart(conversation.sessionId);
    view.focusInput();
  }

  showConversation();
  document.body.append(view.host);
  // Moving to another page of the site keeps the chat open, without taking focus from the
  // new page.
  if (panelWasOpen()) setOpen(true, false);
}
