/**
 * Hashed features of a buyer message for the learned intent/tone model: folded words, word pairs and
 * character n-grams inside words (so typos, missing accents and inflections still share most features),
 * and character uni/bi/trigrams in scripts written without spaces (Chinese, Japanese, Thai). Pure; the
 * trainer (utils/detection/tools/train-intent-model.ts) and the shipped model use this same code.
 */
import { fold } from '../fold';

/** Unspaced scripts: Han, kana, Thai. Hangul is spaced, so it is read as words (plus n-grams). */
const UNSPACED_RUN = /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u0E00-\u0E7F]+/gu;
/** Words, and punctuation runs (a negation's scope ends at them). */
const WORD = /[\p{L}\p{N}\p{M}]+|[.!?;:,。！？；：，、\n]+/gu;
const PUNCTUATION = /^[.!?;:,。！？；：，、\n]/u;
const MAX_CHARS = 1500;
/** How many words after a negation cue read as negated ("not very good", "tidak terlalu bagus"). */
const NEGATION_SCOPE = 3;

/**
 * A bag of words reads "not good" as "good": words after a negation cue (folded, so no accents) are also
 * counted as negated words, which the model learns apart. Verb-internal negation (Japanese -nai, Czech ne-,
 * Turkish -me-) is already visible in the character n-grams.
 */
const NEGATION_BEFORE = new Set(
  [
    'not no never nor without hardly barely nothing cannot nao nunca nem ni sem sin nada non mai senza ne pas jamais aucun aucune sans rien',
    'nicht kein keine keinen keiner keinem keines nie niemals kaum ohne nichts niet geen nooit zonder не нет ни ні без nie bez nem sem nincs nu',
    'inte ikke ej aldrig aldri ei δεν μη οχι לא אין בלי لا ليس ليست مش مو ما لم لن غير مب بدون tidak tak ga gak nggak engga enggak ngga bukan',
    'belum kurang tanpa jangan khong chang chua ko hic 안 못 별로',
  ]
    .join(' ')
    .split(' ')
    .map((w) => fold(w)),
);
/** Negation written after the word it negates: Turkish "iyi değil", Korean "좋지 않아요", "재미 없어요". */
const NEGATION_AFTER = /^(degil|yok|않|없)/;

/** FNV-1a, 32 bit. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A negated word, and its first four letters so inflections share it ("gostei", "gostou"). */
function addNegated(add: (f: string) => void, word: string): void {
  add(`n${word}`);
  if ([...word].length > 4) add(`n4${[...word].slice(0, 4).join('')}`);
}

/** Unique feature buckets of a text, for a model with `buckets` (a power of two) rows. */
export function featureBuckets(text: string, buckets: number): Uint32Array {
  const mask = buckets - 1;
  const out = new Set<number>();
  const add = (f: string) => out.add(hash(f) & mask);
  const folded = fold(text.slice(0, MAX_CHARS)).replace(/\d/g, '0');
  const spaced = folded.replace(UNSPACED_RUN, (run) => {
    const chars = [...run];
    for (let i = 0; i < chars.length; i++) {
      add(`u${chars[i]}`);
      if (i + 1 < chars.length) add(`u${chars[i]}${chars[i + 1]}`);
      if (i + 2 < chars.length) add(`u${chars[i]}${chars[i + 1]}${chars[i + 2]}`);
    }
    return ' ';
  });
  let previous = '';
  let negated = 0;
  for (const [word] of spaced.matchAll(WORD)) {
    if (PUNCTUATION.test(word)) {
      negated = 0;
      continue;
    }
    add(`w${word}`);
    if (previous) add(`b${previous} ${word}`);
    if (negated > 0) {
      negated--;
      addNegated(add, word);
    }
    if (NEGATION_BEFORE.has(word)) negated = NEGATION_SCOPE;
    else if (previous && NEGATION_AFTER.test(word)) addNegated(add, previous);
    previous = word;
    const padded = [...`<${word}>`];
    for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) add(`c${padded.slice(i, i + n).join('')}`);
  }
  // Typography carries tone that words miss: shouting, "!!!", "???".
  if (/[!！]{2,}/.test(text)) add('t!!');
  if (/[?？]{2,}/.test(text)) add('t??');
  const caps = text.match(/\b\p{Lu}{3,}\b/gu)?.length ?? 0;
  if (caps >= 2) add('tCAPS');
  return Uint32Array.from(out);
}
