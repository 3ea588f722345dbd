import { beforeEach, describe, expect, it } from 'vitest';
import { insertReply, readReply } from '@/utils/reply/insert';
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
    Object.defineProperty(textarea, 'value', { configurable: true, get: () => native.get!.call(textarea), set: (v) => { tracked = v; native.set!.call(textarea, v); } });
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
