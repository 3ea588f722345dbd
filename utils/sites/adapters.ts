/**
 * The site adapters in force: one per site rule (utils/sites/rules), from the core pack until the
 * background sends the layered rules of every installed pack. A getter, so new rules apply without a reload.
 */
import type { SiteAdapter } from './site-adapter';
import { ruleAdapterFor, siteAdapters } from './rules/registry';

export const adapters = (): readonly SiteAdapter[] => siteAdapters();

export function adapterFor(url: URL, list: readonly SiteAdapter[] = siteAdapters()): SiteAdapter | null {
  return ruleAdapterFor(url, list);
}
