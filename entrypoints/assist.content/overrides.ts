/**
 * The agent's corrections (country, intent, language) remembered per conversation. The page supplies the
 * conversation key (a session id, an order id, a buyer name), so it is never stored as such: the store is
 * keyed by a truncated SHA-256 of it (no order id or name in clear, and a 1 MB session id costs 24
 * characters), values are kept only when they look like what they are, and the store holds at most
 * MAX_CONVERSATIONS entries.
 */
import { storage } from 'wxt/utils/storage';
import type { Overrides } from '@/utils/messaging/protocol';

const MAX_CONVERSATIONS = 500;
/** Hex characters of the digest kept: 96 bits, no collision in any agent's lifetime of conversations. */
const KEY_CHARS = 24;

type Stored = Record<string, Overrides & { at: number }>;

const overridesItem = storage.defineItem<Stored>('local:conversation-overrides', {
  fallback: {},
  version: 2,
  // Version 1 was keyed by the page's key in clear: dropped rather than carried over.
  migrations: { 2: () => ({}) },
});

const SHAPES: Record<keyof Overrides, RegExp> = {
  country: /^[A-Z]{2}$/,
  intent: /^[a-z_]{2,40}$/,
  language: /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/,
};

/** The stored form of a conversation key: what the page gave never reaches storage. */
export async function conversationStorageKey(key: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key));
  return [...new Uint8Array(digest)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, KEY_CHARS);
}

/** Only fields Tact knows, with values of their shape (a page can't smuggle text in through them). */
export function cleanOverrides(overrides: Overrides): Overrides {
  const out: Overrides = {};
  for (const field of Object.keys(SHAPES) as (keyof Overrides)[]) {
    const value = overrides[field];
    if (typeof value === 'string' && SHAPES[field].test(value)) (out as Record<string, string>)[field] = value;
  }
  return out;
}

export async function loadOverrides(key: string): Promise<Overrides> {
  const stored = (await overridesItem.getValue())[await conversationStorageKey(key)];
  return stored ? cleanOverrides(stored) : {};
}

export async function saveOverrides(key: string, overrides: Overrides): Promise<void> {
  const id = await conversationStorageKey(key);
  const all = await overridesItem.getValue();
  const clean = cleanOverrides(overrides);
  if (Object.keys(clean).length) all[id] = { ...clean, at: Date.now() };
  else delete all[id];
  const keys = Object.keys(all);
  if (keys.length > MAX_CONVERSATIONS) {
    keys
      .sort((a, b) => all[a].at - all[b].at)
      .slice(0, keys.length - MAX_CONVERSATIONS)
      .forEach((k) => delete all[k]);
  }
  await overridesItem.setValue(all);
}
