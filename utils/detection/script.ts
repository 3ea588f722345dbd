/**
 * Writing-system census of a text. Most of our languages are decided by script alone (Hangul,
 * kana, Han, Thai, Hebrew, Arabic, Greek, Devanagari); Latin and Cyrillic text needs the n-gram model.
 */
export type Script = 'latin' | 'cyrillic' | 'arabic' | 'hebrew' | 'thai' | 'hangul' | 'kana' | 'han' | 'greek' | 'devanagari' | 'other';

/** Script of one letter by code point (faster than a regex per character). */
function scriptOf(c: number): Script {
  if (c < 0x250 || (c >= 0x1e00 && c <= 0x1eff)) return 'latin';
  if (c >= 0x400 && c <= 0x4ff) return 'cyrillic';
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0x8a0 && c <= 0x8ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) return 'arabic';
  if ((c >= 0x590 && c <= 0x5ff) || (c >= 0xfb1d && c <= 0xfb4f)) return 'hebrew';
  if (c >= 0xe00 && c <= 0xe7f) return 'thai';
  if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) return 'hangul';
  if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9f)) return 'kana';
  if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) return 'han';
  if (c >= 0x370 && c <= 0x3ff) return 'greek';
  if ((c >= 0x900 && c <= 0x97f) || (c >= 0xa8e0 && c <= 0xa8ff)) return 'devanagari';
  return 'other';
}

const LETTER = /\p{L}/u;

const WIDE = new Set<Script>(['han', 'kana', 'hangul']);

export interface ScriptCensus {
  /** Letters per script, CJK characters weighted x3. */
  counts: Partial<Record<Script, number>>;
  letters: number;
  dominant: Script | null;
  /** Share of letters in the dominant script (Han and kana count together for Japanese). */
  purity: number;
}

export function scriptCensus(text: string): ScriptCensus {
  const counts: Partial<Record<Script, number>> = {};
  let letters = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    // ASCII letters are the common case; everything else asks Unicode whether it is a letter.
    const ascii = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (!ascii && (code < 0xaa || !LETTER.test(ch))) continue;
    const script = ascii ? 'latin' : scriptOf(code);
    // One CJK character carries about a word: a Latin name inside a Chinese sentence must not win.
    counts[script] = (counts[script] ?? 0) + (WIDE.has(script) ? 3 : 1);
  }
  for (const n of Object.values(counts)) letters += n;
  let dominant: Script | null = null;
  let best = 0;
  for (const [script, n] of Object.entries(counts) as Array<[Script, number]>) {
    if (n > best) [dominant, best] = [script, n];
  }
  // Japanese mixes kana and Han: any kana makes Han-heavy text Japanese.
  const cjk = (counts.kana ?? 0) + (counts.han ?? 0);
  if ((dominant === 'han' || dominant === 'kana') && counts.kana) return { counts, letters, dominant: 'kana', purity: cjk / letters };
  return { counts, letters, dominant, purity: letters ? best / letters : 0 };
}
