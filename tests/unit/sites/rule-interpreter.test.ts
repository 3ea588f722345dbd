/** The site-rule interpreter on odd DOM: shadow roots, iframes inside shadow roots, hidden rows, long threads, broken selectors. */
import { describe, expect, it, vi } from 'vitest';
import { documentsOf } from '@/utils/sites/query';
import { testRuleAdapter as make } from './test-rule';
import { MAX_MESSAGES_READ } from '@/utils/sites/conversation';

const URL_ = new URL('https://sellercentral.amazon.de/messaging/inbox?threadId=T1');
const page = (html: string) => {
  document.body.innerHTML = html;
  return document;
};

describe('rule interpreter', () => {
  it('reads the newest rows only, oldest first, and counts them all', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<div class="msg${i % 2 ? ' mine' : ''}"><div class="text">m${i}</div></div>`).join('');
    const c = make().read(page(`<div class="view">${rows}</div>`), URL_)!;
    expect(c.messages).toHaveLength(MAX_MESSAGES_READ);
    expect(c.messages.at(-1)).toEqual({ from: 'seller', text: 'm1999', time: undefined });
    expect(c.messages[0].text).toBe(`m${2000 - MAX_MESSAGES_READ}`);
    expect(c.messageCount).toBe(2000);
  });

  it('skips hidden roots and rows (hidden, inline display:none, aria-hidden ancestors)', () => {
    const doc = page(`<div class="view" hidden><div class="msg"><div class="text">old thread</div></div></div>
      <div class="view"><div class="msg"><div class="text">visible</div></div><div aria-hidden="true"><div class="msg"><div class="text">ghost</div></div></div>
      <div class="msg" style="display:none"><div class="text">gone</div></div></div>`);
    expect(
      make()
        .read(doc, URL_)!
        .messages.map((m) => m.text),
    ).toEqual(['visible']);
  });

  it('finds the thread inside an open shadow root, and the real textarea inside kat-textarea', () => {
    const doc = page('<div id="host"></div>');
    const shadow = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div class="view"><kat-link data-order label="302-1234567-1234567"></kat-link><div class="msg"><div class="text">hi</div></div><kat-textarea></kat-textarea></div>';
    shadow.querySelector('kat-textarea')!.attachShadow({ mode: 'open' }).innerHTML = '<textarea></textarea>';
    const adapter = make();
    expect(adapter.read(doc, URL_)).toMatchObject({ orderId: '302-1234567-1234567', messages: [{ from: 'buyer', text: 'hi' }], source: 'site-rule' });
    expect(adapter.replyTarget(doc)).toMatchObject({ kind: 'kat-textarea', input: { tagName: 'TEXTAREA' } });
  });

  it('finds the thread in a same-origin iframe inside a shadow root, and lists that frame for the manager', async () => {
    const doc = page('<div id="shell"></div>');
    const shadow = doc.getElementById('shell')!.attachShadow({ mode: 'open' });
    const frame = doc.createElement('iframe');
    // happy-dom loads no frame URL, but builds a same-origin child document from srcdoc.
    frame.srcdoc = '<div class="view"><div class="msg mine"><div class="text">framed</div></div><textarea></textarea></div>';
    shadow.append(frame);
    await vi.waitFor(() => expect(frame.contentDocument?.querySelector('.view')).toBeTruthy());
    const adapter = make();
    expect(adapter.read(doc, URL_)!.messages).toEqual([{ from: 'seller', text: 'framed', time: undefined }]);
    expect(documentsOf(doc)).toContain(frame.contentDocument);
    expect(adapter.replyTarget(doc)?.kind).toBe('textarea');
  });

  it('never throws: broken selectors from a pack read as nothing', () => {
    const adapter = make({ root: ['.view[', '.view'], messages: { row: ['::nope', '.msg'], seller: '[[', body: { css: '.text' } }, replyBox: '<<', sendButton: '))' });
    const doc = page('<div class="view"><div class="msg"><div class="text">still read</div></div></div>');
    expect(adapter.read(doc, URL_)!.messages).toEqual([{ from: 'buyer', text: 'still read', time: undefined }]);
    expect(adapter.replyTarget(doc)).toBeNull();
    expect(adapter.protectedElements(doc)).toEqual([]);
  });

  it('applies by exact host, path and hash', () => {
    const adapter = make({ hosts: ['gsp.aliexpress.com'], url: { path: '^/im$', hash: '^#/window' } });
    expect(adapter.appliesTo(new URL('https://gsp.aliexpress.com/im#/window?sessionId=1'))).toBe(true);
    expect(adapter.appliesTo(new URL('https://gsp.aliexpress.com/im#/setting'))).toBe(false);
    expect(adapter.appliesTo(new URL('https://evil-gsp.aliexpress.com/im#/window'))).toBe(false);
    expect(adapter.appliesTo(new URL('http://gsp.aliexpress.com/im#/window'))).toBe(false);
  });
});
