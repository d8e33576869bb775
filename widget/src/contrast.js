// WCAG 2.1 contrast checks for the clinic's brand colour. The colour fills the launcher,
// the panel header and the patient's bubbles, so its text must stay readable (4.5:1).

const MIN_TEXT_CONTRAST = 4.5;
const LIGHT_TEXT = '#ffffff';
const DARK_TEXT = '#1a1a1a';
export const DEFAULT_THEME = { background: '#0b5aa6', foreground: LIGHT_TEXT, ink: '#0b5aa6' };

function parseHex(value) {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((value || '').trim());
  if (!match) return null;
  const hex = match[1].length === 3 ? [...match[1]].map((digit) => digit + digit).join('') : match[1];
  return [0, 2, 4].map((start) => parseInt(hex.slice(start, start + 2), 16));
}

function luminance(rgb) {
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(first, second) {
  const [lighter, darker] = [luminance(parseHex(first)), luminance(parseHex(second))].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}

/** The brand colour as a background with whichever text colour reads on it, and `ink`, a
 * colour for brand-tinted text on white. The default theme when the value is not a hex
 * colour or neither text colour reaches 4.5:1 on it. */
export function themeFor(colour) {
  if (!parseHex(colour)) return DEFAULT_THEME;
  const background = colour.trim().toLowerCase();
  for (const foreground of [LIGHT_TEXT, DARK_TEXT]) {
    if (contrast(background, foreground) >= MIN_TEXT_CONTRAST) {
      return { background, foreground, ink: foreground === LIGHT_TEXT ? background : DARK_TEXT };
    }
  }
  return DEFAULT_THEME;
}
