import { beforeEach, describe, expect, it } from 'vitest';
import { readGenericConversation, resetGenericCache, createGenericAdapter } from '@/utils/sites/generic';
import { adapterFor } from '@/utils/sites/adapters';
import { MAX_MESSAGES_READ } from '@/utils/sites/conversation';
import { fixtureDocument } from './fixture-dom';

function page(html: string): Document {
  resetGenericCache(document);
  document.body.innerHTML = html;
  return document;
}

const thread = (rows: string, head = '<h2>Anna Weber</h2>') => `<main>${head}<div class="log">${rows}</div><div><textarea></textarea><button>Send</button></div></main>`;
const latestBuyer = (doc: Document) => [...(readGenericConversation(doc)?.messages ?? [])].reverse().find((m) => m.from === 'buyer')?.text;

describe('readGenericConversation: region and text', () => {
  beforeEach(() => resetGenericCache(document));

  it('reads rows beside the reply box, not the inbox list, and strips times and author labels', () => {
    page(`<ul>${['Anna Weber', 'Jonas Keller', 'Mia Hoffmann'].map((n, i) => `<li aria-selected="${i === 0}">${n}<p>preview of the last message</p></li>`).join('')}</ul>
      ${thread(`<div class="in"><div><span>Anna Weber</span><time datetime="2026-11-25T09:12:00Z">25.11.2026 09:12</time></div><div>Hallo, wo bleibt mein Paket?</div></div>
        <div class="out"><div><span>Nordlicht</span><time datetime="2026-11-25T09:40:00Z">25.11.2026 09:40</time></div><div>Es ist unterwegs.</div></div>
        <div class="in"><div><span>Anna Weber</span><time datetime="2026-11-27T18:05:00Z">27.11.2026 18:05</time></div><div>Laut DHL liegt es seit zwei Tagen fest.</div></div>`)}`);
    const c = readGenericConversation(document, { sellerNames: ['Nordlicht'] })!;
    expect(c.source).toBe('generic');
    expect(c.buyerName).toBe('Anna Weber');
    expect(c.messages).toEqual([
      { from: 'buyer', text: 'Hallo, wo bleibt mein Paket?', time: '2026-11-25T09:12:00Z' },
      { from: 'seller', text: 'Es ist unterwegs.', time: '2026-11-25T09:40:00Z' },
      { from: 'buyer', text: 'Laut DHL liegt es seit zwei Tagen fest.', time: '2026-11-27T18:05:00Z' },
    ]);
  });

  it('reads the list inside single-child scroll wrappers, not the wrapper as one message', () => {
    page(
      thread(
        `<div class="_scroll"><div class="_viewport"><div class="_inner">${['Bonjour, ce n’est pas le bon article.', 'Toutes nos excuses.', 'Voilà la photo de l’étiquette.']
          .map((t, i) => `<div class="${i === 1 ? 'msg sent-message-component' : 'msg'}"><div>2${i}/11/2026 10:48</div><div>${t}</div></div>`)
          .join('')}</div></div></div>`,
      ),
    );
    expect(readGenericConversation(document)!.messages.map((m) => m.from)).toEqual(['buyer', 'seller', 'buyer']);
    expect(latestBuyer(document)).toBe('Voilà la photo de l’étiquette.');
  });

  it('reads a one-message thread', () => {
    page(thread('<div><span>Anna Weber</span> <time>09:12</time><p>Die Lampe ist kaputt angekommen, das Glas ist zerbrochen.</p></div>'));
    expect(readGenericConversation(document)?.messages).toEqual([{ from: 'buyer', text: 'Die Lampe ist kaputt angekommen, das Glas ist zerbrochen.' }]);
  });

  it('reads only the newest MAX_MESSAGES_READ rows and counts them all', () => {
    const rows = Array.from({ length: 120 }, (_, i) => `<div><p>Message ${i} about the parcel</p><time>10:${String(i % 60).padStart(2, '0')}</time></div>`).join('');
    page(thread(rows));
    const c = readGenericConversation(document)!;
    expect(c.messages).toHaveLength(MAX_MESSAGES_READ);
    expect(c.messages.at(-1)!.text).toBe('Message 119 about the parcel');
    expect(c.messageCount).toBe(120);
  });

  it('sees a message that arrives after the first read, and the same reading when nothing changed', () => {
    page(thread('<div><p>First question about the size</p><time>10:00</time></div><div><p>Second question about the colour</p><time>10:01</time></div>'));
    const first = readGenericConversation(document);
    expect(readGenericConversation(document)).toBe(first);
    document.querySelector('.log')!.insertAdjacentHTML('beforeend', '<div><p>Third: is it in stock?</p><time>10:02</time></div>');
    expect(latestBuyer(document)).toBe('Third: is it in stock?');
    document.querySelector('.log p')!.textContent = 'Edited first question';
    expect(readGenericConversation(document)!.messages[0].text).toBe('Edited first question');
  });

  it('reads the visible thread when an earlier one stays hidden in the page', () => {
    page(`<div hidden>${thread('<div><p>Old thread question one</p><time>09:00</time></div><div><p>Old thread question two</p><time>09:01</time></div>', '<h2>Ethan Clarke</h2>')}</div>
      ${thread('<div><p>New thread question one</p><time>10:00</time></div><div><p>New thread question two</p><time>10:01</time></div>', '<h2>Olivia Grant</h2>')}`);
    const c = readGenericConversation(document)!;
    expect(c.buyerName).toBe('Olivia Grant');
    expect(c.messages.map((m) => m.text)).toEqual(['New thread question one', 'New thread question two']);
  });

  it('gives null with no reply box, and with a reply box and nothing to read', () => {
    page('<div><p>Some article text that is long enough to look like a message.</p><time>10:00</time></div>');
    expect(readGenericConversation(document)).toBeNull();
    page('<div><textarea></textarea><button>Send</button></div>');
    expect(readGenericConversation(document)).toBeNull();
  });
});

