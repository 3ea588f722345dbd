/**
 * N-gram language scorer over the compact model in langid-model.ts. Same scoring as tinyld
 * (which the model comes from): a chunk containing a gram unique to one language votes for it by
 * its length; otherwise every word spreads a vote over languages by summed gram scores.
 */
import { NGRAM_LANGUAGES, dequantiseScore, languageIndexOfCode, SCORE_ALPHABET } from './langid-encoding';
import { SHARED_GRAMS, UNIQUE_GRAMS } from './langid-model';

interface Model {
  unique: Map<string, number>;
  /** Start of each "|"-separated record of SHARED_GRAMS (records are sorted by gram). */
  records: Uint32Array;
  /** Score by character code of a score letter. */
  scoreOf: Float64Array;
}

const LANGS = NGRAM_LANGUAGES as readonly string[];

let model: Model | null = null;

/**
 * Built lazily and kept. Shared grams are not decoded into a map: a cold service worker would spend tens
 * of milliseconds on it before its first answer. A gram is found by binary search over the sorted records.
 */
export function getModel(): Model {
  if (model) return model;
  const unique = new Map<string, number>();
  for (const [lang, grams] of Object.entries(UNIQUE_GRAMS)) {
    const index = LANGS.indexOf(lang);
    for (const g of grams.split('|')) unique.set(g, index);
  }
  const starts = [0];
  for (let at = SHARED_GRAMS.indexOf('|'); at >= 0; at = SHARED_GRAMS.indexOf('|', at + 1)) starts.push(at + 1);
  const scoreOf = new Float64Array(128);
  for (let i = 0; i < SCORE_ALPHABET.length; i++) scoreOf[SCORE_ALPHABET.charCodeAt(i)] = dequantiseScore(i);
  model = { unique, records: Uint32Array.from(starts), scoreOf };
  return model;
}

/** Language characters (A-Z, 0-9) end a record's gram; grams themselves are lower-case and digit-free. */
const isLanguageLetter = (code: number) => languageIndexOfCode(code) >= 0;

/** Compares `gram` with the gram of the record starting at `at`: <0, 0 or >0 as string order. */
function compareGram(gram: string, at: number): number {
  for (let k = 0; ; k++) {
    const r = at + k < SHARED_GRAMS.length ? SHARED_GRAMS.charCodeAt(at + k) : 124;
    const recordEnded = r === 124 || isLanguageLetter(r);
    if (k === gram.length) return recordEnded ? 0 : -1;
    if (recordEnded) return 1;
    const g = gram.charCodeAt(k);
    if (g !== r) return g - r;
  }
}

/** Offset of the gram's (language, score) letter pairs in SHARED_GRAMS, or -1. */
function sharedEntries(gram: string, m: Model): number {
  let lo = 0;
  let hi = m.records.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = compareGram(gram, m.records[mid]);
    if (c === 0) return m.records[mid] + gram.length;
    if (c < 0) hi = mid - 1;
    else lo = mid + 1;
  }
  return -1;
}

const PUNCT = /[,.。，、#%&/\\+*¡!¿?[\]！？;:…„“«»”"_–—~]/g;
const CHUNK_SPLIT = /(?:[,，、。!¿?！？":;()「」{}„“«»”<>⋯《》*]|[.[\]\\])+/;
const MARKS = /[\u0300-\u036f]/g;
const UNIQUE_WORD_VOTE = 2;

function cleanChunk(chunk: string): string {
  return chunk
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(PUNCT, ' ')
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[0-9]/g, '')
    .replace(/\s\s+/g, ' ')
    .trim();
}

/*
 * Grams of a word are the substrings of " word " of length 1-5 except a lone space (tinyld pads
 * with n-1 spaces but drops grams with two spaces in a row, which leaves exactly these).
 */

function uniqueLanguage(word: string, allowed: boolean[], m: Model): number {
  const t = ` ${word} `;
  for (let n = 1; n <= 5; n++) {
    for (let i = 0; i + n <= t.length; i++) {
      const lang = m.unique.get(t.slice(i, i + n));
      if (lang !== undefined && allowed[lang]) return lang;
    }
  }
  return -1;
}

const local = new Float64Array(LANGS.length);

function scoreWord(word: string, allowed: boolean[], m: Model, into: Float64Array) {
  local.fill(0);
  // Shared grams are stored without accents; stripping the word once equals stripping each gram.
  const t = ` ${word.normalize('NFD').replace(MARKS, '')} `;
  for (let n = 1; n <= 5; n++) {
    for (let i = 0; i + n <= t.length; i++) {
      const at = sharedEntries(t.slice(i, i + n), m);
      if (at < 0) continue;
      for (let k = at; k + 1 < SHARED_GRAMS.length && SHARED_GRAMS.charCodeAt(k) !== 124; k += 2) {
        const lang = languageIndexOfCode(SHARED_GRAMS.charCodeAt(k));
        if (allowed[lang]) local[lang] += (m.scoreOf[SHARED_GRAMS.charCodeAt(k + 1)] * n) / 4;
      }
    }
  }
  let max = 0;
  for (let k = 0; k < local.length; k++) max = Math.max(max, local[k]);
  if (!max) return;
  // tinyld counts a word's eight best languages (of the script's 27 Latin or 5 Cyrillic ones here).
  const order = [...local.keys()]
    .filter((k) => local[k] > 0)
    .sort((a, b) => local[b] - local[a])
    .slice(0, 8);
  for (const k of order) into[k] += local[k] / max;
}

export interface NgramVotes {
  votes: Map<string, number>;
  /** Letters looked at: votes are relative to it. */
  weight: number;
}

/** Votes per language among `allowed`; the seven longest chunks only, as tinyld does. */
export function ngramVotes(text: string, allowedLanguages: ReadonlySet<string>): NgramVotes {
  const m = getModel();
  const allowed = LANGS.map((l) => allowedLanguages.has(l));
  const chunks = text
    .split(CHUNK_SPLIT)
    .map(cleanChunk)
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .slice(0, 7);
  const acc = new Float64Array(LANGS.length);
  let weight = 0;
  for (const chunk of chunks) {
    // Unique grams vote per word, not per chunk as in tinyld: one foreign name ("Joey", "Shane")
    // must not swing a whole Italian sentence to English.
    for (const word of chunk.split(/ +/)) {
      const lang = uniqueLanguage(word, allowed, m);
      if (lang >= 0) acc[lang] += UNIQUE_WORD_VOTE;
      else scoreWord(word, allowed, m, acc);
      weight += word.length;
    }
  }
  const votes = new Map<string, number>();
  acc.forEach((v, k) => {
    if (v > 0) votes.set(LANGS[k], v);
  });
  return { votes, weight };
}
