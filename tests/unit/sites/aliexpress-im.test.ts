import { describe, expect, it } from 'vitest';
import { aliexpressIm } from '@/utils/sites/aliexpress/aliexpress-im';
import { ALIEXPRESS_SELECTORS } from '@/utils/sites/aliexpress/selectors';
import { queryAll } from '@/utils/sites/query';
import { renderAliExpress } from './fixture-dom';
import { MAX_MESSAGES_READ } from '@/utils/sites/conversation';
import { fingerprint } from '@/utils/sites/manager';

const here = () => new URL(location.href.replace(location.origin, 'https://gsp.aliexpress.com'));

describe('aliexpressIm.appliesTo', () => {
  it.each([
    'https://gsp.aliexpress.com/m_apps/im-chat/im#/window',
    'https://gsp.aliexpress.com/m_apps/im-chat/im#/window?sessionId=1',
    'https://gsp.aliexpress.com/m_apps/im-chat/im/',
  ])('applies to %s', (url) => expect(aliexpressIm.appliesTo(new URL(url))).toBe(true));
  it.each([
    'https://gsp.aliexpress.com/m_apps/order/list',
    'https://www.aliexpress.com/m_apps/im-chat/im',
    'http://gsp.aliexpress.com/m_apps/im-chat/im',
    'https://gsp.aliexpress.com.example.net/m_apps/im-chat/im',
  ])('does not apply to %s', (url) => expect(aliexpressIm.appliesTo(new URL(url))).toBe(false));
});

describe('aliexpressIm on the SPA fixture', () => {
  it.each(['', '?fx=rehash'])('reads buyer, page country, order and messages (%s)', async (search) => {
    const doc = await renderAliExpress('#/window?sessionId=2200871234567003', search);
    expect(queryAll(doc, ALIEXPRESS_SELECTORS.messageRow)).toHaveLength(3);
    const c = aliexpressIm.read(doc, here())!;
    expect(c).toMatchObject({ marketplace: 'aliexpress', buyerName: 'Julien Martin', pageCountry: 'FR', orderId: '8187654321044556', key: 'aliexpress:2200871234567003' });
    expect(c.messages.map((m) => m.from)).toEqual(['buyer', 'seller', 'buyer']);
    expect(c.messages[2].text).toContain('remboursé');
    expect(aliexpressIm.replyTarget(doc)?.kind).toBe('textarea');
  });

  it('reads only the newest messages of a long thread, and still notices each new one', async () => {
    const doc = await renderAliExpress('#/window?sessionId=2200871234567003');
    const says = (window as unknown as { fixtureBuyerSays(text: string, sellerFirst?: string): void }).fixtureBuyerSays;
    for (let i = 0; i < 60; i++) says(`message ${i}`, `answer ${i}`);
    const before = aliexpressIm.read(doc, here())!;
    expect(before.messageCount).toBe(123);
    expect(before.messages).toHaveLength(MAX_MESSAGES_READ);
    expect(before.messages.at(-1)).toMatchObject({ from: 'buyer', text: 'message 59' });
    says('message 59');
    const after = aliexpressIm.read(doc, here())!;
    expect(after.messages).toHaveLength(MAX_MESSAGES_READ);
    expect(fingerprint(after)).not.toBe(fingerprint(before));
  });

  it('finds no conversation when no session is open', async () => {
    const doc = await renderAliExpress('#/window');
    expect(aliexpressIm.read(doc, here())).toBeNull();
  });

  it('finds the contenteditable editor', async () => {
    const doc = await renderAliExpress('#/window?sessionId=2200871234567001', '?fx=editable');
    expect(aliexpressIm.replyTarget(doc)?.kind).toBe('contenteditable');
  });
});
