/**
 * Nearest example message: packs carry natural examples per intent, so a team lead teaches a new
 * phrasing by adding a sentence. Similarity is an IDF-weighted cosine over words (character pairs
 * for Chinese, Japanese, Korean and Thai), enough to recognise a paraphrase of a known example.
 */
import { fold, tokenize, UNSPACED } from './fold';

export interface ExampleIndex {
  postings: Map<string, number[]>;
  labels: string[];
  norms: number[];
  idf: Map<string, number>;
  maxIdf: number;
}

/** Words and, inside unspaced-script runs, overlapping character pairs. */
export function features(text: string): Set<string> {
  const out = new Set<string>();
  for (const { text: t } of tokenize(fold(text))) {
    if (UNSPACED.test(t)) {
      const chars = [...t];
      if (chars.length === 1) out.add(t);
      for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
    } else if (!/^\d+$/.test(t)) out.add(t);
  }
  return out;
}

export function buildExampleIndex(examples: Array<{ label: string; text: string }>): ExampleIndex {
  const feats = examples.map((e) => features(e.text));
  const df = new Map<string, number>();
  for (const f of feats) for (const t of f) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(1, examples.length);
  const idf = new Map([...df].map(([t, d]) => [t, Math.log(1 + n / d)]));
  const maxIdf = Math.log(1 + n);
  const postings = new Map<string, number[]>();
  const norms: number[] = [];
  feats.forEach((f, i) => {
    let sq = 0;
    for (const t of f) {
      sq += idf.get(t)! ** 2;
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
    norms.push(Math.sqrt(sq) || 1);
  });
  return { postings, labels: examples.map((e) => e.label), norms, idf, maxIdf };
}

/** Best cosine similarity per label (only labels with a shared feature appear). */
export function nearestByLabel(index: ExampleIndex, text: string): Map<string, number> {
  const f = features(text);
  const dots = new Map<number, number>();
  let sq = 0;
  for (const t of f) {
    const w = index.idf.get(t) ?? index.maxIdf;
    sq += w * w;
    for (const i of index.postings.get(t) ?? []) dots.set(i, (dots.get(i) ?? 0) + w * w);
  }
  const norm = Math.sqrt(sq) || 1;
  const best = new Map<string, number>();
  for (const [i, dot] of dots) {
    const sim = dot / (norm * index.norms[i]);
    const label = index.labels[i];
    if (sim > (best.get(label) ?? 0)) best.set(label, sim);
  }
  return best;
}
