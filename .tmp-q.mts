import { layerPacks } from './knowledge/layering';
import { KnowledgeSearch } from './knowledge/search/knowledge-search';
import { syntheticPack, benchQueries } from './scripts/bench/synthetic';
const pack = syntheticPack(Number(process.argv[2] ?? 10000));
const kb = layerPacks([{ id: 'x', pack, enabled: true, priority: 0, installedAt: 0, version: '1', entryCount: 1 } as any]);
const s = KnowledgeSearch.build(kb);
const qs = benchQueries(200);
for (const q of qs.slice(0, 30)) s.search(q);
const times: Array<[number, string]> = [];
for (const q of qs) { const t = performance.now(); const r = s.search(q); times.push([performance.now() - t, JSON.stringify(q) + ' hits=' + r.length]); }
times.sort((a, b) => b[0] - a[0]);
console.log(times.slice(0, 15).map(([t, q]) => t.toFixed(2) + ' ' + q).join('\n'));
const sorted = times.map((t) => t[0]).sort((a, b) => a - b);
console.log('p50', sorted[100].toFixed(2), 'p95', sorted[190].toFixed(2));
