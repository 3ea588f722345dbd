/**
 * The agent's corrections (country, intent, language) remembered per conversation key — an order or
 * session id, never message text. Kept in extension storage, capped so it can't grow without bound.
 */
import { storage } from 'wxt/utils/storage';
import type { Overrides } from '@/utils/messaging/protocol';

const MAX_CONVERSATIONS = 500;

type Stored = Record<string, Overrides & { at: number }>;

const overridesItem = storage.defineItem<Stored>('local:conversation-overrides', { fallback: {}, version: 1 });

export async function loadOverrides(key: string): Promise<Overrides> {
  const { at: _at, ...rest } = (await overridesItem.getValue())[key] ?? { at: 0 };
  return rest;
}

export async function saveOverrides(key: string, overrides: Overrides): Promise<void> {
  const all = await overridesItem.getValue();
  const clean = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v)) as Overrides;
  if (Object.keys(clean).length) all[key] = { ...clean, at: Date.now() };
  else delete all[key];
  const keys = Object.keys(all);
  if (keys.length > MAX_CONVERSATIONS) {
    keys
      .sort((a, b) => all[a].at - all[b].at)
      .slice(0, keys.length - MAX_CONVERSATIONS)
      .forEach((k) => delete all[k]);
  }
  await overridesItem.setValue(all);
}
