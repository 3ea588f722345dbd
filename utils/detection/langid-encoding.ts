/**
 * Shared by the model generator and the runtime decoder: which languages the n-gram model covers
 * and how its scores are squeezed into one character (log scale: small scores dominate the profile).
 */
export const LANGID_LANGUAGES = ['ar', 'de', 'en', 'es', 'fr', 'he', 'id', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'ru', 'th', 'tr', 'vi', 'zh'] as const;
export type LangIdLanguage = (typeof LANGID_LANGUAGES)[number];

/** 64 score levels; none of them is "|" (record separator) or needs escaping in a JS string. */
export const SCORE_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-';
export const SCORE_MAX = 1024;
const LEVELS = SCORE_ALPHABET.length - 1;
const LOG_MAX = Math.log1p(SCORE_MAX);

export function langChar(lang: string): string {
  const i = (LANGID_LANGUAGES as readonly string[]).indexOf(lang);
  if (i < 0) throw new Error(`language ${lang} is not in the n-gram model`);
  return String.fromCharCode(65 + i);
}

export function quantiseScore(score: number): number {
  return Math.round((Math.log1p(Math.max(0, Math.min(SCORE_MAX, score))) / LOG_MAX) * LEVELS);
}

export function dequantiseScore(level: number): number {
  return Math.expm1((level / LEVELS) * LOG_MAX);
}
