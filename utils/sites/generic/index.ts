/**
 * The generic reader: reads a seller chat with no site rule, on any Document (pure DOM, no extension APIs).
 *
 *   readGenericConversation(doc, { sellerNames, insertedTexts }) → GenericConversation | null
 *     The visible conversation: the newest MAX_MESSAGES_READ messages (buyer/seller), buyer name, order id,
 *     tracking number, flag country, amounts and dates; `source: 'generic'`; marketplace from the host, or
 *     'other' on a host Tact doesn't know. null when no visible reply box with messages or an order beside it.
 *   findGenericReplyTarget(doc) → ReplyTarget | null
 *     The reply box alone (uncached): visible textarea / contenteditable / kat-textarea-like shadow host
 *     next to a Send-like button, focused first; through open shadow roots and same-origin iframes.
 *   createGenericAdapter(options | () => options) → GenericSiteAdapter
 *     The two above as a SiteAdapter (appliesTo → true; replyTarget/protectedElements use the cached find).
 *   resetGenericCache(doc): forget the cached region (the reader re-finds it itself when it disconnects or hides).
 *
 * How: reply-box.ts finds the editable; message-region.ts the repeated, timed text rows beside it (cached
 * while connected and visible); message-body.ts strips each row's time and author label; message-side.ts
 * decides buyer/seller (inserted texts, names, own/sent marks, bubble side); facts.ts pulls facts by pattern
 * from the pane's text and attributes.
 */
export { readGenericConversation, findCachedReplyTarget, genericProtectedElements, resetGenericCache, type GenericConversation, type GenericMarketplace } from './read-conversation';
export { findGenericReplyTarget, isSendButton } from './reply-box';
export { createGenericAdapter, type GenericSiteAdapter } from './generic-adapter';
export type { GenericOptions } from './options';
