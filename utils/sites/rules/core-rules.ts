/**
 * The core pack's site rules, compiled from knowledge/core/sites/*.yaml into core-rules.json by
 * `npm run pack -- build knowledge/core` (and so by every build); a unit test fails when it is stale.
 * Bundled into the content script (~9 kB) so the page is read before the background answers.
 */
import type { SiteRule } from '@/knowledge/schema';
import compiled from './core-rules.json';

export const CORE_SITE_RULES = compiled as unknown as readonly SiteRule[];
