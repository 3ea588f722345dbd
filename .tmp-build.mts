import { layerPacks } from './knowledge/layering';
import { TokenIndex } from './knowledge/search/token-index';
import { entryFields } from './knowledge/search/documents';
import { syntheticPack } from './scripts/bench/synthetic';
const pack = syntheticPack(10000);
let t = performance.now();
const docs = pack.entries.map((e) => ({ id: e.id, fields: entryFields(e) }));
console.log('fields', performance.now() - t);
for (let i = 0; i < 4; i++) { t = performance.now(); TokenIndex.build('k', docs); console.log('TokenIndex.build', performance.now() - t); }
