/** The hostnames a rule names: a named set (kept in code with the marketplace ids) or its own list. */
import type { SiteRule } from '@/knowledge/schema';
import type { HOST_SETS } from '@/knowledge/site-rules-schema';
import { AMAZON_HOSTS } from '@/utils/sites/amazon-hosts';
import { ALIEXPRESS_HOSTS } from '@/utils/sites/aliexpress-hosts';

const SETS: Record<(typeof HOST_SETS)[number], readonly string[]> = {
  'amazon-seller-central': AMAZON_HOSTS,
  'aliexpress-seller': ALIEXPRESS_HOSTS,
};

export function ruleHosts(rule: Pick<SiteRule, 'hosts'>): ReadonlySet<string> {
  return new Set(typeof rule.hosts === 'string' ? SETS[rule.hosts] : rule.hosts);
}
