/**
 * AliExpress seller chat selectors. Class names are CSS-module hashes that change between releases, so
 * every selector matches the readable part (`[class*="chat-header"]`) or a stable data-spm attribute.
 */
export const ALIEXPRESS_SELECTORS = {
  header: ['[data-spm="chat_header"]', '[class*="chat-header"]', '[class*="chatHeader"]', '[class*="conversation-header"]'],
  buyerName: ['[class*="buyer-name"]', '[class*="buyerName"]', '[class*="nick-name"]', '[class*="nickName"]'],
  buyerCountry: ['[class*="buyer-country"]', '[class*="buyerCountry"]', '[class*="country"]'],
  orderCard: ['[data-spm="order_card"]', '[class*="order-card"]', '[class*="orderCard"]'],
  orderId: ['[class*="order-id"]', '[class*="orderId"]'],
  product: ['[class*="order-product"]', '[class*="product-title"]', '[class*="productTitle"]'],
  messageList: ['[class*="message-list"]', '[class*="messageList"]', '[class*="msg-list"]'],
  messageRow: ['[class*="message-row"]', '[class*="messageRow"]', '[class*="msg-item"]', '[class*="message-item"]'],
  messageText: ['[class*="_text_"]', '[class*="msg-text"]', '[class*="message-text"]', '[class*="content"]'],
  messageTime: ['[data-time]', '[class*="_time_"]', '[class*="msg-time"]'],
  activeSession: ['[class*="session-item"][class*="active"]', '[class*="sessionItem"][class*="active"]'],
  input: ['textarea[class*="input"]', '[contenteditable="true"][role="textbox"]', '[class*="editor"] [contenteditable="true"]', '[contenteditable="true"]', 'textarea'],
  sendButton: ['button[class*="send"]', '[class*="send-btn"]', '[class*="sendBtn"]'],
  /** The country shown only as a flag picture: its alt/title name the country. */
  buyerCountryFlag: ['img[class*="flag"][alt]', 'img[class*="flag"][title]', 'img[class*="country"]', 'img[src*="flag"][alt]'],

  // Legacy seller message list (msg.aliexpress.com/sellerMsgListNew.htm): server-rendered, with J- ids
  // that its own scripts hook into (stabler than its styling classes).
  legacyDetail: ['#J-msg-detail', '.msg-detail', '[class*="msg-detail"]'],
  legacyActiveItem: ['#J-msg-list .selected[data-channel-id]', '[class*="msg-list"] [class*="selected"][data-channel-id]', '[aria-selected="true"][data-channel-id]'],
  legacyBuyerName: ['.msg-detail-hd .buyer-name', '[class*="detail-hd"] [class*="buyer-name"]', '[class*="detail-hd"] [class*="name"]'],
  legacyCountry: ['[class*="detail-hd"] [class*="css_flag"]', '[class*="css_flag"]', 'img[class*="flag"]', '[class*="country"]'],
  legacyOrder: ['#J-order-info', '.order-info', '[class*="order-info"]'],
  legacyOrderId: ['.order-no', 'a[href*="orderId="]', '[class*="order-no"]', '[class*="order-id"]'],
  legacyProduct: ['.product-name', '[class*="product-name"]', '[class*="product-title"]'],
  legacyMessageList: ['#J-msg-content', '.msg-content', '[class*="msg-content"]'],
  legacyMessageRow: ['.msg-item', '[data-msg-id]'],
  legacyMessageAuthor: ['.msg-name', '[class*="msg-name"]'],
  legacyMessageText: ['.msg-item-bd', '[class*="item-bd"]', '[class*="msg-text"]'],
  legacyMessageTime: ['[data-time]', '.msg-time', '[class*="msg-time"]'],
  legacyInput: ['#J-reply-content', 'textarea[name="content"]', '[class*="msg-reply"] textarea', 'textarea'],
  legacySendButton: ['#J-send-btn', '[class*="msg-reply"] button[class*="primary"]', '[class*="msg-reply"] button'],

  // Message center (message.aliexpress.com): a React app with BEM class names.
  centerView: ['.message-view', '[class*="message-view"]'],
  centerActiveSession: ['.session-item--active[data-session-id]', '[aria-selected="true"][data-session-id]', '[class*="active"][data-session-id]'],
  centerBuyerName: ['.message-view-title__content', '[class*="title__content"]', '[class*="message-view-title"]'],
  centerCountry: ['.message-view-title img[alt]', '[class*="message-view-title"] img', 'img[class*="flag"]', '[class*="country"]'],
  centerOrder: ['.message-view-order', '[class*="message-view-order"]', '[class*="order-card"]', '[data-order-id]'],
  centerProduct: ['.message-view-order__title', '[class*="order__title"]', '[class*="product"]'],
  centerMessageList: ['.message-view-list', '[class*="message-view-list"]', '[role="log"]'],
  centerMessageRow: ['.message-item', '[class*="message-item--"]'],
  centerMessageText: ['.message-item__text', '[class*="item__text"]', '[class*="__text"]'],
  centerMessageTime: ['[data-time]', '.message-item__time', '[class*="__time"]'],
  centerInput: ['.message-view-input', '[class*="message-view-footer"] textarea', '[class*="message-view"] [contenteditable="true"]', 'textarea'],
  centerSendButton: ['#buyer_msg_send_btn', 'button[class*="icon-plane"]', '[class*="message-view-footer"] button'],
} as const;

/** Rows of the buyer sit left, the seller's right; the side survives hashing as a readable class part. */
export const BUYER_SIDE = /(^|[\s_-])(left|buyer|other|receive)([\s_-]|$)/i;
export const SELLER_SIDE = /(^|[\s_-])(right|seller|self|mine|send)([\s_-]|$)/i;
