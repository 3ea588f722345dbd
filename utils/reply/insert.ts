/**
 * Puts text into the page's real reply box so the page's own listeners see it, as if typed: native
 * value setter (bypasses React's value tracker and Katal's property), then input/change events that
 * cross shadow boundaries. Inserts at the cursor; replaces the selection if there is one.
 */
import type { ReplyTarget } from '@/utils/sites/site-adapter';

export function insertReply(target: ReplyTarget, text: string): void {
  if (target.kind === 'contenteditable') insertIntoEditable(target.input, text);
  else insertIntoTextarea(target.input as HTMLTextAreaElement, text);
}

/** The text currently in the reply box (what the compliance lint reads). */
export function readReply(target: ReplyTarget): string {
  return target.kind === 'contenteditable' ? (target.input.innerText ?? target.input.textContent ?? '') : (target.input as HTMLTextAreaElement).value;
}

function insertIntoTextarea(input: HTMLTextAreaElement, text: string) {
  const view = input.ownerDocument.defaultView ?? window;
  const current = input.value;
  const focused = input.ownerDocument.activeElement === input || (input.getRootNode() as ShadowRoot).activeElement === input;
  // Without a cursor in the box, append after what the agent already wrote.
  const start = focused ? (input.selectionStart ?? current.length) : current.length;
  const end = focused ? (input.selectionEnd ?? current.length) : current.length;
  const glue = start > 0 && !focused && !/\n\s*$/.test(current.slice(0, start)) ? '\n\n' : '';
  const next = current.slice(0, start) + glue + text + current.slice(end);
  const setter = Object.getOwnPropertyDescriptor(view.HTMLTextAreaElement.prototype, 'value')!.set!;
  setter.call(input, next);
  const caret = start + glue.length + text.length;
  input.setSelectionRange(caret, caret);
  input.dispatchEvent(new view.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  input.dispatchEvent(new view.Event('change', { bubbles: true, composed: true }));
  input.focus();
}

function insertIntoEditable(editor: HTMLElement, text: string) {
  const doc = editor.ownerDocument;
  const view = doc.defaultView ?? window;
  editor.focus();
  const selection = view.getSelection();
  if (!selection) return;
  const inside = selection.rangeCount > 0 && editor.contains(selection.getRangeAt(0).commonAncestorContainer);
  if (!inside) {
    const range = doc.createRange();
    range.selectNodeContents(editor);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  // Rich editors (Draft.js, Slate, ProseMirror) keep their model in sync through beforeinput/input.
  const before = new view.InputEvent('beforeinput', { bubbles: true, composed: true, cancelable: true, inputType: 'insertText', data: text });
  if (!editor.dispatchEvent(before)) return;
  const range = selection.getRangeAt(0);
  range.deleteContents();
  const lines = text.split('\n');
  const fragment = doc.createDocumentFragment();
  lines.forEach((line, i) => {
    if (i > 0) fragment.appendChild(doc.createElement('br'));
    if (line) fragment.appendChild(doc.createTextNode(line));
  });
  const last = fragment.lastChild;
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  editor.dispatchEvent(new view.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
}
