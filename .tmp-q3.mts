import { layerPacks } from './knowledge/layering';
import { KnowledgeSearch } from './knowledge/search/knowledge-search';
import { syntheticPack, benchQueries } from './scripts/bench/synthetic';
const pack = syntheticPack(10000);
const kb = layerPacks([{ id: 'x', pack, enabled: true, priority: 0, installedAt: 0, version: '1', entryCount: 1 } as any]);
const s: any = KnowledgeSearch.build(kb);
const qs = benchQueries(200);
for (const q of qs) s.search(q);
const origR = s.retrieve.bind(s), origF = s.fuzzy.bind(s);
let tr = 0, tf = 0;
s.retrieve = (...a: any[]) => { const t = performance.now(); const r = origR(...a); tr += performance.now() - t; return r; };
s.fuzzy = (...a: any[]) => { const t = performance.now(); const r = origF(...a); tf += performance.now() - t; return r; };
const rows: any[] = [];
for (const q of qs) { tr = tf = 0; const t = performance.now(); s.search(q); rows.push([performance.now() - t, tr, tf, q.query, q.filters ? 'F' : '']); }
rows.sort((a, b) => b[0] - a[0]);
console.log(rows.slice(0, 14).map((r) => r.slice(0, 3).map((x: number) => x.toFixed(2)).join(' ') + ' ' + r[3] + ' ' + r[4]).join('\n'));
