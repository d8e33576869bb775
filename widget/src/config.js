// Reads the widget's settings from the data-* attributes of its <script> tag.
import { themeFor } from './contrast.js';

const DEFAULT_SERVER = 'http://localhost:5005';
const DEFAULT_EMERGENCY_NUMBER = '000';
const PHONE_NUMBER = /^\+?[0-9][0-9 ()-]{1,19}$/;

function text(value, fallback) {
  const trimmed = (value || '').trim();
  return trimmed || fallback;
}

/** socket.io reads a path in the URL as a namespace, so a Rasa server behind a sub-path
 * (https://clinic.example/assistant) must be split into origin and socket path. */
function socketAddress(server, base) {
  const url = new URL(server, base);
  return { url: url.origin, path: `${url.pathname.replace(/\/+$/, '')}/socket.io` };
}

function emergencyNumber(value) {
  const number = text(value, DEFAULT_EMERGENCY_NUMBER);
  return PHONE_NUMBER.test(number) ? number : DEFAULT_EMERGENCY_NUMBER;
}

export function readConfig(dataset, base) {
  const clinicName = text(dataset.clinicName, 'our clinic');
  const emergency = emergencyNumber(dataset.emergencyNumber);
  return {
    socket: socketAddress(text(dataset.server, DEFAULT_SERVER), base),
    clinicName,
    theme: themeFor(dataset.primaryColor),
    greeting: text(
      dataset.greeting,
      `Hi! I'm the back pain education assistant for ${clinicName}. What would you like to know?`,
    ),
    emergency: { number: emergency, href: `tel:${emergency.replace(/[^0-9+]/g, '')}` },
  };
}
