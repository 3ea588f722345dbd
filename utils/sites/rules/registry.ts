/**
 * The site rules in force in this tab. Starts with the core rules bundled into the content script (so
 * reading starts before the background answers) and switches to the background's layered rules (a team
 * lead's pack may replace a core rule by id) when they arrive. Adapters are rebuilt only when rules change.
 */
import type { SiteRule } from '@/knowledge/schema';
import type { SiteAdapter } from '@/utils/sites/site-adapter';
import { ruleAdapter, type RuleAdapter } from './rule-adapter';
import { CORE_SITE_RULES } from './core-rules';

let rules: readonly SiteRule[] = CORE_SITE_RULES;
let adapters: readonly RuleAdapter[] = rules.map(ruleAdapter);
const listeners = new Set<() => void>();

export function siteAdapters(): readonly RuleAdapter[] {
  return adapters;
}

export function siteRules(): readonly SiteRule[] {
  return rules;
}

/** Installs new rules (the background's answer); a rule that fails to build is skipped, never fatal. */
export function setSiteRules(next: readonly SiteRule[]) {
  if (JSON.stringify(next) === JSON.stringify(rules)) return;
  rules = next;
  adapters = next.flatMap((rule) => {
    try {
      return [ruleAdapter(rule)];
    } catch {
      return [];
    }
  });
  for (const listener of listeners) listener();
}

/** Called after setSiteRules changed the rules (to read the page again at once). */
export function onSiteRulesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function ruleAdapterFor(url: URL, list: readonly SiteAdapter[] = adapters): SiteAdapter | null {
  return list.find((a) => a.appliesTo(url)) ?? null;
}
