/**
 * Open-addressing hash table from a span of a string to a term id, comparing characters in place: looking
 * up a token that is already known allocates nothing (a Map<string, …> would need a sliced string per token).
 */
export class TermTable {
  readonly terms: string[] = [];
  private hashes: number[] = [];
  private slots = new Int32Array(1 << 12).fill(-1);
  private mask = (1 << 12) - 1;

  idOf(s: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let k = start; k < end; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
    h >>>= 0;
    const len = end - start;
    let slot = h & this.mask;
    for (;;) {
      const id = this.slots[slot];
      if (id < 0) break;
      if (this.hashes[id] === h) {
        const term = this.terms[id];
        if (term.length === len) {
          let k = 0;
          while (k < len && term.charCodeAt(k) === s.charCodeAt(start + k)) k++;
          if (k === len) return id;
        }
      }
      slot = (slot + 1) & this.mask;
    }
    const id = this.terms.length;
    this.terms.push(s.slice(start, end));
    this.hashes.push(h);
    this.slots[slot] = id;
    if (this.terms.length * 2 > this.mask) this.grow();
    return id;
  }

  private grow() {
    const size = (this.mask + 1) * 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    this.hashes.forEach((h, id) => {
      let slot = h & this.mask;
      while (this.slots[slot] >= 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = id;
    });
  }
}
