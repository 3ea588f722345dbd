import { beforeEach, describe, expect, it } from 'vitest';
import { deriveRowSelector, deriveSelector, describeShadowPath, isHashLike, resolveShadowPath } from '@/utils/sites/teach';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('isHashLike', () => {
  it.each(['_bubble_1a2b3', '_message-row_k3j9a_11', 'sc-bdVaJa', 'css-1x2y3z', 'katal-id-12', ':r3:', 'ember123', 'x9f2k4q1', 'a7b8c9d0e1', 'kTzQpXw'])('%s is generated', (token) => {
    expect(isHashLike(token)).toBe(true);
  });
  it.each(['message-body', 'sent-message-component', 'buyer', 'reply-box', 'caseMessageView', 'msg-item', 'h2'])('%s is stable', (token) => {
    expect(isHashLike(token)).toBe(false);
  });
});

describe('deriveSelector', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  const matchesOnly = (selector: string, el: Element) => {
    const found = (el.getRootNode() as Document).querySelectorAll(selector);
    expect(found.length).toBe(1);
    expect(found[0]).toBe(el);
  };

  it('uses a stable id', () => {
    page('<div><textarea id="reply-content"></textarea><textarea></textarea></div>');
    const el = document.querySelector('#reply-content')!;
    expect(deriveSelector(el)).toBe('#reply-content');
  });

  it('skips a generated id and hashed classes for data-testid', () => {
    page('<div class="_pane_x81zq"><textarea id="katal-id-17" class="_input_k3j9a_5" data-testid="reply-input"></textarea><textarea class="_input_k3j9a_5"></textarea></div>');
    const el = document.querySelector('[data-testid]')!;
    const selector = deriveSelector(el);
    expect(selector).toBe('textarea[data-testid="reply-input"]');
    expect(selector).not.toMatch(/katal-id|_k3j9a/);
  });

  it('names a custom element by its tag and attributes', () => {
    page('<div class="contact-buyer-text-area"><kat-textarea label="Message" placeholder="Enter your message"></kat-textarea></div><kat-input></kat-input>');
    const el = document.querySelector('kat-textarea')!;
    matchesOnly(deriveSelector(el), el);
    expect(deriveSelector(el)).toMatch(/^kat-textarea/);
  });

  it('falls back to structure up to a stable ancestor, never a hashed class', () => {
    page('<main id="chat"><div class="_a_1x9k2"><div class="_b_7fq2m">one</div><div class="_b_7fq2m">two</div><div class="_b_7fq2m">three</div></div></main>');
    const el = document.querySelectorAll('._b_7fq2m')[1];
    const selector = deriveSelector(el);
    matchesOnly(selector, el);
    expect(selector).toBe('#chat > div > div:nth-of-type(2)');
  });

  it('keeps stable classes', () => {
    page('<ul><li class="msg-item buyer">a</li><li class="msg-item seller">b</li></ul><div class="msg-reply"><textarea class="msg-reply-input"></textarea></div>');
    const el = document.querySelector('textarea')!;
    expect(deriveSelector(el)).toBe('textarea.msg-reply-input');
  });
});

describe('deriveRowSelector', () => {
  it('generalises a buyer message to every buyer row, not the seller rows', () => {
    page(`<div class="_list_q81zt" role="log">
      <div class="_row_q81zt" data-testid="message-incoming"><div class="_meta_q81zt"><span>Anna</span><time>09:12</time></div><div class="_body_q81zt"><p>Hello</p><span>✓</span></div></div>
      <div class="_row_q81zt" data-testid="message-outgoing"><div class="_meta_q81zt"><span>Shop</span><time>09:40</time></div><div class="_body_q81zt"><p>Hi</p><span>✓</span></div></div>
      <div class="_row_q81zt" data-testid="message-incoming"><div class="_meta_q81zt"><span>Anna</span><time>09:45</time></div><div class="_body_q81zt"><p>Where is it?</p><span>✓</span></div></div>
    </div>`);
    const clicked = document.querySelectorAll('p')[2];
    const derived = deriveRowSelector(clicked)!;
    expect(derived.row).toBe(clicked.closest('[data-testid]'));
    const rows = [...document.querySelectorAll(derived.rows)];
    expect(rows.map((r) => r.getAttribute('data-testid'))).toEqual(['message-incoming', 'message-incoming']);
    expect(document.querySelectorAll(derived.allRows)).toHaveLength(3);
    expect(derived.rows).not.toMatch(/q81zt/);
  });

  it('matches all rows when nothing stable tells the kinds apart', () => {
    page('<section id="thread"><div><b>A</b><p>one</p></div><div><b>B</b><p>two</p></div><div><b>A</b><p>three</p></div></section>');
    const derived = deriveRowSelector(document.querySelectorAll('p')[0])!;
    expect(derived.rows).toBe('#thread > div');
    expect(document.querySelectorAll(derived.rows)).toHaveLength(3);
  });

  it('gives null for a message with no sibling rows', () => {
    page('<section id="thread"><div><b>A</b><p>only one</p></div></section>');
    expect(deriveRowSelector(document.querySelector('p')!)).toBeNull();
  });
});

describe('describeShadowPath', () => {
  it('gives one selector per shadow hop and resolves back to the element', () => {
    page('<div class="contact-buyer-text-area"><kat-textarea label="Message"></kat-textarea></div>');
    const host = document.querySelector('kat-textarea')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<label>Message</label><textarea id="katal-id-4" class="kat-textarea-native"></textarea>';
    const inner = root.querySelector('textarea')!;
    const path = describeShadowPath(inner);
    expect(path).toEqual(['kat-textarea[label="Message"]', 'textarea.kat-textarea-native']);
    expect(resolveShadowPath(document, path)).toBe(inner);
  });

  it('crosses nested shadow roots', () => {
    page('<chat-app></chat-app>');
    const outer = document.querySelector('chat-app')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<chat-composer data-testid="composer"></chat-composer>';
    const inner = outer.querySelector('chat-composer')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<div contenteditable="true" role="textbox"></div>';
    const editor = inner.querySelector('[contenteditable]')!;
    const path = describeShadowPath(editor);
    expect(path).toHaveLength(3);
    expect(resolveShadowPath(document, path)).toBe(editor);
  });

  it('gives null when a hop no longer matches', () => {
    page('<div></div>');
    expect(resolveShadowPath(document, ['kat-textarea', 'textarea'])).toBeNull();
  });
});
