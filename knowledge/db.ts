/**
 * The knowledge store (Dexie over IndexedDB). Opened only in the extension origin — background, popup,
 * options, side panel — never in a content script, whose IndexedDB belongs to the web page.
 *
 * Entries are indexed by what is queried (kind, countries, intents, languages, marketplaces, pack), never by
 * large text: free text goes through the in-memory token index (knowledge/search), persisted in `meta`.
 */
import Dexie, { type Table } from 'dexie';
import type { CountryProfile, Entry, EntryKind, Pack } from './schema';

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
  installedAt: number;
  entryCount: number;
  /** Hash of the bundled pack's content, so a rebuilt core pack with the same version still updates. */
  contentHash?: string;
  /** The full validated pack, for export, diff, intents/detection lexicons and rollback. */
  pack: Pack;
  /** The record this one replaced (one level deep), so an update can be rolled back. */
  previous?: Omit<PackRecord, 'previous'>;
}

export interface EntryRecord {
  packId: string;
  id: string;
  kind: EntryKind;
  countries: string[];
  intents: string[];
  languages: string[];
  /** The entry's marketplace scope as written ('amazon' | 'aliexpress' | 'any'); empty for kinds without one. */
  marketplaces: string[];
  data: Entry;
}

export interface CountryRecord {
  packId: string;
  code: string;
  data: CountryProfile;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

/**
 * Every schema version the store ever had, oldest first. Never edit a released one: add a new version
 * (with an upgrade function when data must move) and a fixture for it in tests/unit/knowledge/db-migration.
 */
export const SCHEMA_HISTORY: ReadonlyArray<{ version: number; stores: Record<string, string> }> = [
  {
    version: 1,
    stores: {
      packs: 'id, priority',
      entries: '[packId+id], kind, *countries, *intents, *languages, *marketplaces, packId',
      countries: '[packId+code], code, packId',
      meta: 'key',
    },
  },
];

export class TactDb extends Dexie {
  packs!: Table<PackRecord, string>;
  entries!: Table<EntryRecord, [string, string]>;
  countries!: Table<CountryRecord, [string, string]>;
  meta!: Table<MetaRecord, string>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const { version, stores } of SCHEMA_HISTORY) this.version(version).stores(stores);
  }
}

/** The facet columns Dexie indexes for an entry. */
export function entryRecord(packId: string, entry: Entry): EntryRecord {
  const base = { packId, id: entry.id, kind: entry.kind, data: entry };
  switch (entry.kind) {
    case 'culture_tip':
      return { ...base, countries: entry.countries, intents: entry.intents ?? [], languages: [], marketplaces: [] };
    case 'playbook':
      return { ...base, countries: [], intents: entry.intents, languages: [], marketplaces: [entry.marketplace] };
    case 'template':
      return {
        ...base,
        countries: entry.countries ?? [],
        intents: [entry.intent],
        languages: entry.variants.map((v) => v.language),
        marketplaces: [entry.marketplace],
      };
    case 'policy_rule':
      return { ...base, countries: [], intents: [], languages: [], marketplaces: [entry.marketplace] };
    case 'vocabulary':
      return { ...base, countries: entry.countries ?? [], intents: [], languages: [entry.language], marketplaces: [] };
  }
}

/** Revision counter bumped by every pack change, so other contexts (background vs options page) notice. */
export const REVISION_KEY = 'revision';

export async function readRevision(db: TactDb): Promise<number> {
  const row = await db.meta.get(REVISION_KEY);
  return typeof row?.value === 'number' ? row.value : 0;
}
