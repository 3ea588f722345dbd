import type { SiteMarketplace } from '@/knowledge/intents';
import type { Conversation } from './conversation';

export type ReplyKind = 'kat-textarea' | 'textarea' | 'contenteditable';

export interface ReplyTarget {
  kind: ReplyKind;
  /** The element the page listens on (the kat-textarea host, the textarea, the editor). */
  element: HTMLElement;
  /** The element that really holds the text (the textarea inside kat-textarea's shadow root). */
  input: HTMLTextAreaElement | HTMLElement;
}

/** One marketplace page family. Pure URL test + DOM readers; the manager does the watching. */
export interface SiteAdapter {
  id: string;
  marketplace: SiteMarketplace;
  /** Does this adapter handle the page at this URL? Pure: tested with it.each tables. */
  appliesTo(url: URL): boolean;
  /** Adapter-specific set-up (listeners it needs beyond DOM mutations), torn down by the signal. */
  init?(signal: AbortSignal, rescan: () => void): void;
  /** The open conversation, or null when none is open or it hasn't loaded yet. Never throws on odd DOM. */
  read(doc: Document, url: URL): Conversation | null;
  /** The reply box the agent writes in, where Insert goes and the lint watches. */
  replyTarget(doc: Document): ReplyTarget | null;
  /** Elements the overlay must never cover (reply box, Send). */
  protectedElements(doc: Document): Element[];
}

/** A textarea or a contenteditable editor as the reply box; null for anything else. */
export function editableReplyTarget(input: HTMLElement | null): ReplyTarget | null {
  if (!input) return null;
  if (input.tagName === 'TEXTAREA') return { kind: 'textarea', element: input, input };
  return input.isContentEditable || input.getAttribute('contenteditable') === 'true' ? { kind: 'contenteditable', element: input, input } : null;
}
