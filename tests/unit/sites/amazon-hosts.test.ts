/** Every Seller Central host of the brief x every messaging path, and the country each marketplace implies. */
import { describe, expect, it } from 'vitest';
import { AMAZON_HOSTS, AMAZON_MARKETPLACES, AMAZON_UNIFIED_HOSTS, amazonMarketplaceCountry } from '@/utils/sites/amazon-hosts';
import { adapterFor } from '@/utils/sites/adapters';
import { MARKETPLACE_MATCHES } from '@/utils/sites/matches';

/** The hosts as the brief lists them: a change to amazon-hosts.ts must be deliberate. */
const BRIEF_HOSTS = [
  ...['com', 'ca', 'com.mx', 'com.br', 'co.uk', 'de', 'fr', 'it', 'es', 'nl', 'se', 'pl', 'com.be', 'ie', 'com.tr', 'ae', 'sa', 'eg', 'co.za', 'in', 'sg', 'com.au', 'co.jp'].map(
    (tld) => `sellercentral.amazon.${tld}`,
  ),
  'sellercentral-europe.amazon.com',
  'sellercentral-japan.amazon.com',
];

const PATHS = [
  '/messaging/inbox',
  '/messaging/inbox?fi=ACTION_NEEDED&threadId=T1',
  '/messaging/inbox-v3',
  '/messaging/inbox-v3/?threadId=T1',
  '/messaging/thread?threadId=T1',
  '/messaging/contact?orderID=113-7760021-4455102&marketplaceID=ATVPDKIKX0DER',
  '/messaging/contact/returns?orderID=113-7760021-4455102',
];

describe('Seller Central hosts', () => {
  it("are exactly the brief's hosts, and the content script matches each of them", () => {
    expect([...AMAZON_HOSTS].sort()).toEqual([...BRIEF_HOSTS].sort());
    for (const host of BRIEF_HOSTS) expect(MARKETPLACE_MATCHES).toContain(`https://${host}/*`);
  });

  it.each(BRIEF_HOSTS.flatMap((host) => PATHS.map((path) => `https://${host}${path}`)))('applies to %s', (url) => {
    expect(adapterFor(new URL(url))?.id).toBe(url.includes('/contact') ? 'amazon-contact-buyer' : 'amazon-inbox');
  });

  it.each([
    // not a messaging page
    'https://sellercentral.amazon.de/home',
    'https://sellercentral.amazon.co.jp/orders-v3/order/250-3344556-1122334',
    'https://sellercentral.amazon.com/messaging',
    'https://sellercentral.amazon.com/messaging/',
    'https://sellercentral.amazon.com/messaging-other/inbox',
    'https://sellercentral.amazon.com/messaging/inboxes',
    'https://sellercentral.amazon.com/messaging/contacts',
    'https://sellercentral.amazon.com/help/messaging/inbox',
    // not Seller Central
    'https://www.amazon.com/messaging/inbox',
    'https://www.amazon.co.uk/gp/message?threadId=T1',
    'https://sellercentral.amazon.cn/messaging/inbox',
    'https://vendorcentral.amazon.com/messaging/inbox',
    'https://sellercentral-asia.amazon.com/messaging/inbox',
    // look-alikes and insecure
    'http://sellercentral.amazon.com/messaging/inbox',
    'https://sellercentral.amazon.com.evil.example/messaging/inbox',
    'https://sellercentral.amazon.de.example.net/messaging/inbox',
    'https://evil-sellercentral.amazon.com/messaging/inbox',
    'https://example.com/https://sellercentral.amazon.com/messaging/inbox',
  ])('does not apply to %s', (url) => {
    expect(adapterFor(new URL(url))?.marketplace).not.toBe('amazon');
  });
});

