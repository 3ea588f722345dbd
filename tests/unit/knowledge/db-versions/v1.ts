/**
 * The store as schema version 1 wrote it, built by hand with the raw IndexedDB API (Dexie stores version
 * n as IndexedDB version n × 10). Frozen: when version 2 comes, this file stays and v2.ts is added.
 */
export const VERSION = 1;

const entry = {
  id: 'tip.de.formal',
  kind: 'culture_tip',
  countries: ['DE'],
  title: { en: 'Germany: be formal', zh: '德国：正式' },
  body: { en: 'Use Sie.', zh: '用 Sie。' },
};

export const PACK = {
  schemaVersion: 1,
  id: 'v1pack',
  name: 'Pack stored by v1',
  version: '1.0.0',
  publisher: 'Tests',
  publishedAt: '2026-11-01',
  description: 'Stored by schema version 1',
  changelog: [],
  entries: [entry],
  intents: [],
  countries: [],
};

export function build(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name, VERSION * 10);
    open.onupgradeneeded = () => {
      const db = open.result;
      const packs = db.createObjectStore('packs', { keyPath: 'id' });
      packs.createIndex('priority', 'priority');
      const entries = db.createObjectStore('entries', { keyPath: ['packId', 'id'] });
      entries.createIndex('kind', 'kind');
      for (const multi of ['countries', 'intents', 'languages', 'marketplaces']) entries.createIndex(multi, multi, { multiEntry: true });
      entries.createIndex('packId', 'packId');
      const countries = db.createObjectStore('countries', { keyPath: ['packId', 'code'] });
      countries.createIndex('code', 'code');
      countries.createIndex('packId', 'packId');
      const meta = db.createObjectStore('meta', { keyPath: 'key' });
      packs.put({ id: 'v1pack', name: PACK.name, version: '1.0.0', publisher: 'Tests', priority: 10, enabled: true, source: 'file', installedAt: 1, entryCount: 1, pack: PACK });
      entries.put({ packId: 'v1pack', id: entry.id, kind: 'culture_tip', countries: ['DE'], intents: [], languages: [], marketplaces: [], data: entry });
      meta.put({ key: 'revision', value: 3 });
    };
    open.onsuccess = () => {
      open.result.close();
      resolve();
    };
    open.onerror = () => reject(open.error);
  });
}
