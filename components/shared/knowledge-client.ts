/**
 * What the popup, side panel and options page ask of the knowledge base — all through the background, the
 * one place that holds the warm index and the only writer to the knowledge DB. Pages may still read Dexie
 * directly for live lists (useLiveQuery), never write it.
 */
import type { PackAdmin } from '@/knowledge/pack-admin';
import { toBase64 } from '@/knowledge/signature';
import type { Entry } from '@/knowledge/schema';
import { sendMessage, type FacetOptions, type KnowledgeStatus, type SearchHit, type SearchRequest, type SuggestRequest, type Suggestions } from '@/utils/messaging/protocol';

export type { FacetOptions } from '@/utils/messaging/protocol';

export interface KnowledgeClient {
  search(request: SearchRequest): Promise<SearchHit[]>;
  suggest(request: SuggestRequest): Promise<Suggestions>;
  status(): Promise<KnowledgeStatus>;
  facetOptions(): Promise<FacetOptions>;
  getEntry(packId: string, id: string): Promise<Entry | null>;
}

export function createExtensionClient(): KnowledgeClient {
  return {
    search: (request) => sendMessage('search', request),
    suggest: (request) => sendMessage('getSuggestions', request),
    status: () => sendMessage('status', undefined),
    facetOptions: () => sendMessage('facetOptions', undefined),
    getEntry: (packId, id) => sendMessage('getEntry', { packId, id }),
  };
}

/** Pack changes as messages to the background, which runs them one at a time (knowledge/pack-admin.ts). */
export function createPackAdminClient(): PackAdmin {
  return {
    // Raw bytes don't survive extension messaging: they travel as base64 and are decoded (strict UTF-8) in the background.
    importFile: (file) =>
      sendMessage('importPackFile', 'bytes' in file ? { name: file.name, base64: toBase64(file.bytes), allowDowngrade: file.allowDowngrade, allowKeyChange: file.allowKeyChange } : file),
    remove: (id) => sendMessage('removePack', id),
    setEnabled: (id, enabled) => sendMessage('setPackEnabled', { id, enabled }),
    move: (id, direction) => sendMessage('movePack', { id, direction }),
    rollback: (id) => sendMessage('rollbackPack', id),
    subscribe: (request) => sendMessage('subscribe', request),
    unsubscribe: (url) => sendMessage('unsubscribe', url),
    check: (url) => sendMessage('checkSubscription', url),
  };
}
