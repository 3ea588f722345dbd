/**
 * The site rules in force: every enabled pack's rules, highest-ranked pack first (knowledge/layering.ts),
 * one per id — a team lead's signed pack replaces a core rule by using its id. Higher packs' rules also come
 * first in the list, so a new rule of theirs wins a URL a core rule also claims. Packs stored before site
 * rules existed simply have none.
 */
import type { PackRecord } from './db';
import { rankPacks } from './layering';
import type { SiteRule } from './schema';

export function layerSiteRules(packs: PackRecord[]): SiteRule[] {
  const seen = new Set<string>();
  const out: SiteRule[] = [];
  for (const record of rankPacks(packs)) {
    for (const rule of record.pack.sites ?? []) {
      if (seen.has(rule.id)) continue;
      seen.add(rule.id);
      out.push(rule);
    }
  }
  return out;
}
