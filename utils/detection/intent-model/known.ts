/**
 * What the model was trained on, as a Bloom filter shipped beside the weights: its vocabulary (so text made
 * of words it never saw — another language, lorem ipsum — is not forced into an intent by the model's
 * priors) and the pack phrases and examples it learnt (so a phrase a team lead adds later, which the model
 * cannot know, is recognised as new teaching and given the weight of one). Pure.
 */
import { fold } from '../fold';
import { hash } from './features';

export const KNOWN_BITS = 1 << 19;
const HASHES = 3;
const UNSPACED_RUN = /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u0E00-\u0E7F]+/gu;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** A word's stem for familiarity: inflected forms ("spracovanie", "spracovania") share it. */
const STEM = 5;

/**
 * Per word of a text, the keys that make it known: the folded word and, for longer words, its first
 * letters; inside unspaced-script runs, character pairs.
 */
export function vocabulary(text: string): string[][] {
  const out: string[][] = [];
  const spaced = fold(text.slice(0, 1500))
    .replace(/\d+/g, '0')
    .replace(UNSPACED_RUN, (run) => {
      const chars = [...run];
      if (chars.length === 1) out.push([`u${run}`]);
      for (let i = 0; i + 1 < chars.length; i++) out.push([`u${chars[i]}${chars[i + 1]}`]);
      return ' ';
    });
  for (const [w] of spaced.matchAll(WORD)) {
    if (w === '0') continue;
    const letters = [...w];
    out.push(letters.length > STEM ? [`w${w}`, `s${letters.slice(0, STEM).join('')}`] : [`w${w}`]);
  }
  return out;
}

/** A pack phrase or example as the trainer saw it: its intent and folded text (weight suffix "^2" dropped). */
export function phraseKey(label: string, phrase: string): string {
  const text = fold(phrase.replace(/\^[\d.]+$/, ''))
    .replace(/\s+/g, ' ')
    .trim();
  return `p${label}\u0000${text}`;
}

function positions(key: string, bits: number): number[] {
  const h1 = hash(key);
  const h2 = hash(`${key}\u0001`) | 1;
  return Array.from({ length: HASHES }, (_, i) => ((h1 + Math.imul(i, h2)) >>> 0) & (bits - 1));
}

export function addKnown(filter: Uint8Array, key: string): void {
  for (const p of positions(key, filter.length * 8)) filter[p >> 3] |= 1 << (p & 7);
}

export function isKnown(filter: Uint8Array, key: string): boolean {
  return positions(key, filter.length * 8).every((p) => (filter[p >> 3] & (1 << (p & 7))) !== 0);
}

/** Share of a text's words the model saw in training, as such or by stem (1 for text with no words: nothing to doubt). */
export function familiarity(filter: Uint8Array, text: string): number {
  const words = vocabulary(text);
  if (!words.length) return 1;
  return words.filter((keys) => keys.some((k) => isKnown(filter, k))).length / words.length;
}
