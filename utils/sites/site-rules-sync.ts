/**
 * Content-script side of site rules: reading starts on the core rules bundled into the script, then the
 * background's layered rules (getSiteRules) replace them once it answers — a slow-waking worker never
 * delays the first read. Asked again whenever the tab comes back into view, so a pack installed meanwhile
 * applies without a reload; setSiteRules ignores an answer that changes nothing.
 */
import { sendMessage } from '@/utils/messaging/protocol';
import { setSiteRules } from './rules/registry';

export async function syncSiteRules(signal?: AbortSignal): Promise<void> {
  const ask = async () => {
    const rules = await sendMessage('getSiteRules').catch(() => null);
    if (rules && !signal?.aborted) setSiteRules(rules);
  };
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && void ask(), { signal });
  await ask();
}
