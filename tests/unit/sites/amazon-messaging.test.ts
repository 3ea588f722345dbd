import { describe, expect, it } from 'vitest';
import { amazonMessaging } from '@/utils/sites/amazon/amazon-messaging';
import { AMAZON_SELECTORS } from '@/utils/sites/amazon/selectors';
import { queryAll } from '@/utils/sites/query';
import { fixtureDocument } from './fixture-dom';

describe('amazonMessaging.appliesTo', () => {
  it.each([
    'https://sellercentral.amazon.com/messaging/inbox',
    'https://sellercentral.amazon.de/messaging/inbox?fi=ACTION_NEEDED&threadId=T1',
    'https://sellercentral.amazon.co.jp/messaging/inbox-v3',
    'https://sellercentral-europe.amazon.com/messaging/contact?orderID=171-3344556-7788990&marketplaceID=A1RKKUPIHCS9HS',
    'https://sellercentral.amazon.com.br/messaging/contact/returns?orderID=1',
    'https://sellercentral-japan.amazon.com/messaging/reviews',
  ])('applies to %s', (url) => expect(amazonMessaging.appliesTo(new URL(url))).toBe(true));

  it.each([
    'https://sellercentral.amazon.com/home',
    'https://sellercentral.amazon.com/orders-v3/order/113-7760021-4455102',
    'https://www.amazon.com/messaging/inbox',
    'http://sellercentral.amazon.com/messaging/inbox',
    'https://sellercentral.amazon.com.evil.example/messaging/inbox',
    'https://sellercentral.amazon.com/messaging-other/inbox',
    'https://gsp.aliexpress.com/m_apps/im-chat/im',
  ])('does not apply to %s', (url) => expect(amazonMessaging.appliesTo(new URL(url))).toBe(false));
});

describe('Amazon selectors on the committed fixtures', () => {
  it.each([
    ['amazon/thread-de-1.html', 'message', 1],
    ['amazon/thread-de-2.html', 'message', 3],
    ['amazon/thread-de-2.html', 'incoming', 2],
    ['amazon/thread-de-2.html', 'threadPane', 1],
    ['amazon/inbox-empty.html', 'message', 0],
    ['amazon/contact.html', 'contactHeader', 1],
    ['amazon/contact.html', 'replyBox', 1],
    ['amazon/contact.html', 'sendButton', 1],
  ] as const)('%s matches %s %i time(s)', (file, key, count) => {
    expect(queryAll(fixtureDocument(file), AMAZON_SELECTORS[key])).toHaveLength(count);
  });
});

describe('amazonMessaging.read', () => {
  it('reads a thread: buyer, order, marketplace country and messages by side', () => {
    const c = amazonMessaging.read(fixtureDocument('amazon/thread-de-2.html'), new URL('https://sellercentral.amazon.de/messaging/inbox?threadId=T-DE-2'))!;
    expect(c).toMatchObject({ marketplace: 'amazon', buyerName: 'Marie Dubois', orderId: '302-1122334-5566778', marketplaceCountry: 'DE', key: 'amazon:T-DE-2' });
    expect(c.messages.map((m) => m.from)).toEqual(['buyer', 'seller', 'buyer']);
    expect(c.messages[2].text).toMatch(/^Toujours rien/);
    expect(c.messages[2].time).toBe('2026-11-22T10:02:00Z');
  });

  it('reads the contact page: name from the header, order and country from the URL', () => {
    const url = new URL('https://sellercentral-europe.amazon.com/messaging/contact?orderID=171-3344556-7788990&marketplaceID=A1RKKUPIHCS9HS');
    const c = amazonMessaging.read(fixtureDocument('amazon/contact.html'), url)!;
    expect(c).toMatchObject({ buyerName: 'Sofía García', orderId: '171-3344556-7788990', marketplaceCountry: 'ES', messages: [], topicHint: 'shipping_status' });
  });

  it('finds no conversation on an inbox with no thread open', () => {
    expect(amazonMessaging.read(fixtureDocument('amazon/inbox-empty.html'), new URL('https://sellercentral.amazon.de/messaging/inbox'))).toBeNull();
  });
});
