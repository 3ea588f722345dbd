import { entryFields } from './knowledge/search/documents';
import { normalize, eachSpan } from './knowledge/search/normalize';
import { syntheticPack } from './scripts/bench/synthetic';
const pack = syntheticPack(10000);
const texts: string[] = [];
for (const e of pack.entries) { const f = entryFields(e); texts.push(...f.title, ...f.keywords, ...f.tags, ...f.body); }
console.log('texts', texts.length, 'chars', texts.reduce((a, t) => a + t.length, 0));
for (let r = 0; r < 3; r++) {
let t = performance.now();
const norm = texts.map(normalize); const t1 = performance.now() - t; t = performance.now();
let n = 0; for (const s of norm) eachSpan(s, () => n++); console.log('normalize', t1, 'eachSpan', performance.now() - t, n);
}
import { TermTable } from './knowledge/search/term-table';
const norm = texts.map(normalize);
for (let r = 0; r < 3; r++) {
  const table = new TermTable();
  let t = performance.now();
  let s = '';
  let x = 0;
  const cb = (a: number, b: number) => { x += table.idOf(s, a, b); };
  for (s of norm) eachSpan(s, cb);
  console.log('idOf', performance.now() - t, table.terms.length);
  const m = new Map<string, number>();
  t = performance.now();
  const cb2 = (a: number, b: number) => { const k = s.slice(a, b); let v = m.get(k); if (v === undefined) m.set(k, v = m.size); x += v; };
  for (s of norm) eachSpan(s, cb2);
  console.log('map', performance.now() - t, m.size);
}
