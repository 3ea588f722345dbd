/**
 * Hashed features of a buyer message for the learned intent/tone model: folded words, word pairs and
 * character n-grams inside words (so typos, missing accents and inflections still share most features),
 * and character uni/bi/trigrams in scripts written without spaces (Chinese, Japanese, Thai). Pure; the
 * trainer (utils/detection/tools/train-intent-model.ts) and the shipped model use this same code.
 */
import { fold } from '../fold';

/** Unspaced scripts: Han, kana, Thai. Hangul is spaced, so it is read as words (plus n-grams). */
const UNSPACED_RUN = /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u0E00-\u0E7F]+/gu;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const MAX_CHARS = 1500;

/** FNV-1a, 32 bit. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
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
  for (const [word] of spaced.matchAll(WORD)) {
    add(`w${word}`);
    if (previous) add(`b${previous} ${word}`);
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
