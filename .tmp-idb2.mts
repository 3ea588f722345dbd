import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { entryRecord } from './knowledge/db';
import { syntheticPack } from './scripts/bench/synthetic';
const pack = syntheticPack(10000);
for (const [label, schema] of [
  ['pk only', '[packId+id]'],
  ['kind,packId', '[packId+id], kind, packId'],
  ['all', '[packId+id], kind, *countries, *intents, *languages, *marketplaces, packId'],
] as const) {
  const db = new Dexie('t' + Math.random());
  db.version(1).stores({ entries: schema });
  await db.open();
  const rows = pack.entries.map((e) => entryRecord('x', e));
  const t = performance.now();
  await db.table('entries').bulkAdd(rows);
  console.log(label, Math.round(performance.now() - t));
}
const db = new Dexie('t' + Math.random());
db.version(1).stores({ entries: '[packId+id]' });
await db.open();
const small = pack.entries.map((e) => ({ packId: 'x', id: e.id, kind: e.kind }));
let t = performance.now();
await db.table('entries').bulkAdd(small);
console.log('tiny rows pk only', Math.round(performance.now() - t));
t = performance.now();
structuredClone(pack.entries);
console.log('structuredClone entries', Math.round(performance.now() - t));
