/**
 * What agents taught Tact, per host: selectors only (never page text), in extension storage so the page
 * can't read or clear it. Capped: a host is a short string and there are only so many seller chats.
 */
import { storage } from 'wxt/utils/storage';
import { isTaughtRule, type TaughtRule } from '@/utils/sites/taught/taught-rule';

const MAX_HOSTS = 200;

const taughtItem = storage.defineItem<Record<string, TaughtRule>>('local:taught-sites', { fallback: {}, version: 1 });

export async function loadTaught(host: string): Promise<TaughtRule | null> {
  const rule = (await taughtItem.getValue())[host];
  return isTaughtRule(rule) ? rule : null;
}

export async function saveTaught(rule: TaughtRule): Promise<void> {
  if (!isTaughtRule(rule)) throw new Error('tact: refusing to store a malformed taught rule');
  const all = await taughtItem.getValue();
  all[rule.host] = rule;
  const hosts = Object.keys(all);
  if (hosts.length > MAX_HOSTS)
    hosts
      .sort((a, b) => all[a].savedAt - all[b].savedAt)
      .slice(0, hosts.length - MAX_HOSTS)
      .forEach((h) => delete all[h]);
  await taughtItem.setValue(all);
}

export async function forgetTaught(host: string): Promise<void> {
  const all = await taughtItem.getValue();
  delete all[host];
  await taughtItem.setValue(all);
}
