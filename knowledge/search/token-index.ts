/**
 * In-memory inverted index: sorted vocabulary (binary search gives exact and prefix lookups) and
 * compressed postings (doc, field-weighted term frequency) in typed arrays, so it serialises into
 * IndexedDB as a handful of structured-clonable arrays and loads without re-tokenising anything.
 */
import { eachSpan, normalize } from './normalize';
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
    // Postings are appended to flat typed arrays as per-term linked lists (no small arrays, little garbage);
    // a term's postings arrive in document order, so "same document as my last posting" is one comparison.
    const table = new TermTable();
    let pDoc = new Uint32Array(1 << 16);
    let pWeight = new Float32Array(1 << 16);
    let pNext = new Int32Array(1 << 16);
    let head = new Int32Array(1 << 12);
    let tail = new Int32Array(1 << 12);
    const docLen = new Float32Array(docs.length);
    let size = 0;
    let d = 0;
    let w = 0;
    let len = 0;
    let text = '';
    const add = (start: number, end: number) => {
      len += w;
      const id = table.idOf(text, start, end);
      if (id >= head.length) {
        head = grow(head, Int32Array);
        tail = grow(tail, Int32Array);
      }
      const last = head[id] === 0 ? -1 : tail[id] - 1;
      if (last >= 0 && pDoc[last] === d) {
        pWeight[last] += w;
        return;
      }
      if (size === pDoc.length) {
        pDoc = grow(pDoc, Uint32Array);
        pWeight = grow(pWeight, Float32Array);
        pNext = grow(pNext, Int32Array);
      }
      pDoc[size] = d;
      pWeight[size] = w;
      pNext[size] = -1;
      // head/tail hold index + 1 so that 0 means "no postings yet" without a fill.
      if (last >= 0) pNext[last] = size;
      else head[id] = size + 1;
      tail[id] = size + 1;
      size++;
    };
    const fields = Object.keys(FIELD_WEIGHTS) as Field[];
    for (d = 0; d < docs.length; d++) {
      len = 0;
      for (const field of fields) {
        w = FIELD_WEIGHTS[field];
        for (const raw of docs[d].fields[field]) {
          text = normalize(raw);
          eachSpan(text, add);
        }
      }
      docLen[d] = len;
    }
    const termList = table.terms;
    const order = termList.map((_, i) => i).sort((a, b) => (termList[a] < termList[b] ? -1 : 1));
    const offsets = new Uint32Array(order.length + 1);
    const postDocs = new Uint32Array(size);
    const postWeights = new Float32Array(size);
    let at = 0;
    order.forEach((id, t) => {
      offsets[t] = at;
      for (let p = head[id] - 1; p >= 0; p = pNext[p]) {
        postDocs[at] = pDoc[p];
        postWeights[at] = pWeight[p];
        at++;
      }
    });
    offsets[order.length] = at;
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
