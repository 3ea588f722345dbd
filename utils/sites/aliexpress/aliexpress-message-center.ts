/**
 * The AliExpress message center (message.aliexpress.com): a React app with BEM class names
 * (.message-view, .message-view-title__content, #buyer_msg_send_btn). Conversations switch by pushState,
 * messages arrive after the view renders, and the buyer's country is a flag image (alt/title only).
 */
import { editableReplyTarget, type SiteAdapter } from '@/utils/sites/site-adapter';
import { pageTime, readNewest, type Conversation, type ConversationMessage } from '@/utils/sites/conversation';
import { ALIEXPRESS_SELECTORS as S, BUYER_SIDE, SELLER_SIDE } from './selectors';
import { firstMatch, messageText, queryAll, queryEach, queryFirst, textOf } from '@/utils/sites/query';
import { countryCodeFrom } from '@/utils/sites/page-country';
import { ALIEXPRESS_ORDER_ID } from '@/utils/patterns/order-ids';

/** Pages of the message center; its JSON/AJAX endpoints (…AjaxService.htm, /api/) are not pages to assist on. */
const PAGE = /^\/(message\/([\w-]+\.htm)?)?$/;
const ENDPOINT = /ajax|service|\.json$/i;

export const aliexpressMessageCenter: SiteAdapter = {
  id: 'aliexpress-message-center',
  marketplace: 'aliexpress',

  appliesTo(url) {
    return url.protocol === 'https:' && url.hostname === 'message.aliexpress.com' && PAGE.test(url.pathname) && !ENDPOINT.test(url.pathname);
  },

  read(doc, url) {
    const view = queryFirst(doc, S.centerView);
    if (!view) return null;
    const list = queryFirst(view, S.centerMessageList);
    const { messages, total } = readMessages(list);
    if (!messages.length) return null;
    const order = queryFirst(view, S.centerOrder);
    const orderId = firstMatch(ALIEXPRESS_ORDER_ID, order?.getAttribute('data-order-id'), textOf(order));
    const flag = queryFirst(view, S.centerCountry);
    const buyerName = textOf(queryFirst(view, S.centerBuyerName)) || undefined;
    const session = view.getAttribute('data-session-id') || queryFirst(doc, S.centerActiveSession)?.getAttribute('data-session-id') || url.searchParams.get('sessionId');
    return {
      marketplace: 'aliexpress',
      key: `aliexpress:${session || orderId || buyerName || 'unknown'}`,
      host: url.hostname,
      url: url.href,
      buyerName,
      orderId,
      pageCountry: countryCodeFrom(flag?.getAttribute('alt'), flag?.getAttribute('title'), textOf(flag)) ?? undefined,
      product: textOf(queryFirst(order ?? view, S.centerProduct)) || undefined,
      messages,
      messageCount: total,
    } satisfies Conversation;
  },

  replyTarget(doc) {
    return editableReplyTarget(queryFirst(doc, S.centerInput));
  },

  protectedElements(doc) {
    return queryEach(doc, S.centerInput, S.centerSendButton);
  },
};

function readMessages(list: Element | null): { messages: ConversationMessage[]; total: number } {
  return readNewest(list ? queryAll(list, S.centerMessageRow) : [], (row): ConversationMessage => {
    const cls = row.className.toString();
    // The buyer's bubbles are --left; a row that names no side is read as the buyer's (better read than lost).
    const from = SELLER_SIDE.test(cls) && !BUYER_SIDE.test(cls) ? 'seller' : 'buyer';
    return { from, text: messageText(queryFirst(row, S.centerMessageText) ?? row), time: pageTime(queryFirst(row, S.centerMessageTime)?.getAttribute('data-time')) };
  });
}
