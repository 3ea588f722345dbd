/**
 * Shared by the model generator and the runtime decoder: which languages identifyLanguage answers,
 * which of them the n-gram model covers, and how its scores are squeezed into one character (log
 * scale: small scores dominate the profile).
 */

/** Every language identifyLanguage can answer (besides "und"): the official languages of the profiled markets. */
export const LANGID_LANGUAGES = [
  'af',
  'ar',
  'be',
  'bg',
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'he',
  'hi',
  'hu',
  'id',
  'it',
  'ja',
  'kk',
  'ko',
  'lt',
  'lv',
  'ms',
  'nb',
  'nl',
  'pl',
  'pt',
  'ro',
  'ru',
  'sk',
  'sv',
  'th',
  'tl',
  'tr',
  'uk',
  'vi',
  'zh',
] as const;
export type LangIdLanguage = (typeof LANGID_LANGUAGES)[number];

/** Latin-script languages: told apart by the n-gram model, letters and cue words. */
export const LATIN_LANGUAGES = [
  'af',
  'ca',
  'cs',
  'da',
  'de',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hu',
  'id',
  'it',
  'lt',
  'lv',
  'ms',
  'nb',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sv',
  'tl',
  'tr',
  'vi',
] as const;
/** Cyrillic-script languages. */
export const CYRILLIC_LANGUAGES = ['be', 'bg', 'kk', 'ru', 'uk'] as const;
/** The n-gram model covers the languages that share a script with another of ours; the rest own theirs. */
export const NGRAM_LANGUAGES = [...LATIN_LANGUAGES, ...CYRILLIC_LANGUAGES] as const;

/**
 * One character per n-gram language in the packed records. Grams are lower-cased and digit-free, so
 * none of these can be part of a gram: the first one after a gram ends it.
 */
export const LANGUAGE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
if (NGRAM_LANGUAGES.length > LANGUAGE_ALPHABET.length) throw new Error('too many n-gram languages for the alphabet');

/** 64 score levels; none of them is "|" (record separator) or needs escaping in a JS string. */
export const SCORE_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-';
export const SCORE_MAX = 1024;
const LEVELS = SCORE_ALPHABET.length - 1;
const LOG_MAX = Math.log1p(SCORE_MAX);

export function langChar(lang: string): string {
  const i = (NGRAM_LANGUAGES as readonly string[]).indexOf(lang);
  if (i < 0) throw new Error(`language ${lang} is not in the n-gram model`);
  return LANGUAGE_ALPHABET[i];
}

/** Index into NGRAM_LANGUAGES of a language character's code, or -1 when the code is not one. */
export function languageIndexOfCode(code: number): number {
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 48 && code <= 57) return code - 48 + 26;
  return -1;
}

export function quantiseScore(score: number): number {
  return Math.round((Math.log1p(Math.max(0, Math.min(SCORE_MAX, score))) / LOG_MAX) * LEVELS);
}

export function dequantiseScore(level: number): number {
  return Math.expm1((level / LEVELS) * LOG_MAX);
}

/**
 * Close neighbours that the word model re-decides between (utils/detection/langid-neighbours.ts). Belarusian has
 * no frequency list to learn from; its own letters (ў) and the n-grams decide it.
 */
export const NEIGHBOUR_GROUPS: ReadonlyArray<readonly string[]> = [
  ['id', 'ms'],
  ['da', 'nb', 'sv'],
  ['cs', 'sk'],
  ['nl', 'af'],
  ['es', 'pt', 'ca', 'it', 'fr', 'ro'],
  ['et', 'fi'],
  ['ru', 'uk', 'bg', 'kk'],
];
/** Word log-probabilities are stored as -ln p in [MIN, MAX] in steps of STEP, one SCORE_ALPHABET letter each. */
export const WORD_LOGP_MIN = 2;
export const WORD_LOGP_STEP = 0.3;
export const WORD_LOGP_MAX = WORD_LOGP_MIN + WORD_LOGP_STEP * (SCORE_ALPHABET.length - 1);
