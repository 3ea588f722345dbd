/**
 * What the popup and side panel ask of the knowledge base. Search and suggestions go to the background
 * (the same typed messages as the content script: one warm index, detection in one place); small index
 * reads (facet values, one entry by id) go to Dexie directly, which the extension origin may open.
 */
import type { TactDb } from '@/knowledge/db';
import type { Entry } from '@/knowledge/schema';
import { sendMessage, type KnowledgeStatus, type SearchHit, type SearchRequest, type SuggestRequest, type Suggestions } from '@/utils/messaging/protocol';

export interface FacetOptions {
  countries: string[];
  languages: string[];
}

export interface KnowledgeClient {
  search(request: SearchRequest): Promise<SearchHit[]>;
  suggest(request: SuggestRequest): Promise<Suggestions>;
  status(): Promise<KnowledgeStatus>;
  facetOptions(): Promise<FacetOptions>;
  getEntry(packId: string, id: string): Promise<Entry | null>;
}

let db: Promise<TactDb> | null = null;
/** Dexie loads on first use, after the first results: it isn't needed to show them. */
function openDb(): Promise<TactDb> {
  return (db ??= import('@/knowledge/db').then(({ TactDb: Db }) => new Db()));
}

export function createExtensionClient(): KnowledgeClient {
  return {
    search: (request) => sendMessage('search', request),
    suggest: (request) => sendMessage('getSuggestions', request),
    status: () => sendMessage('status', undefined),
    async facetOptions() {
      const d = await openDb();
      const [countries, profiles, languages] = await Promise.all([
        d.entries.orderBy('countries').uniqueKeys(),
        d.countries.orderBy('code').uniqueKeys(),
        d.entries.orderBy('languages').uniqueKeys(),
      ]);
      const codes = new Set([...countries, ...profiles].map(String));
      return { countries: [...codes].sort(), languages: languages.map(String).sort() };
    },
    async getEntry(packId, id) {
      return (await (await openDb()).entries.get([packId, id]))?.data ?? null;
    },
  };
}
