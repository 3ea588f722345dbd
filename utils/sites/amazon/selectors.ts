import type { IntentId } from '@/knowledge/intents';

/** Amazon Seller Central messaging selectors, each a list of fallbacks (stable attributes first). */
export const AMAZON_SELECTORS = {
  threadPane: ['[data-testid="thread-pane"]', '.thread-pane', '[class*="thread-pane"]', '[class*="threadPane"]', '[class*="ThreadView"]'],
  contactRoot: ['.ayb-contact-buyer', '[class*="contact-buyer"]'],
  contactHeader: ['.ayb-contact-buyer-header h2', '[class*="contact-buyer-header"] h2', '[class*="contactBuyerHeader"] h2'],
  buyerName: ['[data-testid="buyer-name"]', '.thread-header .buyer-name', '[class*="buyer-name"]', '[class*="buyerName"]'],
  orderId: ['a.order-id-link', 'a[href*="/orders-v3/order/"]', '[data-testid="order-id"]', '[class*="order-id"]', '[class*="orderId"]'],
  product: ['[data-testid="product-title"]', '.product-info', '[class*="product-title"]', '[class*="productTitle"]'],
  message: ['[data-testid="message-incoming"], [data-testid="message-outgoing"]', '.message-container', '[class*="message-container"]', '[class*="messageContainer"]'],
  incoming: ['[data-testid="message-incoming"]', '.message-incoming', '[class*="incoming"]', '[class*="buyer-message"]'],
  messageBody: ['.message-body', '[class*="message-body"]', '[class*="messageBody"]', '[data-testid="message-body"]'],
  messageTime: ['time[datetime]', '[class*="message-date"]', '[class*="messageDate"]'],
  selectedTopic: ['kat-radiobutton-group input[type="radio"]:checked', '[class*="contact-buyer"] input[type="radio"]:checked', 'kat-radiobutton[checked]'],
  replyBox: ['kat-textarea', 'textarea[name="message"]', 'textarea'],
  sendButton: ['kat-button[label="Send"]', 'kat-button[variant="primary"]', 'button[type="submit"]'],
} as const;

/** Header texts of the contact page in the Seller Central UI languages agents use. */
export const CONTACT_HEADER_PATTERNS = [
  /^Send message to\s+(.+)$/i,
  /^Nachricht an\s+(.+?)\s+senden$/i,
  /^Envoyer un message à\s+(.+)$/i,
  /^Enviar mensaje a\s+(.+)$/i,
  /^发送消息给\s*(.+)$/,
  /^向\s*(.+?)\s*发送消息$/,
  /^(.+?)\s*さんにメッセージを送信$/,
];

/** Contact-page topics (Seller Central UI in English or Chinese) and the intent they imply. */
export const CONTACT_TOPICS: [RegExp, IntentId][] = [
  [/shipping|delivery|tracking|配送|物流|发货/i, 'shipping_status'],
  [/return|退货/i, 'return_request'],
  [/refund|退款/i, 'refund_request'],
  [/invoice|发票/i, 'invoice_request'],
  [/cancel|取消/i, 'cancel_order'],
  [/custom(s|ization)? duty|customs|关税/i, 'customs_tax'],
  [/additional information|order information|附加信息|订单信息/i, 'change_order'],
];
