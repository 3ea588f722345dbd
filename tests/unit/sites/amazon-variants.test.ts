/** Amazon fixture variants that break naive code: what each selector matches, and what the adapter reads. */
import { describe, expect, it } from 'vitest';
import { amazonMessaging } from '@/utils/sites/amazon/amazon-messaging';
import { AMAZON_SELECTORS } from '@/utils/sites/amazon/selectors';
import { queryAll } from '@/utils/sites/query';
import { fixtureDocument } from './fixture-dom';
import { framedFixture } from './run-fixture';

const at = (url: string) => new URL(url);
const sides = (file: string, url: string) => amazonMessaging.read(fixtureDocument(file), at(url))!.messages.map((m) => m.from);

describe('Amazon selectors on the variant fixtures', () => {
  it.each([
    // CSS-module names: only the readable local part (threadPane, messageContainer, ...) matches.
    ['amazon/thread-renamed.html', 'threadPane', 1],
    ['amazon/thread-renamed.html', 'message', 3],
    ['amazon/thread-renamed.html', 'incoming', 2],
    ['amazon/thread-renamed.html', 'messageBody', 3],
    ['amazon/thread-renamed.html', 'buyerName', 1],
    ['amazon/thread-renamed.html', 'orderId', 1],
    ['amazon/thread-renamed.html', 'sendButton', 1],
    // Opaque hashes: data-testid and <time datetime> only.
    ['amazon/thread-hashed.html', 'threadPane', 1],
    ['amazon/thread-hashed.html', 'message', 1],
    ['amazon/thread-hashed.html', 'messageBody', 1],
    ['amazon/thread-hashed.html', 'messageTime', 1],
    ['amazon/thread-hashed.html', 'product', 1],
    // Wrappers: the side sits on the row wrapper, not on the message.
    ['amazon/thread-wrapped.html', 'threadPane', 1],
    ['amazon/thread-wrapped.html', 'message', 3],
    ['amazon/thread-wrapped.html', 'incoming', 2],
    ['amazon/thread-wrapped.html', 'replyBox', 1],
    ['amazon/thread-jp-1.html', 'message', 1],
    ['amazon/thread-jp-1.html', 'sendButton', 1],
    ['amazon/thread-uk-1.html', 'message', 1],
    ['amazon/thread-uk-2.html', 'message', 1],
    ['amazon/contact-returns.html', 'contactRoot', 1],
    ['amazon/contact-returns.html', 'contactHeader', 1],
    ['amazon/contact-returns.html', 'selectedTopic', 0],
    ['amazon/contact-returns.html', 'message', 0],
  ] as const)('%s matches %s %i time(s)', (file, key, count) => {
    expect(queryAll(fixtureDocument(file), AMAZON_SELECTORS[key])).toHaveLength(count);
  });

  it.each(['threadPane', 'message', 'replyBox', 'sendButton'] as const)('the framed inbox\'s top document has no %s of its own', (key) => {
    expect(queryAll(framedFixture('amazon/inbox-framed.html', 'amazon/thread-uk-1.html'), AMAZON_SELECTORS[key])).toHaveLength(0);
  });
});

