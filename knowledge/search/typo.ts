/**
 * Typo tolerance: for a query word missing from the vocabulary, find vocabulary words within a small edit
 * distance. Candidates come from shared character bigrams (q-gram lemma: k edits destroy at most 2k of a
 * padded word's bigrams), then a bounded Damerau-Levenshtein check confirms them. The bigram index is
 * built lazily on the first typo, so loading the search index stays cheap.
 */
import type { TokenIndex } from './token-index';

export interface Correction {
  termId: number;
  distance: number;
}

/** Allowed edits by word length: short words are too ambiguous to correct. */
export function maxEdits(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

function grams(word: string): string[] {
  const padded = `\u0002${word}\u0003`;
  const out: string[] = [];
  for (let i = 0; i + 1 < padded.length; i++) out.push(padded.slice(i, i + 2));
  return out;
}

export class TypoIndex {
  private readonly byGram = new Map<string, number[]>();
  private readonly lengths: Uint8Array;
  private readonly counts: Uint8Array;

  constructor(private readonly index: TokenIndex) {
    const terms = index.data.terms;
    this.lengths = new Uint8Array(terms.length);
    this.counts = new Uint8Array(terms.length);
    for (let t = 0; t < terms.length; t++) {
      const term = terms[t];
      this.lengths[t] = Math.min(term.length, 255);
      if (term.length < 3 || term.length > 40 || /^\p{N}+$/u.test(term)) continue;
      for (const g of new Set(grams(term))) {
        let list = this.byGram.get(g);
        if (!list) this.byGram.set(g, (list = []));
        list.push(t);
      }
    }
  }

  corrections(word: string, max = 4): Correction[] {
    const k = maxEdits(word.length);
    if (!k) return [];
    const qgrams = [...new Set(grams(word))];
    const need = Math.max(1, qgrams.length - 2 * k);
    const touched: number[] = [];
    const { counts, lengths } = this;
    for (const g of qgrams) {
      const list = this.byGram.get(g);
      if (!list) continue;
      for (const t of list) {
        if (Math.abs(lengths[t] - word.length) > k) continue;
        if (counts[t] === 0) touched.push(t);
        if (counts[t] < 255) counts[t]++;
      }
    }
    const out: Correction[] = [];
    for (const t of touched) {
      if (counts[t] >= need) {
        const d = boundedDistance(word, this.index.data.terms[t], k);
        if (d <= k) out.push({ termId: t, distance: d });
      }
      counts[t] = 0;
    }
    out.sort((a, b) => a.distance - b.distance || this.index.docFreq(b.termId) - this.index.docFreq(a.termId));
    return out.slice(0, max);
  }
}

/** Optimal-string-alignment distance, giving up (returning k + 1) once every cell of a row exceeds k. */
export function boundedDistance(a: string, b: string, k: number): number {
  if (Math.abs(a.length - b.length) > k) return k + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > k) return k + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}
