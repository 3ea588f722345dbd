import { beforeEach, describe, expect, it } from 'vitest';
import { insertReply, readReply } from '@/utils/reply/insert';
import { trackCarets } from '@/utils/reply/caret-memory';
import type { ReplyTarget } from '@/utils/sites/site-adapter';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('insertReply', () => {
  it('uses the native setter so a React-style value tracker sees a change, and fires input + change', () => {
    const textarea = document.createElement('textarea');
    document.body.append(textarea);
    let tracked = '';
    const native = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!;
    Object.defineProperty(textarea, 'value', {
      configurable: true,
      get: () => native.get!.call(textarea),
      set: (v) => {
        tracked = v;
        native.set!.call(textarea, v);
      },
    });
    const seen: string[] = [];
    textarea.addEventListener('input', () => textarea.value !== tracked && seen.push(`input:${textarea.value}`));
    textarea.addEventListener('change', () => seen.push('change'));
    insertReply({ kind: 'textarea', element: textarea, input: textarea }, 'Hello');
    expect(seen).toEqual(['input:Hello', 'change']);
  });

  it('reaches the textarea inside a shadow root and the event leaves it (composed)', () => {
    const host = document.createElement('kat-textarea-test');
    const inner = document.createElement('textarea');
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(host);
    const seen: string[] = [];
    host.addEventListener('input', () => seen.push(inner.value));
    const target: ReplyTarget = { kind: 'kat-textarea', element: host, input: inner };
    insertReply(target, 'Guten Tag');
    expect(seen).toEqual(['Guten Tag']);
    expect(readReply(target)).toBe('Guten Tag');
  });

  it('appends after what the agent already wrote when the box has no cursor', () => {
    const textarea = document.createElement('textarea');
    textarea.value = 'Hi Ana,';
    document.body.append(textarea);
    insertReply({ kind: 'textarea', element: textarea, input: textarea }, 'Your parcel left today.');
    expect(textarea.value).toBe('Hi Ana,\n\nYour parcel left today.');
  });

  it('inserts lines into a contenteditable editor and fires input', () => {
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    document.body.append(editor);
    const seen: string[] = [];
    editor.addEventListener('input', (e) => seen.push((e as InputEvent).inputType));
    const target: ReplyTarget = { kind: 'contenteditable', element: editor, input: editor };
    insertReply(target, 'Olá Rafael,\nObrigado');
    expect(editor.innerHTML).toBe('Olá Rafael,<br>Obrigado');
    expect(seen).toEqual(['insertText']);
  });
});

describe('insertReply keeps the agent cursor and never writes into a hidden box', () => {
  it('inserts where the cursor was when focus left the box for the overlay', () => {
    const stop = new AbortController();
    trackCarets(document, stop.signal);
    const textarea = document.createElement('textarea');
    textarea.value = 'Dear Ana, . Kind regards';
    document.body.append(textarea);
    textarea.focus();
    textarea.setSelectionRange(10, 10);
    textarea.blur();
    insertReply({ kind: 'textarea', element: textarea, input: textarea }, 'your parcel left today');
    expect(textarea.value).toBe('Dear Ana, your parcel left today. Kind regards');
    expect(textarea.selectionStart).toBe(10 + 'your parcel left today'.length);
    stop.abort();
  });

  it('replaces the selected words', () => {
    const stop = new AbortController();
    trackCarets(document, stop.signal);
    const textarea = document.createElement('textarea');
    textarea.value = 'Hi NAME, thanks';
    document.body.append(textarea);
    textarea.focus();
    textarea.setSelectionRange(3, 7);
    textarea.blur();
    insertReply({ kind: 'textarea', element: textarea, input: textarea }, 'Ana');
    expect(textarea.value).toBe('Hi Ana, thanks');
    stop.abort();
  });

  it('refuses a box that is hidden (an earlier thread left in the page) or detached', () => {
    const old = document.createElement('div');
    old.hidden = true;
    const hiddenBox = document.createElement('textarea');
    old.append(hiddenBox);
    document.body.append(old);
    expect(insertReply({ kind: 'textarea', element: hiddenBox, input: hiddenBox }, 'Hello')).toBe(false);
    expect(hiddenBox.value).toBe('');
    const detached = document.createElement('textarea');
    expect(insertReply({ kind: 'textarea', element: detached, input: detached }, 'Hello')).toBe(false);
  });
});