describe('readGenericConversation: buyer or seller', () => {
  const rows = (a: string, b: string, c: string) =>
    thread(
      `<div ${a}><p>Where is my order, please?</p><time>10:00</time></div><div ${b}><p>It ships tomorrow morning.</p><time>10:05</time></div><div ${c}><p>Thanks, and the invoice?</p><time>10:06</time></div>`,
    );

  it.each([
    ['a sent/outgoing mark in the class', 'class="msg"', 'class="msg sent-message-component"', 'class="msg"'],
    ['incoming/outgoing test ids', 'data-testid="message-incoming"', 'data-testid="message-outgoing"', 'data-testid="message-incoming"'],
    ['isMine in camelCase', 'class="bubbleOther"', 'class="bubbleIsMine"', 'class="bubbleOther"'],
    ['a right-aligned style (no layout: computed style)', 'style="display:flex"', 'style="display:flex;justify-content:flex-end"', 'style="display:flex"'],
    ['margin-left:auto', '', 'style="margin-left:auto;max-width:70%"', ''],
  ])('%s', (_name, a, b, c) => {
    page(rows(a, b, c));
    expect(readGenericConversation(document)!.messages.map((m) => m.from)).toEqual(['buyer', 'seller', 'buyer']);
  });

  it('a text Tact inserted is the seller’s, whatever the page marks', () => {
    page(rows('', '', ''));
    expect(readGenericConversation(document, { insertedTexts: ['It ships tomorrow morning.'] })!.messages.map((m) => m.from)).toEqual(['buyer', 'seller', 'buyer']);
  });

  it('the shop’s name from settings and a self label (我) make a row the seller’s', () => {
    const withNames = (seller: string) =>
      thread(
        `<div><div><b>Anna</b> <time>10:00</time></div><div>Where is my order, please?</div></div><div><div><b>${seller}</b> <time>10:05</time></div><div>It ships tomorrow morning.</div></div><div><div><b>Anna</b> <time>10:06</time></div><div>Thanks, and the invoice?</div></div>`,
        '<h2>Anna</h2>',
      );
    page(withNames('Harbor Goods'));
    expect(readGenericConversation(document, { sellerNames: ['harbor goods'] })!.messages.map((m) => m.from)).toEqual(['buyer', 'seller', 'buyer']);
    page(withNames('我'));
    expect(readGenericConversation(document)!.messages.map((m) => m.from)).toEqual(['buyer', 'seller', 'buyer']);
  });
});

