/**
 * "Use Tact on this site": which origin a page's URL asks permission for, the id of that origin's registered
 * content script, and what a worker start must change so that registrations and granted permissions agree.
 * Pure: the browser calls live in entrypoints/background/any-site.ts.
 */
import { AMAZON_HOSTS } from './amazon-hosts';
import { ALIEXPRESS_HOSTS } from './aliexpress-hosts';

/** The hosts the manifest's content script already covers: they never get a per-site registration. */
const MARKETPLACE_HOSTS = new Set([...AMAZON_HOSTS, ...ALIEXPRESS_HOSTS]);
/** Registered-script ids start with this, so reconcile never touches another script's registration. */
export const SITE_SCRIPT_PREFIX = 'tact-site:';

const SITE_PATTERN = /^https:\/\/([a-z0-9.-]+)\/\*$/;

export function isMarketplaceHost(host: string): boolean {
  return MARKETPLACE_HOSTS.has(host.toLowerCase());
}

/**
 * The match pattern the permission and the registration use for a page (`https://host/*`, any port), or
 * null where Tact is not offered: not https (an agent's seller chat is always https; http would hand the page
 * to anyone on the network), a marketplace (the manifest covers it), or not a URL at all.
 */
export function siteOriginPattern(url: string | undefined | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || !parsed.hostname || isMarketplaceHost(parsed.hostname)) return null;
  return `https://${parsed.hostname.toLowerCase()}/*`;
}

/** The host of a per-site pattern, or null for anything else (wildcards, other schemes, marketplaces). */
export function siteHost(pattern: string): string | null {
  const host = SITE_PATTERN.exec(pattern)?.[1];
  return host && !host.includes('*') && !isMarketplaceHost(host) ? host : null;
}

export function siteScriptId(pattern: string): string {
  const host = siteHost(pattern);
  if (!host) throw new Error(`not a per-site origin pattern: ${pattern}`);
  return SITE_SCRIPT_PREFIX + host;
}

export function patternOfScriptId(id: string): string | null {
  return id.startsWith(SITE_SCRIPT_PREFIX) ? `https://${id.slice(SITE_SCRIPT_PREFIX.length)}/*` : null;
}

export interface ReconcilePlan {
  /** Granted site origins without a registration. */
  register: string[];
  /** Tact's registrations whose origin is no longer granted (or never was a site). */
  unregister: string[];
  /** The sites Tact is on once the plan is applied, sorted. */
  sites: string[];
}

/**
 * Granted origins minus the marketplaces, wildcards and the hosts held for something else (a subscribed
 * team pack's server is granted the same way, but is not a chat page) are the sites; each gets exactly one
 * registration, and no Tact registration outlives its permission.
 */
export function planReconcile(granted: readonly string[], registeredIds: readonly string[], otherHosts: readonly string[] = []): ReconcilePlan {
  const other = new Set(otherHosts.map((h) => h.toLowerCase()));
  const sites = [...new Set(granted.filter((p) => siteHost(p) !== null && !other.has(siteHost(p)!)))].sort();
  const ours = registeredIds.filter((id) => id.startsWith(SITE_SCRIPT_PREFIX));
  const registered = new Set(ours);
  return {
    register: sites.filter((p) => !registered.has(siteScriptId(p))),
    unregister: ours.filter((id) => !sites.some((p) => siteScriptId(p) === id)),
    sites,
  };
}
