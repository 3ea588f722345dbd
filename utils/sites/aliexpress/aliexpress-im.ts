/**
 * AliExpress seller chat (gsp.aliexpress.com im-chat): a hash-routed single-page app with hashed class
 * names. The session header shows the buyer's country; the order card carries the order id.
 */
import type { SiteAdapter, ReplyTarget } from '@/utils/sites/site-adapter';
import { pageTime, readNewest, type Conversation, type ConversationMessage } from '@/utils/sites/conversation';
import { ALIEXPRESS_ORDER_ID, ALIEXPRESS_SELECTORS as S, BUYER_SIDE, SELLER_SIDE } from './selectors';
import { messageText, queryAll, queryFirst, textOf } from '@/utils/sites/query';
import { countryCodeFrom } from '@/utils/sites/country-names';

export const aliexpressIm: SiteAdapter = {
  id: 'aliexpress-im',
  marketplace: 'aliexpress',

  appliesTo(url) {
    return url.protocol === 'https:' && url.hostname === 'gsp.aliexpress.com' && /^\/m_apps\/im-chat\/im\/?$/.test(url.pathname);
  },

  init(signal, rescan) {
    // Conversations switch by hash without a page load.
    window.addEventListener('hashchange', rescan, { signal });
  },

  read(doc, url) {
    const header = queryFirst(doc, S.header);
    if (!header) return null;
    const list = queryFirst(doc, S.messageList);
    const { messages, total } = readMessages(list);
    if (!messages.length) return null;
    const card = queryFirst(doc, S.orderCard);
    const orderId = (textOf(queryFirst(card ?? doc, S.orderId)).match(ALIEXPRESS_ORDER_ID) ?? textOf(card).match(ALIEXPRESS_ORDER_ID))?.[0];
    const countryEl = queryFirst(header, S.buyerCountry);
    // Some releases show only a flag picture: its alt/title is all there is to read.
    const flagEl = queryFirst(header, S.buyerCountryFlag);
    const session = new URLSearchParams(url.hash.split('?')[1] ?? '').get('sessionId');
    const buyerName = textOf(queryFirst(header, S.buyerName)) || undefined;
    return {
      marketplace: 'aliexpress',
      key: `aliexpress:${session ?? orderId ?? buyerName ?? 'unknown'}`,
      host: url.hostname,
      url: url.href,
      buyerName,
      orderId,
      pageCountry: countryCodeFrom(textOf(countryEl), countryEl?.getAttribute('title'), flagEl?.getAttribute('alt'), flagEl?.getAttribute('title')) ?? undefined,
      product: textOf(queryFirst(card ?? doc, S.product)) || undefined,
      trackingNumber: textOf(card).match(/\b[A-Z]{2}\d{9,14}[A-Z]{0,2}\b/)?.[0],
      messages,
      messageCount: total,
    };
  },

  replyTarget(doc) {
    const input = queryFirst(doc, S.input);
    if (!input) return null;
    if (input.tagName === 'TEXTAREA') return { kind: 'textarea', element: input, input } satisfies ReplyTarget;
    return input.isContentEditable || input.getAttribute('contenteditable') === 'true' ? { kind: 'contenteditable', element: input, input } : null;
  },

  protectedElements(doc) {
    return [queryFirst(doc, S.input), queryFirst(doc, S.sendButton)].filter((e): e is HTMLElement => !!e);
  },
};

function readMessages(list: Element | null): { messages: ConversationMessage[]; total: number } {
  return readNewest(list ? queryAll(list, S.messageRow) : [], (row): ConversationMessage => {
    const cls = row.className.toString();
    const from = SELLER_SIDE.test(cls) ? 'seller' : BUYER_SIDE.test(cls) ? 'buyer' : sideByLayout(row);
    return { from, text: messageText(queryFirst(row, S.messageText) ?? row), time: pageTime(queryFirst(row, S.messageTime)?.getAttribute('data-time')) };
  });
}

/** Last resort when classes say nothing: the seller's bubbles are pushed to the right. */
function sideByLayout(row: Element): 'buyer' | 'seller' {
  const view = row.ownerDocument.defaultView;
  const style = view?.getComputedStyle(row);
  return style && (style.justifyContent === 'flex-end' || style.textAlign === 'right') ? 'seller' : 'buyer';
}
