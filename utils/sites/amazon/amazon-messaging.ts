/**
 * Amazon Seller Central Buyer-Seller Messaging: inbox threads and the contact-buyer page. Katal web
 * components hide the real textarea in an open shadow root; the buyer's country comes from the marketplace.
 */
import type { SiteAdapter, ReplyTarget } from '@/utils/sites/site-adapter';
import { pageTime, readNewest, type Conversation, type ConversationMessage } from '@/utils/sites/conversation';
import { AMAZON_HOSTS, amazonMarketplaceCountry } from '@/utils/sites/amazon-hosts';
import { AMAZON_SELECTORS as S, CONTACT_HEADER_PATTERNS, CONTACT_TOPICS } from './selectors';
import { documentsOf, firstMatch, messageText, queryAll, queryEach, queryFirst, textOf } from '@/utils/sites/query';
import { AMAZON_ORDER_ID } from '@/utils/patterns/order-ids';

const HOSTS = new Set(AMAZON_HOSTS);
const PATHS = /^\/messaging\/(inbox(-v3)?|contact(\/returns)?|thread|reviews)(\/|$)/;

export const amazonMessaging: SiteAdapter = {
  id: 'amazon-messaging',
  marketplace: 'amazon',

  appliesTo(url) {
    return url.protocol === 'https:' && HOSTS.has(url.hostname) && PATHS.test(url.pathname);
  },

  read(doc, url) {
    for (const d of documentsOf(doc)) {
      const conversation = readFrom(d, url);
      if (conversation) return conversation;
    }
    return null;
  },

  replyTarget(doc) {
    for (const d of documentsOf(doc)) {
      const box = queryFirst(d, S.replyBox);
      const target = box && toReplyTarget(box);
      if (target) return target;
    }
    return null;
  },

  protectedElements(doc) {
    return documentsOf(doc).flatMap((d) => queryEach(d, S.replyBox, S.sendButton));
  },
};

function toReplyTarget(box: HTMLElement): ReplyTarget | null {
  if (box.tagName === 'KAT-TEXTAREA') {
    const inner = box.shadowRoot?.querySelector('textarea');
    return inner ? { kind: 'kat-textarea', element: box, input: inner } : null;
  }
  return box instanceof box.ownerDocument.defaultView!.HTMLTextAreaElement ? { kind: 'textarea', element: box, input: box } : null;
}

function readFrom(doc: Document, url: URL): Conversation | null {
  const contact = queryFirst(doc, S.contactRoot);
  const pane = contact ?? queryFirst(doc, S.threadPane);
  if (!pane) return null;
  const { messages, total } = readMessages(pane);
  const orderId = readOrderId(pane, url);
  const buyerName = readBuyerName(pane);
  // A thread always holds at least the buyer's message: a pane without any is the empty "select a
  // message" state, or a thread whose messages are still loading (header and order already shown).
  if (!contact && !messages.length) return null;
  const marketplace = amazonMarketplaceCountry(url.hostname, url.searchParams.get('marketplaceID'));
  return {
    marketplace: 'amazon',
    key: `amazon:${url.searchParams.get('threadId') ?? orderId ?? buyerName ?? url.pathname}`,
    host: url.hostname,
    url: url.href,
    buyerName: buyerName || undefined,
    orderId: orderId || undefined,
    marketplaceCountry: marketplace?.country,
    product: textOf(queryFirst(pane, S.product)) || undefined,
    // contact/returns is opened from Manage Returns and offers no topic: the page itself is about the return.
    topicHint: contact ? (readTopic(contact) ?? (/^\/messaging\/contact\/returns/.test(url.pathname) ? 'return_request' : undefined)) : undefined,
    messages,
    messageCount: total,
  };
}

function readTopic(contact: Element) {
  const radio = queryFirst(contact, S.selectedTopic);
  const label = textOf(radio?.closest('label')) || radio?.getAttribute('label') || radio?.getAttribute('value') || '';
  return CONTACT_TOPICS.find(([pattern]) => pattern.test(label))?.[1];
}

function readMessages(pane: Element): { messages: ConversationMessage[]; total: number } {
  const messages = queryAll(pane, S.message);
  const incoming = incomingMessages(pane, messages);
  return readNewest(messages, (el): ConversationMessage => {
    return { from: incoming.has(el) ? 'buyer' : 'seller', text: messageText(queryFirst(el, S.messageBody) ?? el), time: pageTime(queryFirst(el, S.messageTime)?.getAttribute('datetime')) };
  });
}

/**
 * The buyer's messages. The incoming mark may sit on the message or on a wrapper around it (a row
 * wrapper); a marked element that wraps several messages (a group) says nothing about any one of them.
 */
function incomingMessages(pane: Element, messages: Element[]): Set<Element> {
  const marked = new Set<Element>(queryAll(pane, S.incoming));
  const wraps = new Map<Element, number>();
  const markedAbove = (el: Element) => {
    const found: Element[] = [];
    for (let node: Element | null = el; node && node !== pane; node = node.parentElement) if (marked.has(node)) found.push(node);
    return found;
  };
  const above = messages.map(markedAbove);
  above.flat().forEach((m) => wraps.set(m, (wraps.get(m) ?? 0) + 1));
  return new Set(messages.filter((_el, i) => above[i].some((m) => wraps.get(m) === 1)));
}

function readOrderId(pane: Element, url: URL): string | null {
  const fromUrl = url.searchParams.get('orderID') ?? url.searchParams.get('orderId');
  if (fromUrl && AMAZON_ORDER_ID.test(fromUrl)) return fromUrl;
  return firstMatch(AMAZON_ORDER_ID, textOf(queryFirst(pane, S.orderId)), textOf(pane)) ?? null;
}

function readBuyerName(pane: Element): string {
  const header = textOf(queryFirst(pane, S.contactHeader));
  for (const pattern of CONTACT_HEADER_PATTERNS) {
    const m = header.match(pattern);
    if (m) return m[1].trim();
  }
  return textOf(queryFirst(pane, S.buyerName));
}
