/** The generic reader as a site adapter: applies to every page, for the layer after the site rules. */
import type { SiteAdapter } from '@/utils/sites/site-adapter';
import type { GenericOptions } from './options';
import { findCachedReplyTarget, genericProtectedElements, readGenericConversation, type GenericConversation, type GenericMarketplace } from './read-conversation';

/**
 * SiteAdapter with the marketplace widened to 'other' (a page on no marketplace Tact knows) until
 * Marketplace itself has it; the conversation's own `marketplace` says which host it was read on.
 */
export interface GenericSiteAdapter extends Omit<SiteAdapter, 'marketplace' | 'read'> {
  marketplace: GenericMarketplace;
  read(doc: Document, url: URL): GenericConversation | null;
}

/** `options` is read on every call: pass an object the settings keep up to date, or a getter. */
export function createGenericAdapter(options: GenericOptions | (() => GenericOptions) = {}): GenericSiteAdapter {
  const current = typeof options === 'function' ? options : () => options;
  return {
    id: 'generic',
    marketplace: 'other',
    appliesTo: () => true,
    read: (doc) => readGenericConversation(doc, current()),
    replyTarget: (doc) => findCachedReplyTarget(doc),
    protectedElements: (doc) => genericProtectedElements(doc),
  };
}
