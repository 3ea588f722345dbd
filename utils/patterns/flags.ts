/** Flag emojis: a pair of regional indicator symbols (🇧🇷 = B R) spells an ISO 3166 country code. */
const REGIONAL_A = 0x1f1e6;
const LETTER_A = 65;

/** One flag, its two indicators captured. */
export const FLAG_EMOJI = /([\u{1F1E6}-\u{1F1FF}])([\u{1F1E6}-\u{1F1FF}])/u;
/** Every flag in a text, for `.replace` / `.matchAll`. */
export const FLAG_EMOJIS = new RegExp(FLAG_EMOJI.source, 'gu');
/** A lone regional indicator symbol (half a flag, or a flag's letter). */
export const REGIONAL_INDICATORS = /[\u{1F1E6}-\u{1F1FF}]/gu;

/** The country code two regional indicators spell ("🇧", "🇷" -> "BR"). */
export function flagPairToCode(first: string, second: string): string {
  return String.fromCharCode(first.codePointAt(0)! - REGIONAL_A + LETTER_A, second.codePointAt(0)! - REGIONAL_A + LETTER_A);
}

/** The country code of the first flag emoji in a text, or null. */
export function flagToCode(text: string): string | null {
  const m = text.match(FLAG_EMOJI);
  return m ? flagPairToCode(m[1], m[2]) : null;
}

/** The flag emoji of a two-letter country code ("BR" -> "🇧🇷"); '' for anything else. */
export function flagOf(code: string): string {
  return /^[A-Z]{2}$/.test(code) ? String.fromCodePoint(...[...code].map((c) => REGIONAL_A + c.charCodeAt(0) - LETTER_A)) : '';
}
