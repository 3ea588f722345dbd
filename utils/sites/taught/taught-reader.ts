/**
 * Reads a page the way the agent showed it: the buyer's message rows and the reply box at the taught paths.
 * Pure DOM; the content script keeps the rules per host (entrypoints/assist.content/teach/taught-store.ts).
 */
import { messageText } from '@/utils/sites/query';
import { readNewest, type ConversationMessage } from '@/utils/sites/conversation';
import { editableReplyTarget, type ReplyTarget } from '@/utils/sites/site-adapter';
import { isShown } from '@/utils/reply/insert';
import { resolvePath, type ElementPath } from './element-path';

/** Marks pages put on the seller's own bubbles; a generalised selector may match both sides. */
const OWN_MARK = /(^|[\s_-])(sent|outgoing|self|mine|own|seller|right|me)([\s_-]|$)/i;

function ownMarked(el: Element, stop: Element | null): boolean {
  for (let node: Element | null = el; node && node !== stop; node = node.parentElement) {
    const cls = typeof node.className === 'string' ? node.className : '';
    if (OWN_MARK.test(cls) || OWN_MARK.test(node.getAttribute('data-side') ?? '') || OWN_MARK.test(node.getAttribute('data-from') ?? '')) return true;
  }
  return false;
}

/** The newest taught rows, and `region`: the element that holds them (the rows' list). */
export function readTaughtMessages(doc: Document, path: ElementPath, buyerRows?: string): { messages: ConversationMessage[]; total: number; region: Element | null } {
  const rows = resolvePath(doc, path).filter(isShown);
  const stop = rows.length > 1 ? commonAncestor(rows[0], rows[rows.length - 1]) : null;
  const isBuyer = (row: Element) => (buyerRows ? matches(row, buyerRows) : !ownMarked(row, stop));
  const read = readNewest(rows, (row): ConversationMessage => ({ from: isBuyer(row) ? 'buyer' : 'seller', text: messageText(row) }));
  return { ...read, region: stop ?? rows[0]?.parentElement ?? null };
}

export function taughtReplyTarget(doc: Document, path: ElementPath): ReplyTarget | null {
  const box = resolvePath(doc, path).find(isShown);
  if (!box) return null;
  // The agent may have clicked the host of a web component (kat-textarea) or the control inside it.
  const inner = box.shadowRoot?.querySelector<HTMLElement>('textarea, [contenteditable="true"], [contenteditable=""]');
  if (inner) return box.tagName.startsWith('KAT-') ? { kind: 'kat-textarea', element: box as HTMLElement, input: inner } : editableReplyTarget(inner);
  return editableReplyTarget(box as HTMLElement) ?? editableReplyTarget(box.querySelector<HTMLElement>('textarea, [contenteditable="true"]'));
}

function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return true;
  }
}

function commonAncestor(a: Element, b: Element): Element | null {
  for (let node: Element | null = a; node; node = node.parentElement) if (node.contains(b)) return node;
  return null;
}
