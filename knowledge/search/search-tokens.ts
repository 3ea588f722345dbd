/**
 * Text → search tokens, identical for documents and queries. Lowercase + accent folding (so "Rückerstattung"
 * and "Ruckerstattung" meet), word tokens for scripts that space their words (Latin, Cyrillic, Greek,
 * Arabic, Hebrew…), and character unigrams + bigrams for CJK (Chinese, Japanese kana/kanji, Korean), which don't.
 */

// Combining marks are dropped (accents, Arabic harakat) except the Japanese voicing marks, which NFC then
// puts back (が stays が, not か).
const MARKS = /(?![\u3099\u309a])\p{M}/gu;
const FOLD: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  // Arabic: ta marbuta and alef maqsura are spelled interchangeably by buyers; tatweel is decoration.
  ة: 'ه',
  ى: 'ي',
  ـ: '',
};
const FOLD_RE = /[ßæœøłđðþıةىـ]/g;
const ASCII = /^\p{ASCII}*$/u;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々〆]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

const SEP = 1;
const LETTER = 2;
const CJK = 3;
/** Character class per BMP code unit, filled lazily: the tokenizer is a plain loop, no regex per word. */
const CLASSES = new Uint8Array(65536);

function classOf(code: number): number {
  let c = CLASSES[code];
  if (c === 0) {
    const ch = String.fromCharCode(code);
    // Surrogates: astral letters (rare CJK extensions, math letters) are kept as word characters.
    c = code >= 0xd800 && code <= 0xdfff ? LETTER : CJK_CHAR.test(ch) ? CJK : WORD_CHAR.test(ch) ? LETTER : SEP;
    CLASSES[code] = c;
  }
  return c;
}

/** Per BMP code unit, what it folds to (lowercase, no accents), filled lazily; '' = needs the full path. */
const FOLDED: Array<string | undefined> = new Array(65536);
/** 1 = folds to itself, 2 = folds to something else, 0 = not looked at yet. Keeps the common case a byte read. */
const SAME = new Uint8Array(65536);

function foldFull(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(FOLD_RE, (c) => FOLD[c] ?? c);
}

function foldChar(code: number): string {
  let f = FOLDED[code];
  if (f === undefined) {
    const ch = String.fromCharCode(code);
    // Combining marks and surrogates need the whole-string path (recomposition, pairs).
    f = (code >= 0xd800 && code <= 0xdfff) || /\p{M}/u.test(ch) ? '' : foldFull(ch);
    FOLDED[code] = f;
    SAME[code] = f === ch ? 1 : 2;
  }
  return f;
}

/**
 * Lowercase, fold accents and a few letter variants: native lowercasing, then a per-character fold cache
 * (most CJK, Cyrillic and Arabic text comes through untouched); combining marks take the Unicode path.
 */
export function normalize(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII.test(lower)) return lower;
  // Copy unchanged runs as slices; only characters that fold to something else are replaced.
  let out = '';
  let run = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code < 128 || SAME[code] === 1) continue;
    const f = foldChar(code);
    if (f === '') return foldFull(text);
    if (SAME[code] === 1) continue;
    out += lower.slice(run, i) + f;
    run = i + 1;
  }
  return run === 0 ? lower : out + lower.slice(run);
}

export interface QueryToken {
  /** The normalised token as indexed. */
  term: string;
  /** CJK tokens are character n-grams: no prefix or typo expansion. */
  cjk: boolean;
  /** Query CJK bigrams fall back to these unigrams when the bigram is unknown. */
  unigrams?: string[];
}

/**
 * Calls `emit(start, end)` for every index token of an already normalised text, as spans of it: the index
 * looks spans up without slicing a string per token (that allocation dominated index builds).
 */
export function eachSpan(s: string, emit: (start: number, end: number) => void): void {
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = classOf(s.charCodeAt(i));
    if (c === SEP) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && classOf(s.charCodeAt(i)) === c) i++;
    if (c === LETTER) {
      wordSpans(s, start, i, emit, false);
      continue;
    }
    for (let k = start; k < i; k++) {
      emit(k, k + 1);
      if (k + 1 < i) emit(k, k + 2);
    }
  }
}

export function eachToken(s: string, emit: (term: string) => void): void {
  eachSpan(s, (a, b) => emit(s.slice(a, b)));
}

/**
 * A word is a token unless it is a lone non-digit character. Arabic definite article: documents index
 * "الطلب" also as "طلب"; a query looks up "طلب" only, so it finds both spellings.
 */
function wordSpans(s: string, start: number, end: number, emit: (start: number, end: number) => void, query: boolean) {
  const len = end - start;
  if (len < 2) {
    const c = s.charCodeAt(start);
    if (c < 48 || c > 57) return;
  }
  const article = len >= 5 && s.charCodeAt(start) === 0x627 && s.charCodeAt(start + 1) === 0x644;
  if (!(article && query)) emit(start, end);
  if (article) emit(start + 2, end);
}

export function tokenize(text: string): string[] {
  const out: string[] = [];
  eachToken(normalize(text), (t) => out.push(t));
  return out;
}

/** Query tokens: words, and for CJK runs their bigrams (a single character stays a unigram). */
export function queryTokens(query: string): QueryToken[] {
  const out: QueryToken[] = [];
  const seen = new Set<string>();
  const add = (t: QueryToken) => {
    if (!seen.has(t.term)) {
      seen.add(t.term);
      out.push(t);
    }
  };
  const s = normalize(query);
  let i = 0;
  while (i < s.length) {
    const c = classOf(s.charCodeAt(i));
    if (c === SEP) {
      i++;
      continue;
    }
    const start = i;
    while (i < s.length && classOf(s.charCodeAt(i)) === c) i++;
    if (c === LETTER) {
      wordSpans(s, start, i, (a, b) => add({ term: s.slice(a, b), cjk: false }), true);
    } else if (i - start === 1) {
      add({ term: s[start], cjk: true });
    } else {
      for (let k = start; k + 1 < i; k++) add({ term: s.slice(k, k + 2), cjk: true, unigrams: [s[k], s[k + 1]] });
    }
  }
  return out.slice(0, 24);
}
