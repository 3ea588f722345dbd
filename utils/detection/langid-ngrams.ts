/**
 * N-gram language scorer over the compact model in langid-model.ts. Same scoring as tinyld
 * (which the model comes from): a chunk containing a gram unique to one language votes for it by
 * its length; otherwise every word spreads a vote over languages by summed gram scores.
 */
import { LANGID_LANGUAGES, dequantiseScore, SCORE_ALPHABET } from './langid-encoding';
import { SHARED_GRAMS, UNIQUE_GRAMS } from './langid-model';

interface Model {
  unique: Map<string, number>;
  /** Gram -> flat [language index, score, language index, score…]. */
  shared: Map<string, number[]>;
}

const LANGS = LANGID_LANGUAGES as readonly string[];

let model: Model | null = null;

/** Decoded lazily and kept: about 20 ms once per service-worker start. */
function getModel(): Model {
  if (model) return model;
  const unique = new Map<string, number>();
  for (const [lang, grams] of Object.entries(UNIQUE_GRAMS)) for (const g of grams.split('|')) unique.set(g, LANGS.indexOf(lang));
  const shared = new Map<string, number[]>();
  const levels = [...SCORE_ALPHABET].map((_, i) => dequantiseScore(i));
  const scoreOf = new Map([...SCORE_ALPHABET].map((c, i) => [c, levels[i]]));
  for (const record of SHARED_GRAMS.split('|')) {
    let i = 0;
    while (i < record.length && !(record.charCodeAt(i) >= 65 && record.charCodeAt(i) <= 90)) i++;
    const entries: number[] = [];
    for (let j = i; j + 1 < record.length; j += 2) entries.push(record.charCodeAt(j) - 65, scoreOf.get(record[j + 1]) ?? 0);
    shared.set(record.slice(0, i), entries);
  }
  model = { unique, shared };
  return model;
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
      const entries = m.shared.get(t.slice(i, i + n));
      if (!entries) continue;
      for (let k = 0; k < entries.length; k += 2) if (allowed[entries[k]]) local[entries[k]] += (entries[k + 1] * n) / 4;
    }
  }
  let max = 0;
  for (let k = 0; k < local.length; k++) max = Math.max(max, local[k]);
  if (!max) return;
  // tinyld counts a word's eight best languages; with our 18 that is almost always all of them.
  const order = [...local.keys()].filter((k) => local[k] > 0).sort((a, b) => local[b] - local[a]).slice(0, 8);
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
