/** Every site adapter Tact knows; a test fails if an adapter file isn't registered here or has no fixture. */
import type { SiteAdapter } from './site-adapter';
import { amazonMessaging } from './amazon/amazon-messaging';
import { aliexpressIm } from './aliexpress/aliexpress-im';
import { aliexpressLegacy } from './aliexpress/aliexpress-legacy';
import { aliexpressMessageCenter } from './aliexpress/aliexpress-message-center';

export const ADAPTERS: readonly SiteAdapter[] = [amazonMessaging, aliexpressIm, aliexpressLegacy, aliexpressMessageCenter];

export function adapterFor(url: URL, adapters: readonly SiteAdapter[] = ADAPTERS): SiteAdapter | null {
  return adapters.find((a) => a.appliesTo(url)) ?? null;
}
