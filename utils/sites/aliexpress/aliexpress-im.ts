/**
 * AliExpress seller chat (gsp.aliexpress.com im-chat): a hash-routed single-page app with hashed class
 * names. The session header shows the buyer's country; the order card carries the order id.
 */
import { editableReplyTarget, type SiteAdapter } from '@/utils/sites/site-adapter';
import { pageTime, readNewest, type ConversationMessage } from '@/utils/sites/conversation';
import { ALIEXPRESS_SELECTORS as S, BUYER_SIDE, SELLER_SIDE } from './selectors';
import { firstMatch, messageText, queryAll, queryEach, queryFirst, textOf } from '@/utils/sites/query';
import { countryCodeFrom } from '@/utils/sites/page-country';
import { ALIEXPRESS_ORDER_ID } from '@/utils/patterns/order-ids';
import { ALIEXPRESS_TRACKING } from '@/utils/patterns/tracking-numbers';

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
    const orderId = firstMatch(ALIEXPRESS_ORDER_ID, textOf(queryFirst(card ?? doc, S.orderId)), textOf(card));
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
      trackingNumber: firstMatch(ALIEXPRESS_TRACKING, textOf(card)),
      messages,
      messageCount: total,
    };
  },

  replyTarget(doc) {
    return editableReplyTarget(queryFirst(doc, S.input));
  },

  protectedElements(doc) {
    return queryEach(doc, S.input, S.sendButton);
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
