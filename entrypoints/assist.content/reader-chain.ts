/**
 * Reading in layers, each useful alone: what the agent taught for this host, then the site rule for the
 * URL, then the generic reader. The first that reads a conversation wins and says so (`source`); the reply
 * box comes from the taught path, else the layer that read, else the generic reader. When nothing reads,
 * the page is `no-conversation` only if a site rule recognises it (an inbox with no thread open), else
 * `unreadable` — an honest state with teach mode and the paste box, never a silent "nothing here".
 */
import type { Conversation } from '@/utils/sites/conversation';
import type { ReplyTarget, SiteAdapter } from '@/utils/sites/site-adapter';
import type { TaughtRule } from '@/utils/sites/taught/taught-rule';
import { readTaughtMessages, taughtReplyTarget } from '@/utils/sites/taught/taught-reader';
import { regionOf, withRegion } from '@/utils/sites/read-region';

export type ChainState = 'ready' | 'no-conversation' | 'unreadable';

export interface ReaderLayers {
  /** The site rule's adapter for this URL, if a rule applies. */
  rule(url: URL): SiteAdapter | null;
  /** The reader that needs no rule (null where it is switched off). */
  generic: SiteAdapter | null;
  taught(): TaughtRule | null;
  /**
   * On a marketplace host Tact assists where a site rule applies (the messaging pages, not every Seller
   * Central report) or where the agent taught it; on a site the agent switched Tact on for, everywhere.
   */
  everywhere: boolean;
}

export interface ReaderChain extends SiteAdapter {
  /** What the last read found: shown as the overlay's state when it found no conversation. */
  state(): ChainState;
  /** The layer that read the last conversation (its marketplace and id, for lint and usage). */
  layer(): SiteAdapter | null;
}

/** A site adapter that recognises its page even when no thread is open (site rules do; see utils/sites). */
type Recognising = SiteAdapter & { recognises?(doc: Document): boolean };

export function createReaderChain(layers: ReaderLayers, base: Pick<SiteAdapter, 'id' | 'marketplace'>): ReaderChain {
  let state: ChainState = 'unreadable';
  let layer: SiteAdapter | null = null;

  const read = (doc: Document, url: URL): Conversation | null => {
    const rule = layers.rule(url) as Recognising | null;
    const taught = layers.taught();
    const byRule = rule?.read(doc, url) ?? null;
    // A rule that knows this page and finds no thread open is believed: no guessing on an empty inbox.
    const ruleSaysEmpty = !byRule && !!rule && (rule.recognises?.(doc) ?? false);
    const guessed = byRule || ruleSaysEmpty || !layers.generic ? null : layers.generic.read(doc, url);
    // A guess with nothing the buyer said is no reading at all: the agent is better served by teach mode.
    const byGeneric = guessed?.messages.some((m) => m.from === 'buyer' && m.text.trim()) ? guessed : null;
    const read = byRule ? { conversation: byRule, from: rule, source: 'site-rule' as const } : byGeneric ? { conversation: byGeneric, from: layers.generic, source: 'generic' as const } : null;

    if (taught?.message) {
      const { messages, total, region } = readTaughtMessages(doc, taught.message, taught.buyerRows);
      if (messages.length) {
        state = 'ready';
        layer = read?.from ?? rule ?? layers.generic;
        const fields = read?.conversation;
        return withRegion<Conversation>({ ...(fields ?? blank(base, url)), messages, messageCount: total, source: 'taught' }, region);
      }
    }
    if (read) {
      state = 'ready';
      layer = read.from;
      return withRegion<Conversation>({ ...read.conversation, source: read.source }, regionOf(read.conversation));
    }
    state = ruleSaysEmpty ? 'no-conversation' : 'unreadable';
    layer = rule ?? layers.generic;
    return null;
  };

  const replyTarget = (doc: Document): ReplyTarget | null => {
    const taught = layers.taught();
    const fromTaught = taught?.replyBox ? taughtReplyTarget(doc, taught.replyBox) : null;
    if (fromTaught) return fromTaught;
    const url = new URL(doc.location?.href ?? 'about:blank');
    return layers.rule(url)?.replyTarget(doc) ?? layers.generic?.replyTarget(doc) ?? null;
  };

  return {
    id: base.id,
    marketplace: base.marketplace,
    appliesTo: (url) => layers.everywhere || !!layers.rule(url) || !!layers.taught(),
    read,
    replyTarget,
    protectedElements(doc) {
      const url = new URL(doc.location?.href ?? 'about:blank');
      const box = replyTarget(doc);
      const fromLayers = layers.rule(url)?.protectedElements(doc) ?? layers.generic?.protectedElements(doc) ?? [];
      return box && !fromLayers.includes(box.element) ? [...fromLayers, box.element] : fromLayers;
    },
    state: () => state,
    layer: () => layer,
  };
}

/** A conversation with no fields read from the page: taught messages on a page no other layer reads. */
function blank(base: Pick<SiteAdapter, 'id' | 'marketplace'>, url: URL): Conversation {
  return { marketplace: base.marketplace, key: `${base.id}:${url.host}${url.pathname}`, host: url.hostname, url: url.href, messages: [] };
}
