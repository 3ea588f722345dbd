/**
 * Which marketplace a host belongs to: the page the content script runs on, a link in a reply (a reply may
 * link to the marketplace itself), a URL given to the CLI. Any subdomain of the marketplace's own domains.
 */
import type { Marketplace } from '@/knowledge/intents';
import { AMAZON_MARKETPLACES } from './amazon-hosts';

const SELLER_CENTRAL = 'sellercentral.amazon.';
/** The storefront domains of the Seller Central marketplaces, and amazon.cn (a store without one). */
const AMAZON_TLDS = [...AMAZON_MARKETPLACES.map((m) => m.host.slice(SELLER_CENTRAL.length)), 'cn'];

const HOST_PATTERNS: ReadonlyArray<readonly [Marketplace, RegExp]> = [
  ['amazon', new RegExp(String.raw`(?:^|\.)amazon\.(?:${AMAZON_TLDS.map((tld) => tld.replace(/\./g, '\\.')).join('|')})$`)],
  ['aliexpress', /(?:^|\.)aliexpress\.(?:com|us|ru)$/],
];

export function marketplaceOfHost(host: string): Marketplace | null {
  const lower = host.toLowerCase();
  return HOST_PATTERNS.find(([, pattern]) => pattern.test(lower))?.[0] ?? null;
}
