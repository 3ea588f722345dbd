/**
 * In-memory inverted index: sorted vocabulary (binary search gives exact and prefix lookups) and
 * compressed postings (doc, field-weighted term frequency) in typed arrays, so it serialises into
 * IndexedDB as a handful of structured-clonable arrays and loads without re-tokenising anything.
 */
import { eachSpan, normalize } from './search-tokens';
import { TermTable } from './term-table';
import { FIELD_WEIGHTS, type Field } from './documents';

/** Bump when tokenisation or the layout changes: persisted indexes of another format are rebuilt. */
export const INDEX_FORMAT = 1;

export interface SerializedIndex {
  format: number;
  /** Identifies the effective entry set the index was built from (see layering.layerKey). */
  key: string;
  docIds: string[];
  terms: string[];
  offsets: Uint32Array;
  postDocs: Uint32Array;
  postWeights: Float32Array;
  docLen: Float32Array;
}

export class TokenIndex {
  readonly avgDocLen: number;

  constructor(readonly data: SerializedIndex) {
    let total = 0;
    for (let i = 0; i < data.docLen.length; i++) total += data.docLen[i];
    this.avgDocLen = data.docLen.length ? total / data.docLen.length : 1;
  }

  get docCount(): number {
    return this.data.docIds.length;
  }

  get termCount(): number {
    return this.data.terms.length;
  }

  static build(key: string, docs: Array<{ id: string; fields: Record<Field, string[]> }>): TokenIndex {
    // Pass 1 appends (term, doc, weight) postings in document order to flat typed arrays — a term seen
    // again in the same document just adds weight. Pass 2 is a counting sort by term: no per-term arrays,
    // no pointer chasing, little garbage.
    const table = new TermTable();
    let pTerm = new Int32Array(1 << 16);
    let pDoc = new Uint32Array(1 << 16);
    let pWeight = new Float32Array(1 << 16);
    let lastDoc = new Int32Array(1 << 12).fill(-1);
    let lastPos = new Int32Array(1 << 12);
    const docLen = new Float32Array(docs.length);
    let size = 0;
    let d = 0;
    let w = 0;
    let len = 0;
    let text = '';
    const add = (start: number, end: number) => {
      len += w;
      const id = table.idOf(text, start, end);
      if (id >= lastDoc.length) {
        const grown = new Int32Array(lastDoc.length * 2).fill(-1);
        grown.set(lastDoc);
        lastDoc = grown;
        lastPos = grow(lastPos, Int32Array);
      }
      if (lastDoc[id] === d) {
        pWeight[lastPos[id]] += w;
        return;
      }
      if (size === pDoc.length) {
        pTerm = grow(pTerm, Int32Array);
        pDoc = grow(pDoc, Uint32Array);
        pWeight = grow(pWeight, Float32Array);
      }
      lastDoc[id] = d;
      lastPos[id] = size;
      pTerm[size] = id;
      pDoc[size] = d;
      pWeight[size] = w;
      size++;
    };
    const fields = Object.keys(FIELD_WEIGHTS) as Field[];
    for (d = 0; d < docs.length; d++) {
      len = 0;
      for (const field of fields) {
        w = FIELD_WEIGHTS[field];
        const parts = docs[d].fields[field];
        if (!parts.length) continue;
        // One normalise + scan per field: the newline keeps the parts' words apart.
        text = normalize(parts.length === 1 ? parts[0] : parts.join('\n'));
        eachSpan(text, add);
      }
      docLen[d] = len;
    }
    const termList = table.terms;
    const order = termList.map((_, i) => i).sort((a, b) => (termList[a] < termList[b] ? -1 : 1));
    const rank = new Int32Array(order.length);
    order.forEach((id, r) => (rank[id] = r));
    const offsets = new Uint32Array(order.length + 1);
    for (let p = 0; p < size; p++) offsets[rank[pTerm[p]] + 1]++;
    for (let r = 0; r < order.length; r++) offsets[r + 1] += offsets[r];
    const cursor = offsets.slice(0, order.length);
    const postDocs = new Uint32Array(size);
    const postWeights = new Float32Array(size);
    for (let p = 0; p < size; p++) {
      const at = cursor[rank[pTerm[p]]]++;
      postDocs[at] = pDoc[p];
      postWeights[at] = pWeight[p];
    }
    const terms = order.map((id) => termList[id]);
    return new TokenIndex({ format: INDEX_FORMAT, key, docIds: docs.map((doc) => doc.id), terms, offsets, postDocs, postWeights, docLen });
  }

  /** Index of the first term >= `term` in the sorted vocabulary. */
  lowerBound(term: string): number {
    const terms = this.data.terms;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (terms[mid] < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  termId(term: string): number {
    const i = this.lowerBound(term);
    return i < this.data.terms.length && this.data.terms[i] === term ? i : -1;
  }

  /** Term ids that start with `prefix` (the exact term excluded), at most `max`, vocabulary order. */
  prefixed(prefix: string, max: number): number[] {
    const out: number[] = [];
    const terms = this.data.terms;
    for (let i = this.lowerBound(prefix); i < terms.length && out.length < max && terms[i].startsWith(prefix); i++) {
      if (terms[i] !== prefix) out.push(i);
    }
    return out;
  }

  docFreq(termId: number): number {
    return this.data.offsets[termId + 1] - this.data.offsets[termId];
  }
}

function grow<T extends Uint32Array | Int32Array | Float32Array>(array: T, Kind: new (n: number) => T): T {
  const next = new Kind(array.length * 2);
  next.set(array);
  return next;
}
