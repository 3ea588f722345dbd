import type { IntentId, Marketplace } from '../intents';

export interface ConversationMessage {
  from: 'buyer' | 'seller';
  text: string;
  /** ISO time when the page shows one; used for deadlines, never stored. */
  time?: string;
}

/** What a site adapter reads from the page. Lives only in memory and in one message to the background. */
export interface Conversation {
  marketplace: Marketplace;
  /** Stable per conversation (order id or session id), for remembering the agent's overrides. */
  key: string;
  host: string;
  url: string;
  buyerName?: string;
  orderId?: string;
  /** Country the page shows for the buyer (AliExpress). */
  pageCountry?: string;
  /** Country implied by the Amazon marketplace (host / marketplaceID). */
  marketplaceCountry?: string;
  product?: string;
  trackingNumber?: string;
  /** What the page itself says the message is about (Amazon contact page topic), used when the text says nothing. */
  topicHint?: IntentId;
  messages: ConversationMessage[];
}

/**
 * What detection reads: the buyer's messages since the seller last replied (what still needs an answer),
 * at most `count`, newest last; if the seller spoke last, the buyer's latest message.
 */
export function latestBuyerText(conversation: Conversation, count = 3): string {
  const lastSeller = conversation.messages.map((m) => m.from).lastIndexOf('seller');
  const waiting = conversation.messages.slice(lastSeller + 1).filter((m) => m.from === 'buyer');
  const buyer = waiting.length ? waiting : conversation.messages.filter((m) => m.from === 'buyer').slice(-1);
  return buyer
    .slice(-count)
    .map((m) => m.text)
    .join('\n');
}
