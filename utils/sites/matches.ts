import { AMAZON_HOSTS } from './amazon-hosts';
import { ALIEXPRESS_HOSTS } from './aliexpress-hosts';

/** Match patterns for the marketplaces: the only hosts Tact runs on or asks permission for. */
export const MARKETPLACE_MATCHES = [...AMAZON_HOSTS, ...ALIEXPRESS_HOSTS].map((host) => `https://${host}/*`);
