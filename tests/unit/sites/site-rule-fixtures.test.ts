/**
 * The core site rules on every fixture variant (pages rebuilt on the public evidence of issue 12), with the
 * pages' own scripts running: what each rule reads, and that it reads only the visible thread.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIXTURE_VARIANTS } from '@/tests/fixtures/sites/manifest';
import { adapterFor } from '@/utils/sites/adapters';
import type { RuleAdapter } from '@/utils/sites/rules/rule-adapter';
import { runFixturePage } from './run-fixture';

const pathOf = (url: URL) => `${url.pathname}${url.search}${url.hash}`;

async function openVariant(file: string, href: string, wait = 6000) {
  const url = new URL(href);
  const doc = await runFixturePage(file, pathOf(url));
  vi.advanceTimersByTime(wait);
  const adapter = adapterFor(url) as RuleAdapter;
  return { doc, url, adapter, read: () => adapter.read(doc, url) };
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

// The framed page builds its iframe in a shadow root by script; happy-dom loads no frame pages (see the e2e test).
const variants = FIXTURE_VARIANTS.filter((v) => !v.file.includes('framed'));

describe('core site rules on the fixture variants', () => {
  it.each(variants.map((v) => [`${v.adapter}: ${v.variant}`, v] as const))('%s', async (_name, v) => {
    const { doc, read, adapter } = await openVariant(v.file, v.url);
    expect(adapter?.id).toBe(v.adapter);
    const conversation = read();
    if (v.expect.state === 'no-conversation') {
      expect(conversation).toBeNull();
      expect(adapter.recognises(doc)).toBe(true);
      return;
    }
    expect(conversation).toMatchObject({ source: 'site-rule', marketplace: adapter.marketplace, buyerName: v.expect.buyerName });
    if (v.expect.country) expect(conversation!.pageCountry ?? conversation!.marketplaceCountry).toBe(v.expect.country);
    expect(conversation!.orderId).toBeTruthy();
    if (!v.adapter.startsWith('amazon-contact')) expect(conversation!.messages.some((m) => m.from === 'buyer')).toBe(true);
    expect(adapter.replyTarget(doc)).not.toBeNull();
  });
});

describe('Amazon inbox: the visible thread only', () => {
  it('skips the earlier thread view left hidden in the DOM before the visible one', async () => {
    const { read } = await openVariant('amazon/thread-de-1.html', 'https://sellercentral.amazon.de/messaging/inbox?threadId=T-DE-1');
    const c = read()!;
    expect(c).toMatchObject({ buyerName: 'Lukas Schmidt', orderId: '302-4589123-7788123', key: 'amazon:T-DE-1', marketplaceCountry: 'DE', topicHint: undefined });
    expect(c.messages.map((m) => m.text).join(' ')).not.toContain('Marie');
  });

  it('reads the order id from kat-link[label] only, and the late side panel once it renders', async () => {
    const url = new URL('https://sellercentral.amazon.de/messaging/inbox?threadId=T-DE-2');
    const doc = await runFixturePage('amazon/thread-de-2.html', pathOf(url));
    vi.advanceTimersByTime(100);
    const adapter = adapterFor(url)!;
    const before = adapter.read(doc, url)!;
    // The hidden earlier view (T-DE-1) has an order link; the visible thread's is only in the panel, not yet rendered.
    expect(before.orderId).toBeUndefined();
    expect(before.messages.map((m) => m.from)).toEqual(['buyer', 'seller', 'buyer']);
    vi.advanceTimersByTime(2000);
    expect(adapter.read(doc, url)).toMatchObject({ orderId: '302-1122334-5566778', product: 'Housse de coussin en lin, lot de 4', trackingNumber: '00340434161094099881' });
  });

  it('reads the seller mark on a wrapper around the message (extra wrappers)', async () => {
    const { read } = await openVariant('amazon/thread-wrapped.html', 'https://sellercentral.amazon.it/messaging/inbox?threadId=T-IT-1');
    expect(read()!.messages.map((m) => m.from)).toEqual(['buyer', 'seller', 'buyer']);
  });

  it('after a thread switch the old view stays in the DOM, hidden, and the new one is read', async () => {
    const { doc, adapter } = await openVariant('amazon/thread-uk-1.html', 'https://sellercentral.amazon.co.uk/messaging/inbox?threadId=T-UK-1');
    const html = (await import('node:fs')).readFileSync('tests/fixtures/sites/amazon/thread-uk-2.html', 'utf8');
    vi.stubGlobal('fetch', async () => ({ text: async () => html }));
    (doc.querySelector('.inbox-thread-row[data-thread-id="T-UK-2"]') as HTMLElement).click();
    await vi.waitFor(() => expect(doc.querySelectorAll('.case-message-view').length).toBe(2));
    vi.unstubAllGlobals();
    const url = new URL('https://sellercentral.amazon.co.uk/messaging/inbox?threadId=T-UK-2');
    expect(adapter.read(doc, url)).toMatchObject({ buyerName: 'Priya Shah', orderId: '203-9045127-6618843' });
    expect(doc.querySelectorAll('kat-textarea')).toHaveLength(1);
  });
});

describe('Amazon contact buyer', () => {
  it('reads the header name, the checked kat-radiobutton topic and the order from the URL', async () => {
    const { doc, read, adapter } = await openVariant('amazon/contact.html', 'https://sellercentral-europe.amazon.com/messaging/contact?orderID=171-3344556-7788990&marketplaceID=A1RKKUPIHCS9HS');
    expect(read()).toMatchObject({ buyerName: 'Sofía García', orderId: '171-3344556-7788990', marketplaceCountry: 'ES', topicHint: 'shipping_status', messages: [] });
    expect(adapter.replyTarget(doc)).toMatchObject({ kind: 'kat-textarea' });
    expect(adapter.protectedElements(doc).map((e) => e.tagName)).toEqual(['KAT-TEXTAREA', 'KAT-BUTTON']);
    (doc.querySelector('kat-radiobutton[value="ORDER_INFORMATION"]') as HTMLElement).setAttribute('checked', '');
    doc.querySelector('kat-radiobutton[value="SHIPPING_INFORMATION"]')!.removeAttribute('checked');
    expect(read()!.topicHint).toBe('change_order');
  });

  it('a returns page offers no topic: the page is about the return', async () => {
    const { read } = await openVariant('amazon/contact-returns.html', 'https://sellercentral.amazon.com/messaging/contact/returns?orderID=112-9988776-5544332&marketplaceID=ATVPDKIKX0DER');
    expect(read()).toMatchObject({ buyerName: 'Michael Brown', topicHint: 'return_request', marketplaceCountry: 'US' });
  });
});

describe('AliExpress', () => {
  const IM = 'https://gsp.aliexpress.com/m_apps/im-chat/im';
  it('IM: store (AI) replies read as the seller, the order card gives the order id and is no message', async () => {
    const { read } = await openVariant('aliexpress/im.html', `${IM}?fx=batches#/window?sessionId=2200871234567003`);
    const c = read()!;
    expect(c.messages.map((m) => m.from)).toEqual(['buyer', 'seller', 'seller', 'buyer']);
    expect(c).toMatchObject({ orderId: '8187654321044556', pageCountry: 'FR', key: 'aliexpress:2200871234567003', trackingNumber: 'LP00611122233344' });
  });

  it('IM with renamed hashes and no data-* hooks still reads sides, country and the order id from the card text', async () => {
    const { read } = await openVariant('aliexpress/im.html', `${IM}?fx=rehash#/window?sessionId=2200871234567002`);
    expect(read()).toMatchObject({ buyerName: 'Carmen López', pageCountry: 'ES', messages: [{ from: 'buyer' }, { from: 'seller' }] });
  });

  it('IM: no conversation until the messages arrive after the header', async () => {
    const url = new URL(`${IM}?delay=2500#/window?sessionId=2200871234567002`);
    const doc = await runFixturePage('aliexpress/im.html', pathOf(url));
    vi.advanceTimersByTime(1000);
    expect(adapterFor(url)!.read(doc, url)).toBeNull();
    vi.advanceTimersByTime(2000);
    expect(adapterFor(url)!.read(doc, url)).toMatchObject({ buyerName: 'Carmen López' });
  });

  it('legacy list: the pane has no #J-msg-detail; the sprite gives the country when there is no title', async () => {
    const { read } = await openVariant('aliexpress/legacy-list.html', 'https://msg.aliexpress.com/sellerMsgListNew.htm?channelId=300112233447');
    expect(read()).toMatchObject({ buyerName: 'Jack Thompson', pageCountry: 'AU', key: 'aliexpress:300112233447' });
  });

  it('message center: #buyer_msg_send_btn is protected, the session id keys the conversation', async () => {
    const { doc, read, adapter } = await openVariant('aliexpress/message-center.html', 'https://message.aliexpress.com/?sessionId=mc-5521907731');
    expect(read()).toMatchObject({ key: 'aliexpress:mc-5521907731', pageCountry: 'KR' });
    expect(adapter.protectedElements(doc).map((e) => e.id || e.tagName)).toEqual(['TEXTAREA', 'buyer_msg_send_btn']);
  });
});
