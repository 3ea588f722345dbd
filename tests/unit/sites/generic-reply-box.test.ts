import { beforeEach, describe, expect, it } from 'vitest';
import { findGenericReplyTarget, isSendButton } from '@/utils/sites/generic';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('findGenericReplyTarget', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('takes the textarea beside a Send button over a search box and a notes field', () => {
    page(`<input type="text" placeholder="Search"><button>Search</button>
      <textarea id="notes"></textarea>
      <div class="composer"><textarea id="reply" placeholder="Write a reply"></textarea><button type="button">Send</button></div>`);
    expect(findGenericReplyTarget(document)?.input.id).toBe('reply');
  });

  it('prefers the focused editable', () => {
    page(`<div><textarea id="a"></textarea><button>Send</button></div><div><textarea id="b"></textarea><button>Send</button></div>`);
    (document.getElementById('b') as HTMLTextAreaElement).focus();
    expect(findGenericReplyTarget(document)?.input.id).toBe('b');
  });

  it('finds a contenteditable editor, not its inner paragraphs', () => {
    page(`<div class="composer"><div id="ed" contenteditable="true" role="textbox"><p contenteditable="true">x</p></div><button title="Envoyer">➤</button></div>`);
    const target = findGenericReplyTarget(document)!;
    expect(target.kind).toBe('contenteditable');
    expect(target.input.id).toBe('ed');
  });

  it('reaches the textarea in a kat-textarea-like shadow root and keeps the host as the element', () => {
    page(`<div class="contact-buyer-text-area"><kat-textarea label="Message"></kat-textarea><kat-button label="Senden"></kat-button></div>`);
    const host = document.querySelector('kat-textarea')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<label>Message</label><textarea></textarea>';
    const target = findGenericReplyTarget(document)!;
    expect(target.kind).toBe('kat-textarea');
    expect(target.element).toBe(host);
    expect(target.input.tagName).toBe('TEXTAREA');
  });

  it('treats a widget whose shadow root holds a whole chat as a page, not as a control', () => {
    page('<chat-widget></chat-widget>');
    const root = document.querySelector('chat-widget')!.attachShadow({ mode: 'open' });
    root.innerHTML = `<div><header>Chat</header>${'<div><p>message</p><time>10:00</time></div>'.repeat(6)}<footer><textarea></textarea><button aria-label="Enviar"></button></footer></div>`;
    const target = findGenericReplyTarget(document)!;
    expect(target.kind).toBe('textarea');
    expect(target.element.tagName).toBe('TEXTAREA');
  });

  it('skips a hidden earlier thread box and Tact’s own overlay', () => {
    page(`<div hidden><textarea id="old"></textarea><button>Send</button></div>
      <div style="display:none"><textarea id="gone"></textarea><button>Send</button></div>
      <tact-assist></tact-assist>
      <div><textarea id="now"></textarea><button>Send</button></div>`);
    document.querySelector('tact-assist')!.attachShadow({ mode: 'open' }).innerHTML = '<textarea id="tact-paste-text"></textarea><button>Send</button>';
    expect(findGenericReplyTarget(document)?.input.id).toBe('now');
  });

  it('takes a text input only next to a Send button', () => {
    page(`<input id="q" type="text">`);
    expect(findGenericReplyTarget(document)).toBeNull();
    page(`<form><input id="msg" type="text"><input type="submit" value="Invia"></form>`);
    expect(findGenericReplyTarget(document)?.input.id).toBe('msg');
  });

  it('gives null on a page with no editable', () => {
    page('<div>Nothing to write in</div>');
    expect(findGenericReplyTarget(document)).toBeNull();
  });
});

describe('isSendButton', () => {
  it.each(['Send', 'Senden', 'Envoyer', 'Enviar', 'Invia', '发送', '送信', '보내기', 'Отправить', 'send message'])('text %s', (label) => {
    page(`<button>${label}</button>`);
    expect(isSendButton(document.querySelector('button')!)).toBe(true);
  });

  it('reads aria-label, title, value, Katal label and an icon class', () => {
    page(
      `<button aria-label="Send"></button><a title="Senden"></a><input type="submit" value="Enviar"><kat-button label="Send"></kat-button><button class="icon-plane"></button><button><i class="fa-paper-plane"></i></button>`,
    );
    for (const el of document.body.children) expect(isSendButton(el as HTMLElement)).toBe(true);
  });

  it.each(['Resend code', 'Sending options', 'Search', 'Cancel'])('not %s', (label) => {
    page(`<button>${label}</button>`);
    expect(isSendButton(document.querySelector('button')!)).toBe(false);
  });
});
