import type { IntentId, SiteMarketplace } from '@/knowledge/intents';

export interface ConversationMessage {
  from: 'buyer' | 'seller';
  text: string;
  /** ISO time when the page shows one; used for deadlines, never stored. */
  time?: string;
}

export type ReadSource = 'site-rule' | 'generic' | 'taught' | 'pasted';

/** What a site adapter reads from the page. Lives only in memory and in one message to the background. */
export interface Conversation {
  marketplace: SiteMarketplace;
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
  /** Which layer read it: a site rule, the generic reader, what the agent taught, or a pasted message. */
  source?: ReadSource;
  /** How many messages the page shows (only the newest MAX_MESSAGES_READ are read into `messages`). */
  messageCount?: number;
}

/**
 * A thread can hold hundreds of messages, and it is read again after every change on the page: the newest
 * ones hold the buyer's turn and the times the deadlines count from, so older ones are not read.
 */
export const MAX_MESSAGES_READ = 50;

/** A time attribute as the page wrote it, if it is one (ISO, or anything Date can read). */
export function pageTime(value: string | null | undefined): string | undefined {
  return value && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

/** Reads the newest message rows (oldest first), dropping empty ones; `total` is how many rows the page has. */
export function readNewest<T>(rows: T[], read: (row: T) => ConversationMessage): { messages: ConversationMessage[]; total: number } {
  const newest = rows.length > MAX_MESSAGES_READ ? rows.slice(-MAX_MESSAGES_READ) : rows;
  return { messages: newest.map(read).filter((m) => m.text), total: rows.length };
}

/**
 * What detection reads: the buyer's messages since the seller last replied (what still needs an answer),
 * at most `count`, newest last; if the seller spoke last, the buyer's latest message.
 */
export function latestBuyerText(conversation: Conversation, count = BUYER_TURN): string {
  return buyerTurn(conversation.messages, count)
    .map((m) => m.text)
    .join('\n');
}

const BUYER_TURN = 3;

function buyerTurn(messages: ConversationMessage[], count: number): ConversationMessage[] {
  const lastSeller = messages.map((m) => m.from).lastIndexOf('seller');
  const waiting = messages.slice(lastSeller + 1).filter((m) => m.from === 'buyer');
  return (waiting.length ? waiting : messages.filter((m) => m.from === 'buyer').slice(-1)).slice(-count);
}

/**
 * The conversation as the background needs it: only the buyer's turn that detection reads. A long thread's
 * history would cost every request, and less buyer text leaves the page.
 */
export function forDetection(conversation: Conversation): Conversation {
  return { ...conversation, messages: buyerTurn(conversation.messages, BUYER_TURN) };
}
