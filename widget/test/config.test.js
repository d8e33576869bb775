import assert from 'node:assert/strict';
import { test } from 'node:test';

import { readConfig } from '../src/config.js';
import { contrast, DEFAULT_THEME, themeFor } from '../src/contrast.js';

const PAGE = 'https://harbourside.example/about/';

test('defaults give a working widget with no attributes', () => {
  const config = readConfig({}, PAGE);
  assert.deepEqual(config.socket, { url: 'http://localhost:5005', path: '/socket.io' });
  assert.deepEqual(config.emergency, { number: '000', href: 'tel:000' });
  assert.deepEqual(config.theme, DEFAULT_THEME);
  assert.match(config.greeting, /our clinic/);
});

test('a server behind a sub-path keeps it in the socket path, not the namespace', () => {
  const config = readConfig({ server: 'https://chat.example/assistant/' }, PAGE);
  assert.deepEqual(config.socket, { url: 'https://chat.example', path: '/assistant/socket.io' });
});

test('a relative server address resolves against the page', () => {
  assert.equal(readConfig({ server: '/bot' }, PAGE).socket.url, 'https://harbourside.example');
});

test('the emergency number is dialable and odd values fall back to the default', () => {
  assert.deepEqual(readConfig({ emergencyNumber: '+61 (2) 9999-0000' }, PAGE).emergency, {
    number: '+61 (2) 9999-0000',
    href: 'tel:+61299990000',
  });
  assert.equal(readConfig({ emergencyNumber: 'javascript:alert(1)' }, PAGE).emergency.href, 'tel:000');
});

test('brand colours keep 4.5:1 text contrast or fall back', () => {
  assert.deepEqual(themeFor('#FFD000'), { background: '#ffd000', foreground: '#1a1a1a', ink: '#1a1a1a' });
  assert.deepEqual(themeFor('#004d40'), { background: '#004d40', foreground: '#ffffff', ink: '#004d40' });
  assert.deepEqual(themeFor('#777777'), DEFAULT_THEME);
  assert.deepEqual(themeFor('red'), DEFAULT_THEME);
  assert.deepEqual(themeFor('#12345'), DEFAULT_THEME);
  assert.ok(contrast(DEFAULT_THEME.background, DEFAULT_THEME.foreground) >= 4.5);
});
