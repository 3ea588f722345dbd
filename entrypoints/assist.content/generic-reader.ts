/**
 * The generic reader as the content script runs it: told the shop's and agent's names from settings (a
 * message signed with one is the seller's) and the replies Tact itself inserted on this page (once sent,
 * they come back as the seller's messages). Inserted texts live in memory only.
 */
import { createGenericAdapter } from '@/utils/sites/generic';
import type { Settings } from '@/utils/settings';

const KEEP_INSERTED = 20;

export function genericReader(settings: Pick<Settings, 'shopName' | 'agentName'>) {
  const inserted: string[] = [];
  const adapter = createGenericAdapter(() => ({ sellerNames: [settings.shopName, settings.agentName].filter(Boolean), insertedTexts: inserted }));
  return {
    adapter,
    rememberInserted(text: string) {
      inserted.push(text);
      if (inserted.length > KEEP_INSERTED) inserted.shift();
    },
  };
}
