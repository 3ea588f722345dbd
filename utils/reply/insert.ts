/**
 * Puts text into the page's real reply box so the page's own listeners see it, as if typed. Where the
 * browser can, through its editing commands (text-field-edit: execCommand insertText), so Ctrl+Z undoes an
 * Insert and rich editors update their own model; otherwise with the native value setter (bypasses React's
 * value tracker and Katal's property) and input/change events that cross shadow boundaries. Goes where the
 * agent's cursor was (utils/reply/caret-memory.ts), replacing a selection; with no cursor, after their text.
 */
import { insertTextIntoField } from 'text-field-edit';
import type { ReplyTarget } from '@/utils/sites/site-adapter';
import { forgetCaret, rememberedCaret } from './caret-memory';

/** Inserts and reports whether the text landed; a hidden or detached box is never written to. */
export function insertReply(target: ReplyTarget, text: string): boolean {
  if (!isShown(target.input)) return false;
  if (target.kind === 'contenteditable') return insertIntoEditable(target.input, text);
  return insertIntoTextarea(target.input as HTMLTextAreaElement, text);
}

/** The text currently in the reply box (what the compliance lint reads). */
export function readReply(target: ReplyTarget): string {
  return target.kind === 'contenteditable' ? (target.input.innerText ?? target.input.textContent ?? '') : (target.input as HTMLTextAreaElement).value;
}

/** Connected and rendered: an earlier thread's box left in the page, hidden, is not the agent's. */
export function isShown(el: Element): boolean {
  if (!el.isConnected || el.closest('[hidden]')) return false;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return check ? check.call(el, { visibilityProperty: true }) : true;
}

function isFocused(input: HTMLElement): boolean {
  return input.ownerDocument.activeElement === input || (input.getRootNode() as ShadowRoot).activeElement === input;
}

function insertIntoTextarea(input: HTMLTextAreaElement, text: string): boolean {
  const view = input.ownerDocument.defaultView ?? window;
  const current = input.value;
  const caret = isFocused(input) ? { start: input.selectionStart, end: input.selectionEnd } : rememberedCaret(input);
  // Without a cursor the agent put there, after what the agent already wrote.
  const start = Math.min(caret?.start ?? current.length, current.length);
  const end = Math.min(Math.max(caret?.end ?? current.length, start), current.length);
  const glue = !caret && start > 0 && !/\n\s*$/.test(current.slice(0, start)) ? '\n\n' : '';
  const inserted = glue + text;
  const expected = current.slice(0, start) + inserted + current.slice(end);
  forgetCaret(input);
  input.focus();
  input.setSelectionRange(start, end);
  try {
    insertTextIntoField(input, inserted);
  } catch {
    // No editing commands here (a test DOM, an old engine): the setter path below.
  }
  // text-field-edit hands focus back to where it was (the shadow host): the agent goes on typing in the box.
  input.focus();
  if (input.value !== expected) {
    Object.getOwnPropertyDescriptor(view.HTMLTextAreaElement.prototype, 'value')!.set!.call(input, expected);
    input.dispatchEvent(new view.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: inserted }));
  }
  const after = start + inserted.length;
  input.setSelectionRange(after, after);
  input.dispatchEvent(new view.Event('change', { bubbles: true, composed: true }));
  return input.value === expected;
}

function insertIntoEditable(editor: HTMLElement, text: string): boolean {
  const doc = editor.ownerDocument;
  const view = doc.defaultView ?? window;
  const remembered = rememberedCaret(editor)?.range;
  forgetCaret(editor);
  editor.focus();
  const selection = view.getSelection();
  if (!selection) return false;
  const inside = (r: Range | undefined) => !!r && editor.contains(r.commonAncestorContainer);
  if (remembered && inside(remembered)) {
    selection.removeAllRanges();
    selection.addRange(remembered);
  } else if (!(selection.rangeCount > 0 && inside(selection.getRangeAt(0)))) {
    const range = doc.createRange();
    range.selectNodeContents(editor);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  const before = editor.textContent ?? '';
  // The browser's own insertText: trusted beforeinput/input, so Draft.js, Slate and ProseMirror update their model, and undo works.
  const done = typeof doc.execCommand === 'function' && safeExec(doc, text) && (editor.textContent ?? '') !== before;
  if (done) return true;
  const beforeInput = new view.InputEvent('beforeinput', { bubbles: true, composed: true, cancelable: true, inputType: 'insertText', data: text });
  if (!editor.dispatchEvent(beforeInput)) return false;
  const range = selection.getRangeAt(0);
  range.deleteContents();
  const fragment = doc.createDocumentFragment();
  text.split('\n').forEach((line, i) => {
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
  return true;
}

function safeExec(doc: Document, text: string): boolean {
  try {
    return doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}
