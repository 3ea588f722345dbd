/**
 * The knowledge store (Dexie over IndexedDB). Opened only in the extension origin — background, popup,
 * options, side panel — never in a content script, whose IndexedDB belongs to the web page.
 *
 * Each pack is stored once, whole, in `packs`: what is read is the layered view of the enabled packs
 * (knowledge/layering), and facets and single entries come from that view, so nothing can go stale when a
 * pack is disabled. The background is the only writer (knowledge/pack-admin.ts); `meta` holds the
 * persisted search index.
 */
import Dexie, { type Table } from 'dexie';
import type { Pack } from './schema';
import type { PackSigner } from './pack-identity';

export const DB_NAME = 'tact-knowledge';

export type PackSource = 'bundled' | 'file' | 'url';

export interface PackRecord {
  id: string;
  name: string;
  version: string;
  publisher: string;
  /** Higher wins when two enabled packs hold the same entry id or country. Core pack: 0. */
  priority: number;
  enabled: boolean;
  source: PackSource;
  url?: string;
  /** The key whose valid signature this version carried: with source and url, who owns the id (pack-identity.ts). */
  signer?: PackSigner;
  installedAt: number;
  entryCount: number;
  /** Hash of the bundled pack's content, so a rebuilt core pack with the same version still updates. */
  contentHash?: string;
  /** The full validated pack, for export, diff, intents/detection lexicons and rollback. */
  pack: Pack;
  /** The record this one replaced (one level deep), so an update can be rolled back. */
  previous?: Omit<PackRecord, 'previous'>;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

/**
 * Every schema version the store ever had, oldest first. Never edit a released one: add a new version
 * (with an upgrade function when data must move) and a fixture for it in tests/unit/knowledge/db-migration.
 */
export const SCHEMA_HISTORY: ReadonlyArray<{ version: number; stores: Record<string, string | null> }> = [
  {
    version: 1,
    stores: {
      packs: 'id, priority',
      entries: '[packId+id], kind, *countries, *intents, *languages, *marketplaces, packId',
      countries: '[packId+code], code, packId',
      meta: 'key',
    },
  },
  // v2: entries and countries were copies of what `packs` holds (and outlived a disabled pack); dropped.
  { version: 2, stores: { packs: 'id, priority', entries: null, countries: null, meta: 'key' } },
];

export class TactDb extends Dexie {
  packs!: Table<PackRecord, string>;
  meta!: Table<MetaRecord, string>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const { version, stores } of SCHEMA_HISTORY) this.version(version).stores(stores);
  }
}
