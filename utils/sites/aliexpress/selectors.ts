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
} as const;

/** Rows of the buyer sit left, the seller's right; the side survives hashing as a readable class part. */
export const BUYER_SIDE = /(^|[\s_-])(left|buyer|other|receive)([\s_-]|$)/i;
export const SELLER_SIDE = /(^|[\s_-])(right|seller|self|mine|send)([\s_-]|$)/i;

/** AliExpress order ids are 15-16 digit numbers. */
export const ALIEXPRESS_ORDER_ID = /\b\d{15,16}\b/;
