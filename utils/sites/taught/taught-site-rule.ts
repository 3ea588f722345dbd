/**
 * What the agent taught, as a site-rule pack a team lead can check (`npm run pack -- validate`), sign and
 * publish to every agent: the taught paths become the rule's selectors (the rule interpreter searches open
 * shadow roots and same-origin frames itself, so each path's last hop is the selector). Pure.
 */
import type { SiteRuleInput } from '@/knowledge/site-rules-schema';
import type { SiteMarketplace } from '@/knowledge/intents';
import type { TaughtRule } from './taught-rule';

export interface TaughtPackFile {
  fileName: string;
  text: string;
}

export function taughtSiteRulePack(taught: TaughtRule, marketplace: SiteMarketplace, today: Date = new Date()): TaughtPackFile {
  const slug = taught.host.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  const date = today.toISOString().slice(0, 10);
  const last = (path: readonly string[] | undefined) => path?.[path.length - 1];
  // A rule for another seller chat says `other`: only marketplace-neutral knowledge applies there.
  const rule: Omit<SiteRuleInput, 'marketplace'> & { marketplace: SiteMarketplace } = {
    id: `taught.${slug}`,
    marketplace,
    description: `Taught in Tact by an agent on ${taught.host} (${date}): check it on the page, then sign and publish.`,
    hosts: [taught.host],
    url: { path: '^/' },
    root: 'body',
    messages: { row: last(taught.message) ?? ':not(*)', unmarked: 'buyer' },
    key: [{ url: 'path' }],
    replyBox: last(taught.replyBox) ?? 'textarea, [contenteditable="true"]',
  };
  const pack = {
    schemaVersion: 1,
    id: `taught-${slug}`,
    name: `Site rule for ${taught.host} (taught)`,
    version: '0.1.0',
    publisher: 'Tact teach mode',
    publishedAt: date,
    description: `How Tact reads ${taught.host}, as an agent showed it. Review the selectors before distributing.`,
    changelog: [{ version: '0.1.0', date, notes: 'Taught by pointing at the buyer message and the reply box.' }],
    entries: [],
    sites: [rule],
  };
  return { fileName: `tact-site-rule-${slug}.json`, text: `${JSON.stringify(pack, null, 2)}\n` };
}
