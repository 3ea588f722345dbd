import { beforeEach, describe, expect, it } from 'vitest';
import { createReaderChain } from '@/entrypoints/assist.content/reader-chain';
import type { SiteAdapter } from '@/utils/sites/site-adapter';
import type { Conversation } from '@/utils/sites/conversation';
import type { TaughtRule } from '@/utils/sites/taught/taught-rule';

const URL_ = new URL('https://sellercentral.amazon.de/messaging/inbox?threadId=1');

function adapter(id: string, read: () => Conversation | null, extra: Partial<SiteAdapter> & { recognises?(): boolean } = {}): SiteAdapter {
  return { id, marketplace: 'amazon', appliesTo: () => true, read, replyTarget: () => null, protectedElements: () => [], ...extra };
}
const conversation = (text: string): Conversation => ({ marketplace: 'amazon', key: 'k', host: URL_.hostname, url: URL_.href, messages: [{ from: 'buyer', text }], orderId: '303-1234567-1234567' });

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('reader chain', () => {
  it('says which layer read: the site rule first, the generic reader when the rule reads nothing', () => {
    let ruleRead: Conversation | null = conversation('from the rule');
    const chain = createReaderChain(
      { rule: () => adapter('rule', () => ruleRead), generic: adapter('generic', () => conversation('from generic')), taught: () => null, everywhere: false },
      { id: 'amazon', marketplace: 'amazon' },
    );
    expect(chain.read(document, URL_)).toMatchObject({ source: 'site-rule', messages: [{ text: 'from the rule' }] });
    ruleRead = null;
    expect(chain.read(document, URL_)).toMatchObject({ source: 'generic', messages: [{ text: 'from generic' }] });
    expect(chain.state()).toBe('ready');
  });

  it('is unreadable when no layer reads, and no-conversation only when a rule recognises its page', () => {
    let recognised = false;
    const chain = createReaderChain(
      { rule: () => adapter('rule', () => null, { recognises: () => recognised }), generic: adapter('generic', () => null), taught: () => null, everywhere: false },
      { id: 'amazon', marketplace: 'amazon' },
    );
    expect(chain.read(document, URL_)).toBeNull();
    expect(chain.state()).toBe('unreadable');
    recognised = true;
    expect(chain.read(document, URL_)).toBeNull();
    expect(chain.state()).toBe('no-conversation');
  });

  it('does not guess with the generic reader where a rule recognises an empty inbox', () => {
    const chain = createReaderChain(
      { rule: () => adapter('rule', () => null, { recognises: () => true }), generic: adapter('generic', () => conversation('inbox row text')), taught: () => null, everywhere: false },
      { id: 'amazon', marketplace: 'amazon' },
    );
    expect(chain.read(document, URL_)).toBeNull();
    expect(chain.state()).toBe('no-conversation');
  });

  it('reads what the agent taught first, keeping the fields the other layers read', () => {
    document.body.innerHTML =
      '<main><div class="row"><p class="x">Hallo, wo bleibt mein Paket?</p></div><div class="row me"><p class="x">Es ist unterwegs.</p></div><div class="row"><p class="x">Danke!</p></div></main><div id="box"><textarea></textarea></div>';
    const taught: TaughtRule = { host: URL_.hostname, message: ['main > .row'], replyBox: ['#box textarea'], savedAt: 1 };
    const chain = createReaderChain({ rule: () => adapter('rule', () => conversation('wrong text')), generic: null, taught: () => taught, everywhere: false }, { id: 'amazon', marketplace: 'amazon' });
    const read = chain.read(document, URL_)!;
    expect(read.source).toBe('taught');
    expect(read.orderId).toBe('303-1234567-1234567');
    expect(read.messages).toEqual([
      { from: 'buyer', text: 'Hallo, wo bleibt mein Paket?' },
      { from: 'seller', text: 'Es ist unterwegs.' },
      { from: 'buyer', text: 'Danke!' },
    ]);
    expect(chain.replyTarget(document)?.input).toBe(document.querySelector('#box textarea'));
  });

  it('reads taught messages on a page no other layer reads, and skips hidden earlier threads', () => {
    document.body.innerHTML = '<section hidden><div class="m">old thread</div></section><section><div class="m">new question</div></section>';
    const chain = createReaderChain({ rule: () => null, generic: null, taught: () => ({ host: 'x', message: ['section .m'], savedAt: 1 }), everywhere: false }, { id: 'site', marketplace: 'amazon' });
    expect(chain.read(document, URL_)?.messages).toEqual([{ from: 'buyer', text: 'new question' }]);
  });

  it('follows a taught path into a shadow root and an iframe', () => {
    const host = document.createElement('chat-app');
    host.attachShadow({ mode: 'open' }).innerHTML = '<div class="bubble">Где мой заказ?</div>';
    document.body.append(host);
    const chain = createReaderChain(
      { rule: () => null, generic: null, taught: () => ({ host: 'x', message: ['chat-app', '.bubble'], savedAt: 1 }), everywhere: false },
      { id: 'site', marketplace: 'amazon' },
    );
    expect(chain.read(document, URL_)?.messages[0].text).toBe('Где мой заказ?');
  });

  it('assists on a marketplace only where a rule applies or the agent taught it, elsewhere everywhere', () => {
    const rule = adapter('rule', () => null);
    let taught: TaughtRule | null = null;
    const onMarketplace = createReaderChain(
      { rule: (url) => (url.pathname.startsWith('/messaging') ? rule : null), generic: null, taught: () => taught, everywhere: false },
      { id: 'amazon', marketplace: 'amazon' },
    );
    expect(onMarketplace.appliesTo(new URL('https://sellercentral.amazon.de/messaging/inbox'))).toBe(true);
    expect(onMarketplace.appliesTo(new URL('https://sellercentral.amazon.de/reportcentral'))).toBe(false);
    taught = { host: 'sellercentral.amazon.de', message: ['.m'], savedAt: 1 };
    expect(onMarketplace.appliesTo(new URL('https://sellercentral.amazon.de/reportcentral'))).toBe(true);
    const elsewhere = createReaderChain({ rule: () => null, generic: null, taught: () => null, everywhere: true }, { id: 'site', marketplace: 'other' });
    expect(elsewhere.appliesTo(new URL('https://helpdesk.example.com/t/1'))).toBe(true);
  });
});
