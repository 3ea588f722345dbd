import { beforeEach, describe, expect, it } from 'vitest';
import { taughtPathFor } from '@/entrypoints/assist.content/teach/taught-path';
import { readTaughtMessages, taughtReplyTarget } from '@/utils/sites/taught/taught-reader';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('taught paths', () => {
  it('generalises a clicked buyer message to the thread, telling the kinds apart by their stable marks', () => {
    document.body.innerHTML = `<ol class="thread">
      <li data-side="in"><span>Olá, cadê meu pedido?</span></li>
      <li data-side="out"><span>Já foi enviado.</span></li>
      <li data-side="in"><span>Obrigado!</span></li></ol>`;
    const taught = taughtPathFor(document.querySelector('li span')!, 'message')!;
    const { messages } = readTaughtMessages(document, taught.message!, taught.buyerRows);
    expect(messages).toEqual([
      { from: 'buyer', text: 'Olá, cadê meu pedido?' },
      { from: 'seller', text: 'Já foi enviado.' },
      { from: 'buyer', text: 'Obrigado!' },
    ]);
  });

  it('finds the editable for a click on the box or on a paragraph inside it, and refuses anything else', () => {
    document.body.innerHTML = '<div class="composer"><div contenteditable="true" class="ed"><p>draft</p></div></div><button>Send</button>';
    const taught = taughtPathFor(document.querySelector('.ed p')!, 'replyBox')!;
    expect(taughtReplyTarget(document, taught.replyBox!)?.input).toBe(document.querySelector('.ed'));
    expect(taughtPathFor(document.querySelector('button')!, 'replyBox')).toBeNull();
  });

  it('reaches a textarea inside a web component', () => {
    const host = document.createElement('reply-box');
    host.attachShadow({ mode: 'open' }).innerHTML = '<textarea></textarea>';
    document.body.append(host);
    const taught = taughtPathFor(host.shadowRoot!.querySelector('textarea')!, 'replyBox')!;
    expect(taught.replyBox!.length).toBe(2);
    expect(taughtReplyTarget(document, taught.replyBox!)?.input).toBe(host.shadowRoot!.querySelector('textarea'));
  });
});
