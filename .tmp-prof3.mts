import { layerPacks } from './knowledge/layering';
import { KnowledgeSearch } from './knowledge/search/knowledge-search';
import { loadPack } from './scripts/lib/pack-files';
import { syntheticPack } from './scripts/bench/synthetic';
const pack = process.argv[2] === 'core' ? loadPack('knowledge/core') : syntheticPack(10000);
const kb = layerPacks([{ id: 'x', pack, enabled: true, priority: 0, installedAt: 0, version: '1', entryCount: 1 } as any]);
for (let i = 0; i < 3; i++) { const t = performance.now(); KnowledgeSearch.build(kb); console.log('build', performance.now() - t); }
