import { entryFields } from './knowledge/search/documents';
import { normalize, eachToken } from './knowledge/search/normalize';
import { loadPack } from './scripts/lib/pack-files';
const pack = loadPack('knowledge/core');
const texts: string[] = [];
for (const e of pack.entries) { const f = entryFields(e); texts.push(...f.title, ...f.keywords, ...f.tags, ...f.body); }
console.log('texts', texts.length, 'chars', texts.reduce((a, t) => a + t.length, 0));
let t = performance.now();
const norm = texts.map(normalize); console.log('normalize', performance.now() - t); t = performance.now();
let n = 0; for (const s of norm) eachToken(s, () => n++); console.log('eachToken', performance.now() - t, n); t = performance.now();
const m = new Map<string, number>(); for (const s of norm) eachToken(s, (x) => m.set(x, (m.get(x) ?? 0) + 1)); console.log('tokens+map', performance.now() - t, m.size);
