/**
 * The store as schema version 2 writes it: packs (each stored once, whole) and meta; no entry or country
 * copies. Built by hand with the raw IndexedDB API (Dexie stores version n as IndexedDB version n × 10). Frozen.
 */
import { PACK } from './v1';

export const VERSION = 2;

export function build(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name, VERSION * 10);
    open.onupgradeneeded = () => {
      const db = open.result;
      const packs = db.createObjectStore('packs', { keyPath: 'id' });
      packs.createIndex('priority', 'priority');
      db.createObjectStore('meta', { keyPath: 'key' });
      packs.put({ id: 'v1pack', name: PACK.name, version: '1.0.0', publisher: 'Tests', priority: 10, enabled: true, source: 'file', installedAt: 1, entryCount: 1, pack: PACK });
    };
    open.onsuccess = () => {
      open.result.close();
      resolve();
    };
    open.onerror = () => reject(open.error);
  });
}
