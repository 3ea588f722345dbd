import { layerPacks } from './knowledge/layering';
import { KnowledgeSearch } from './knowledge/search/knowledge-search';
import { syntheticPack, benchQueries } from './scripts/bench/synthetic';
const pack = syntheticPack(10000);
const kb = layerPacks([{ id: 'x', pack, enabled: true, priority: 0, installedAt: 0, version: '1', entryCount: 1 } as any]);
const s = KnowledgeSearch.build(kb);
const qs = benchQueries(200);
for (let r = 0; r < 10; r++) for (const q of qs) s.search(q);