describe('marketplace -> country', () => {
  it.each(AMAZON_MARKETPLACES.map((m) => [m.host, m.country] as const))('%s sells to %s', (host, country) => {
    expect(amazonMarketplaceCountry(host)).toEqual({ country, source: 'host' });
  });

  it.each([
    ['sellercentral.amazon.com', 'US'],
    ['sellercentral.amazon.ca', 'CA'],
    ['sellercentral.amazon.com.mx', 'MX'],
    ['sellercentral.amazon.com.br', 'BR'],
    ['sellercentral.amazon.co.uk', 'GB'],
    ['sellercentral.amazon.de', 'DE'],
    ['sellercentral.amazon.fr', 'FR'],
    ['sellercentral.amazon.it', 'IT'],
    ['sellercentral.amazon.es', 'ES'],
    ['sellercentral.amazon.nl', 'NL'],
    ['sellercentral.amazon.se', 'SE'],
    ['sellercentral.amazon.pl', 'PL'],
    ['sellercentral.amazon.com.be', 'BE'],
    ['sellercentral.amazon.ie', 'IE'],
    ['sellercentral.amazon.com.tr', 'TR'],
    ['sellercentral.amazon.ae', 'AE'],
    ['sellercentral.amazon.sa', 'SA'],
    ['sellercentral.amazon.eg', 'EG'],
    ['sellercentral.amazon.co.za', 'ZA'],
    ['sellercentral.amazon.in', 'IN'],
    ['sellercentral.amazon.sg', 'SG'],
    ['sellercentral.amazon.com.au', 'AU'],
    ['sellercentral.amazon.co.jp', 'JP'],
  ])('every brief host has its country: %s -> %s', (host, country) => {
    expect(amazonMarketplaceCountry(host)?.country).toBe(country);
  });

  // SP-API marketplace ids (public): the id in the URL decides on the unified hosts.
  it.each([
    ['A1F83G8C2ARO7P', 'GB'],
    ['A1PA6795UKMFR9', 'DE'],
    ['A13V1IB3VIYZZH', 'FR'],
    ['APJ6JRA9NG5V4', 'IT'],
    ['A1RKKUPIHCS9HS', 'ES'],
    ['A1805IZSGTT6HS', 'NL'],
    ['A2NODRKZP88ZB9', 'SE'],
    ['A1C3SOZRARQ6R3', 'PL'],
    ['AMEN7PMS3EDWL', 'BE'],
    ['A28R8C7NBKEWEA', 'IE'],
    ['A33AVAJ2PDY3EV', 'TR'],
    ['A2VIGQ35RCS4UG', 'AE'],
    ['A17E79C6D8DWNP', 'SA'],
    ['ARBP9OOSHTCHU', 'EG'],
    ['AE08WJ6YKNBMC', 'ZA'],
    ['A21TJRUUN4KGV', 'IN'],
  ])('sellercentral-europe with marketplaceID %s -> %s', (id, country) => {
    expect(amazonMarketplaceCountry('sellercentral-europe.amazon.com', id)).toEqual({ country, source: 'marketplaceId' });
  });

  it.each([
    ['A1VC38T7YXB528', 'JP'],
    ['A39IBJ37TRP1C6', 'AU'],
    ['A19VAU5U5O7RUS', 'SG'],
  ])('sellercentral-japan with marketplaceID %s -> %s', (id, country) => {
    expect(amazonMarketplaceCountry('sellercentral-japan.amazon.com', id)).toEqual({ country, source: 'marketplaceId' });
  });

  it.each(AMAZON_UNIFIED_HOSTS)('%s without a marketplaceID falls back to its home marketplace', (host) => {
    expect(amazonMarketplaceCountry(host)?.source).toBe('unified-host');
    expect(amazonMarketplaceCountry(host, 'NOT-AN-ID')?.country).toBe(host.includes('japan') ? 'JP' : 'GB');
  });

  it('prefers the marketplaceID over the host, and knows nothing of other hosts', () => {
    expect(amazonMarketplaceCountry('sellercentral.amazon.de', 'A13V1IB3VIYZZH')).toEqual({ country: 'FR', source: 'marketplaceId' });
    expect(amazonMarketplaceCountry('sellercentral.amazon.de', '')).toEqual({ country: 'DE', source: 'host' });
    expect(amazonMarketplaceCountry('www.amazon.de')).toBeNull();
  });

  it('reads the marketplaceID from the page URL (contact page on sellercentral-japan)', () => {
    const url = new URL('https://sellercentral-japan.amazon.com/messaging/contact?orderID=250-3344556-1122334&marketplaceID=A1VC38T7YXB528');
    const doc = new DOMParser().parseFromString('<div id="ayb-contact-buyer"><div class="ayb-contact-buyer-header"><h2>佐藤 美咲さんにメッセージを送信</h2></div></div>', 'text/html');
    expect(adapterFor(url)!.read(doc, url)).toMatchObject({ marketplaceCountry: 'JP', buyerName: '佐藤 美咲', orderId: '250-3344556-1122334' });
  });
});
