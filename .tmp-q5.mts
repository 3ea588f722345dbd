import { layerPacks } from './knowledge/layering';
import { KnowledgeSearch } from './knowledge/search/knowledge-search';
import { syntheticPack, benchQueries } from './scripts/bench/synthetic';
let pack: any = syntheticPack(10000);
const kb = layerPacks([{ id: 'x', pack, enabled: true, priority: 0, installedAt: 0, version: '1', entryCount: 1 } as any]);
pack = null;
const s: any = KnowledgeSearch.build(kb);
const qs = benchQueries(200);
for (const q of qs.slice(0, 30)) s.search(q);
for (let rep = 0; rep < 6; rep++) {
  const all: number[] = [];
  for (const q of qs) { const t = performance.now(); s.search(q); all.push(performance.now() - t); }
  all.sort((a, b) => a - b);
  console.log('rep', rep, 'p50', all[100].toFixed(2), 'p95', all[190].toFixed(2), 'max', all[199].toFixed(2));
}
