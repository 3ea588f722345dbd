/**
 * The legacy AliExpress seller message list (msg.aliexpress.com/sellerMsgListNew.htm): a server-rendered
 * page whose conversation pane (#J-msg-detail) is swapped by AJAX when the agent picks another buyer, with
 * no change of URL. The buyer's country is an old css_flag sprite; its title is AliExpress's English
 * country name (not always the ISO short name), so the sprite's code is the fallback.
 */
import type { SiteAdapter, ReplyTarget } from '@/utils/sites/site-adapter';
import { pageTime, readNewest, type Conversation, type ConversationMessage } from '@/utils/sites/conversation';
import { ALIEXPRESS_SELECTORS as S, BUYER_SIDE, SELLER_SIDE } from './selectors';
import { firstMatch, messageText, queryAll, queryEach, queryFirst, textOf } from '@/utils/sites/query';
import { countryCodeFrom } from '@/utils/sites/page-country';
import { ALIEXPRESS_ORDER_ID } from '@/utils/patterns/order-ids';
import { ALIEXPRESS_TRACKING } from '@/utils/patterns/tracking-numbers';

export const aliexpressLegacy: SiteAdapter = {
  id: 'aliexpress-legacy',
  marketplace: 'aliexpress',

  appliesTo(url) {
    return url.protocol === 'https:' && url.hostname === 'msg.aliexpress.com' && /^\/sellerMsgListNew\.htm$/i.test(url.pathname);
  },

  read(doc, url) {
    const detail = queryFirst(doc, S.legacyDetail);
    if (!detail) return null;
    const buyerName = textOf(queryFirst(detail, S.legacyBuyerName)) || undefined;
    const list = queryFirst(detail, S.legacyMessageList);
    const { messages, total } = readMessages(list, buyerName);
    // Nothing selected, or the AJAX pane is still loading: no conversation yet.
    if (!messages.length) return null;
    const order = queryFirst(detail, S.legacyOrder);
    const orderId = firstMatch(ALIEXPRESS_ORDER_ID, textOf(queryFirst(order ?? detail, S.legacyOrderId)), textOf(order));
    // The URL never changes when the agent switches buyers: the pane (or the selected row) names the channel.
    const channel = detail.getAttribute('data-channel-id') || queryFirst(doc, S.legacyActiveItem)?.getAttribute('data-channel-id') || url.searchParams.get('channelId');
    return {
      marketplace: 'aliexpress',
      key: `aliexpress:${channel || orderId || buyerName || 'unknown'}`,
      host: url.hostname,
      url: url.href,
      buyerName,
      orderId,
      pageCountry: spriteCountry(queryFirst(detail, S.legacyCountry)),
      product: textOf(queryFirst(order ?? detail, S.legacyProduct)) || undefined,
      trackingNumber: firstMatch(ALIEXPRESS_TRACKING, textOf(order)),
      messages,
      messageCount: total,
    } satisfies Conversation;
  },

  replyTarget(doc) {
    const input = queryFirst(doc, S.legacyInput);
    return input && input.tagName === 'TEXTAREA' ? ({ kind: 'textarea', element: input, input } satisfies ReplyTarget) : null;
  },

  protectedElements(doc) {
    return queryEach(doc, S.legacyInput, S.legacySendButton);
  },
};

/** Title or text first (a name), then the sprite's own code (css_ru); AliExpress writes the UK as "uk". */
export function spriteCountry(el: Element | null): string | undefined {
  if (!el) return undefined;
  const code = el.className.toString().match(/(?:^|\s)css_([a-z]{2})(?:\s|$)/)?.[1].toUpperCase();
  return countryCodeFrom(textOf(el), el.getAttribute('title'), el.getAttribute('alt'), code === 'UK' ? 'GB' : code) ?? undefined;
}

function readMessages(list: Element | null, buyerName: string | undefined): { messages: ConversationMessage[]; total: number } {
  return readNewest(list ? queryAll(list, S.legacyMessageRow) : [], (row): ConversationMessage => {
    const cls = row.className.toString();
    const author = textOf(queryFirst(row, S.legacyMessageAuthor));
    // Side classes first; when they say nothing, the author line does (the seller's rows aren't the buyer's name).
    const from = SELLER_SIDE.test(cls) ? 'seller' : BUYER_SIDE.test(cls) ? 'buyer' : buyerName && author === buyerName ? 'buyer' : 'seller';
    return { from, text: messageText(queryFirst(row, S.legacyMessageText) ?? row), time: pageTime(queryFirst(row, S.legacyMessageTime)?.getAttribute('data-time')) };
  });
}
