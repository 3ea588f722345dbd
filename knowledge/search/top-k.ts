/** The k best (doc, score) pairs of a stream, by a min-heap: O(n log k) instead of sorting every match. */
export class TopK {
  private readonly docs: Int32Array;
  private readonly scores: Float64Array;
  private size = 0;

  constructor(private readonly k: number) {
    this.docs = new Int32Array(k);
    this.scores = new Float64Array(k);
  }

  /** Whether a score would make it in (checked before any costlier test such as facets). */
  accepts(score: number): boolean {
    return this.size < this.k || score > this.scores[0];
  }

  push(doc: number, score: number): void {
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (this.scores[parent] <= score) break;
        this.docs[i] = this.docs[parent];
        this.scores[i] = this.scores[parent];
        i = parent;
      }
      this.docs[i] = doc;
      this.scores[i] = score;
      return;
    }
    if (score <= this.scores[0]) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const r = l + 1;
      const c = r < this.size && this.scores[r] < this.scores[l] ? r : l;
      if (this.scores[c] >= score) break;
      this.docs[i] = this.docs[c];
      this.scores[i] = this.scores[c];
      i = c;
    }
    this.docs[i] = doc;
    this.scores[i] = score;
  }

  /** Best first; ties by document order, so results are deterministic. */
  sorted(): Array<{ doc: number; score: number }> {
    const out: Array<{ doc: number; score: number }> = [];
    for (let i = 0; i < this.size; i++) out.push({ doc: this.docs[i], score: this.scores[i] });
    return out.sort((a, b) => b.score - a.score || a.doc - b.doc);
  }
}