describe('readGenericConversation: facts from text and attributes', () => {
  it('takes the order id from a label attribute, tracking, amounts, dates and a "Send message to" name', () => {
    page(`<div class="contact"><h2>Send message to Sofía García</h2>
      <kat-link data-ph-capture-attribute-order-id label="171-3344556-7788990"></kat-link>
      <div><span>Número de seguimiento</span> <span>RR123456789ES</span></div><div>Total: € 24,99 · Fecha 2026-11-21</div>
      <div><textarea></textarea><button>Enviar</button></div></div>`);
    const c = readGenericConversation(document)!;
    expect(c).toMatchObject({ buyerName: 'Sofía García', orderId: '171-3344556-7788990', trackingNumber: 'RR123456789ES', messages: [] });
    expect(c.amounts).toContain('€ 24,99');
    expect(c.dates).toContain('2026-11-21');
    expect(c.key).toContain('171-3344556-7788990');
  });

  it('falls back to an order id the buyer typed, and gives marketplace from the host', () => {
    page(thread('<div><p>My order 8190123456789012 has not arrived</p><time>10:00</time></div><div><p>Can you check it, please?</p><time>10:01</time></div>'));
    const c = readGenericConversation(document)!;
    expect(c.orderId).toBe('8190123456789012');
    expect(c.marketplace).toBe('other');
  });
});

describe('on the committed fixture pages (no layout)', () => {
  it('reads the legacy AliExpress list as its site adapter does', () => {
    const url = new URL('https://msg.aliexpress.com/sellerMsgListNew.htm');
    const doc = fixtureDocument('aliexpress/legacy-list.html');
    const expected = adapterFor(url)!.read(doc, url)!;
    const c = readGenericConversation(doc)!;
    expect(c.messages.map((m) => [m.from, m.text])).toEqual(expected.messages.map((m) => [m.from, m.text]));
    expect(c.buyerName).toBe(expected.buyerName);
  });

  it.each([
    ['generic/helpdesk.html', 'Anna Weber', 'Danke! Laut DHL liegt es aber seit zwei Tagen im Verteilzentrum. Können Sie nachfragen, ob es verloren ist?'],
    ['generic/hidden-thread.html', 'Olivia Grant', 'Sure, here it is. I would rather exchange it than get a refund, if you have the right one in stock.'],
    ['generic/editor-chat.html', 'Claire Moreau', "Le numéro de suivi de l'envoi était 6A12345678901, si ça aide."],
  ])('%s', (file, buyer, text) => {
    const doc = fixtureDocument(file);
    const c = readGenericConversation(doc)!;
    expect(c.buyerName).toBe(buyer);
    expect(latestBuyer(doc)).toBe(text);
  });
});

describe('createGenericAdapter', () => {
  it('applies everywhere and reads with the options it is given now', () => {
    let sellerNames = ['Nobody'];
    const adapter = createGenericAdapter(() => ({ sellerNames }));
    expect(adapter.appliesTo(new URL('https://helpdesk.example.test/tickets/1'))).toBe(true);
    page(
      thread(
        '<div><div><b>Anna</b> <time>10:00</time></div><div>Hello there, a question</div></div><div><div><b>Shop</b> <time>10:01</time></div><div>Yes, how can we help?</div></div>',
        '<h2>Anna</h2>',
      ),
    );
    expect(adapter.read(document, new URL(location.href))!.messages.map((m) => m.from)).toEqual(['buyer', 'buyer']);
    sellerNames = ['Shop'];
    expect(adapter.read(document, new URL(location.href))!.messages.map((m) => m.from)).toEqual(['buyer', 'seller']);
    expect(adapter.replyTarget(document)?.kind).toBe('textarea');
    expect(adapter.protectedElements(document).map((e) => e.tagName)).toEqual(['TEXTAREA', 'BUTTON']);
  });
});
