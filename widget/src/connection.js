// The Rasa socket.io channel: after every (re)connect the session is requested again, and
// messages typed meanwhile wait until the server has confirmed it, so no reply can go to a
// room this socket has not joined yet.
import { io } from 'socket.io-client';

/** onStatus receives 'online', 'unreachable' (never connected yet), 'reconnecting' or
 * 'reconnected'. */
export function openConnection({ url, path, sessionId, onReply, onStatus }) {
  const socket = io(url, { path, autoConnect: false, reconnectionDelayMax: 5000 });
  let session = sessionId;
  let confirmed = false;
  let everConnected = false;
  let lost = false;
  let waiting = [];

  function flush() {
    for (const message of waiting) socket.emit('user_uttered', { message, session_id: session });
    waiting = [];
  }

  socket.on('connect', () => socket.emit('session_request', { session_id: session }));
  socket.on('session_confirm', () => {
    confirmed = true;
    everConnected = true;
    onStatus(lost ? 'reconnected' : 'online');
    lost = false;
    flush();
  });
  socket.on('bot_uttered', onReply);
  socket.on('disconnect', (reason) => {
    confirmed = false;
    if (reason === 'io client disconnect') return; // restart() below
    lost = true;
    onStatus('reconnecting');
    // socket.io retries by itself except after the server said goodbye (a restart).
    if (reason === 'io server disconnect') socket.connect();
  });
  socket.on('connect_error', () => {
    lost = true;
    onStatus(everConnected ? 'reconnecting' : 'unreachable');
  });
  socket.connect();

  return {
    send(message) {
      waiting.push(message);
      if (confirmed) flush();
    },
    /** A new conversation on a fresh socket, so late replies to the old one cannot arrive. */
    restart(newSessionId) {
      session = newSessionId;
      waiting = [];
      socket.disconnect().connect();
    },
  };
}
