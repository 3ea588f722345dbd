/** Saves the taught site-rule pack as a file on the agent's computer (a blob URL: nothing leaves the machine). */
import type { SiteMarketplace } from '@/knowledge/intents';
import type { TaughtRule } from '@/utils/sites/taught/taught-rule';
import { taughtSiteRulePack } from '@/utils/sites/taught/taught-site-rule';

export function downloadTaughtRule(taught: TaughtRule, marketplace: SiteMarketplace): void {
  const { fileName, text } = taughtSiteRulePack(taught, marketplace);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
