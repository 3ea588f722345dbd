/**
 * Digits as buyers type them, made ASCII without moving any character: Arabic-Indic (٢٠), Persian (۲۰)
 * and full-width (２０, ＄) forms each map to one ASCII character, so a match's offsets in the normalised
 * text are its offsets in the message.
 */

const ARABIC_INDIC = 0x0660;
const PERSIAN = 0x06f0;
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const SINGLE: Record<string, string> = { '\u066b': '.', '\u066c': ',', '\u3000': ' ', '\uffe5': '¥', '\uffe1': '£', '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ' };
const NEEDS_WORK = /[\u0660-\u0669\u06f0-\u06f9\uff01-\uff5e\u066b\u066c\u3000\uffe5\uffe1\u00a0\u202f\u2009]/;
const EACH = /[\u0660-\u0669\u06f0-\u06f9\uff01-\uff5e\u066b\u066c\u3000\uffe5\uffe1\u00a0\u202f\u2009]/g;

function ascii(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= ARABIC_INDIC && code <= ARABIC_INDIC + 9) return String(code - ARABIC_INDIC);
  if (code >= PERSIAN && code <= PERSIAN + 9) return String(code - PERSIAN);
  if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) return String.fromCharCode(code - FULL_WIDTH_FIRST + 0x21);
  return SINGLE[ch] ?? ch;
}

/** Same length as the input; only the characters above change. */
export function normalizeDigits(text: string): string {
  return NEEDS_WORK.test(text) ? text.replace(EACH, ascii) : text;
}
