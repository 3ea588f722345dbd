/** Seller chat variants: the country only as a flag picture, and messages that arrive in two batches. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aliexpressIm } from '@/utils/sites/aliexpress/aliexpress-im';
import { ALIEXPRESS_SELECTORS } from '@/utils/sites/aliexpress/selectors';
import { latestBuyerText } from '@/utils/sites/conversation';
import { queryAll, queryFirst } from '@/utils/sites/query';
import { runFixturePage } from './run-fixture';

const IM = '/m_apps/im-chat/im';
const here = () => new URL(location.href.replace(location.origin, 'https://gsp.aliexpress.com'));

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

describe('country only as a flag image (?fx=flag)', () => {
  it.each([
    ['2200871234567001', 'BR'],
    ['2200871234567002', 'ES'],
    ['2200871234567003', 'FR'],
  ])('session %s: reads %s from the flag alt/title', async (session, country) => {
    const doc = await runFixturePage('aliexpress/im.html', `${IM}?fx=flag#/window?sessionId=${session}`);
    vi.advanceTimersByTime(700);
    const header = queryFirst(doc, ALIEXPRESS_SELECTORS.header)!;
    expect(queryAll(header, ALIEXPRESS_SELECTORS.buyerCountry)).toHaveLength(0); // no text to read
    expect(queryAll(header, ALIEXPRESS_SELECTORS.buyerCountryFlag)).toHaveLength(1);
    expect(aliexpressIm.read(doc, here())?.pageCountry).toBe(country);
  });

  it('still prefers the country text where the page shows it', async () => {
    const doc = await runFixturePage('aliexpress/im.html', `${IM}#/window?sessionId=2200871234567002`);
    vi.advanceTimersByTime(700);
    expect(aliexpressIm.read(doc, here())?.pageCountry).toBe('ES');
  });
});

describe('messages arriving in two batches (?fx=batches)', () => {
  it('reads the history first, then the newer messages when they arrive', async () => {
    const doc = await runFixturePage('aliexpress/im.html', `${IM}?fx=batches#/window?sessionId=2200871234567003`);
    expect(aliexpressIm.read(doc, here())).toBeNull(); // header and order card, no messages yet
    vi.advanceTimersByTime(700);
    const first = aliexpressIm.read(doc, here())!;
    expect(first.messages.map((m) => m.from)).toEqual(['buyer', 'seller']);
    expect(latestBuyerText(first)).toMatch(/ne correspond pas/);
    vi.advanceTimersByTime(1500);
    const second = aliexpressIm.read(doc, here())!;
    expect(second.messages.map((m) => m.from)).toEqual(['buyer', 'seller', 'buyer']);
    expect(second.key).toBe(first.key);
    expect(latestBuyerText(second)).toMatch(/remboursé/);
  });

  it('a single-message session arrives whole in the second batch', async () => {
    const doc = await runFixturePage('aliexpress/im.html', `${IM}?fx=batches#/window?sessionId=2200871234567001`);
    vi.advanceTimersByTime(700);
    expect(aliexpressIm.read(doc, here())).toBeNull();
    vi.advanceTimersByTime(1500);
    expect(aliexpressIm.read(doc, here())?.messages).toHaveLength(1);
  });
});