describe('amazonMessaging.read on the variants', () => {
  it('reads CSS-module markup: buyer, order from the order link, sides from the local class parts', () => {
    const c = amazonMessaging.read(fixtureDocument('amazon/thread-renamed.html'), at('https://sellercentral.amazon.fr/messaging/inbox?threadId=T-FR-1'))!;
    expect(c).toMatchObject({ buyerName: 'Camille Lefèvre', orderId: '405-2873310-9184426', marketplaceCountry: 'FR', product: 'Pull col roulé en laine mérinos, bleu marine', key: 'amazon:T-FR-1' });
    expect(c.messages.map((m) => m.from)).toEqual(['buyer', 'seller', 'buyer']);
    expect(c.messages[2]).toEqual({ from: 'buyer', text: "Voilà la photo de l'étiquette : taille L, coloris gris. Comment faire pour recevoir le bon pull ?", time: '2026-11-22T09:48:00Z' });
  });

  it('reads opaque hashed markup by its stable attributes, message text without the author line', () => {
    const c = amazonMessaging.read(fixtureDocument('amazon/thread-hashed.html'), at('https://sellercentral.amazon.es/messaging/inbox?threadId=T-ES-1'))!;
    expect(c).toMatchObject({ buyerName: 'Javier Ruiz Ortega', orderId: '406-7721094-5532018', marketplaceCountry: 'ES', product: 'Zapatillas de running para hombre, talla 43' });
    expect(c.messages).toEqual([{ from: 'buyer', text: 'Hola, las zapatillas me quedan pequeñas aunque pedí mi talla de siempre. Quiero devolverlas, ¿cómo hago la devolución?', time: '2026-11-22T12:20:00Z' }]);
  });

  it('takes the side from a wrapper around the message (extra wrappers)', () => {
    expect(sides('amazon/thread-wrapped.html', 'https://sellercentral.amazon.it/messaging/inbox?threadId=T-IT-1')).toEqual(['buyer', 'seller', 'buyer']);
    const c = amazonMessaging.read(fixtureDocument('amazon/thread-wrapped.html'), at('https://sellercentral.amazon.it/messaging/inbox?threadId=T-IT-1'))!;
    expect(c).toMatchObject({ buyerName: 'Giulia Romano', orderId: '171-5520987-3316402', marketplaceCountry: 'IT' });
    // Before Katal upgrades kat-textarea there is no inner textarea yet: no reply target, and no throw.
    expect(amazonMessaging.replyTarget(fixtureDocument('amazon/thread-wrapped.html'))).toBeNull();
  });

  it('reads a Japanese thread on amazon.co.jp and on sellercentral-japan', () => {
    for (const url of ['https://sellercentral.amazon.co.jp/messaging/inbox-v3?threadId=T-JP-1', 'https://sellercentral-japan.amazon.com/messaging/inbox?threadId=T-JP-1']) {
      const c = amazonMessaging.read(fixtureDocument('amazon/thread-jp-1.html'), at(url))!;
      expect(c).toMatchObject({ buyerName: '佐藤 美咲', orderId: '250-3344556-1122334', marketplaceCountry: 'JP', product: 'ステンレス 真空断熱タンブラー 500ml シルバー' });
      expect(c.messages[0].text).toMatch(/^お世話になっております。/);
    }
  });

  it('reads the contact/returns page: buyer, order, and a return as what the page is about', () => {
    const url = at('https://sellercentral.amazon.com/messaging/contact/returns?orderID=112-9988776-5544332&marketplaceID=ATVPDKIKX0DER');
    const c = amazonMessaging.read(fixtureDocument('amazon/contact-returns.html'), url)!;
    expect(c).toMatchObject({ buyerName: 'Michael Brown', orderId: '112-9988776-5544332', marketplaceCountry: 'US', messages: [], topicHint: 'return_request' });
    // The plain contact page with no topic chosen implies nothing.
    const plain = fixtureDocument('amazon/contact-returns.html');
    expect(amazonMessaging.read(plain, at('https://sellercentral.amazon.com/messaging/contact?orderID=112-9988776-5544332'))!.topicHint).toBeUndefined();
  });
});

describe('a thread whose messages load late (?fx=late)', () => {
  it('is no conversation yet while only the header and order are shown', () => {
    const doc = fixtureDocument('amazon/thread-de-1.html');
    const list = doc.querySelector('.message-list')!;
    const kept = [...list.children];
    kept.forEach((m) => m.remove());
    const url = at('https://sellercentral.amazon.de/messaging/inbox?threadId=T-DE-1&fx=late');
    expect(amazonMessaging.read(doc, url)).toBeNull();
    kept.forEach((m) => list.append(m));
    expect(amazonMessaging.read(doc, url)).toMatchObject({ buyerName: 'Lukas Schmidt', messages: [{ from: 'buyer' }] });
  });
});

describe('a thread inside a same-origin iframe', () => {
  const framed = (inner: string) => framedFixture('amazon/inbox-framed.html', inner);

  it('reads the thread and finds the reply box and Send inside the frame', () => {
    const top = framed('amazon/thread-uk-1.html');
    const c = amazonMessaging.read(top, at('https://sellercentral.amazon.co.uk/messaging/inbox?fx=frame'))!;
    expect(c).toMatchObject({ buyerName: 'Oliver Bennett', orderId: '204-6612093-3357120', marketplaceCountry: 'GB', key: 'amazon:204-6612093-3357120' });
    expect(c.messages).toHaveLength(1);
    expect(amazonMessaging.protectedElements(top).map((e) => e.tagName)).toEqual(['KAT-TEXTAREA', 'KAT-BUTTON']);
  });

  it('finds no conversation while the frame shows an empty inbox', () => {
    const top = framed('amazon/inbox-empty.html');
    expect(amazonMessaging.read(top, at('https://sellercentral.amazon.co.uk/messaging/inbox?fx=frame'))).toBeNull();
  });
});
