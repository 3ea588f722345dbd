import { describe, expect, it } from 'vitest';
import { AMAZON_HOSTS } from '@/utils/sites/amazon-hosts';
import { ALIEXPRESS_HOSTS } from '@/utils/sites/aliexpress-hosts';
import { marketplaceOfHost } from '@/utils/sites/marketplace-hosts';

describe('marketplaceOfHost', () => {
  it.each(AMAZON_HOSTS)('%s is Amazon', (host) => expect(marketplaceOfHost(host)).toBe('amazon'));
  it.each(ALIEXPRESS_HOSTS)('%s is AliExpress', (host) => expect(marketplaceOfHost(host)).toBe('aliexpress'));

  it.each([
    ['amazon.de', 'amazon'],
    ['WWW.Amazon.co.UK', 'amazon'],
    ['amazon.cn', 'amazon'],
    ['aliexpress.ru', 'aliexpress'],
    ['m.aliexpress.us', 'aliexpress'],
    ['amazon.de.example.com', null],
    ['notamazon.com', null],
    ['fakealiexpress.com', null],
    ['example.com', null],
    ['', null],
  ])('%s -> %s', (host, marketplace) => expect(marketplaceOfHost(host)).toBe(marketplace));
});
