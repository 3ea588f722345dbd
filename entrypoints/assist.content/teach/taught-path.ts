/**
 * Turns the element the agent clicked into what is saved: for a message, every row of the thread (and which
 * of them are the buyer's, when the rows' stable marks tell the kinds apart); for the reply box, the editable
 * itself. Paths cross shadow roots and frames one selector a hop (utils/sites/teach).
 */
import type { TeachTarget } from '@/components/overlay/assist-store';
import { deriveRowSelector, describeShadowPath } from '@/utils/sites/teach';
import { messageText } from '@/utils/sites/query';
import type { TaughtRule } from '@/utils/sites/taught/taught-rule';

const EDITABLE = 'textarea, [contenteditable="true"], [contenteditable=""]';

export function taughtPathFor(el: Element, target: TeachTarget): Partial<TaughtRule> | null {
  return target === 'replyBox' ? replyBoxPath(el) : messagePath(el);
}

function replyBoxPath(el: Element): Partial<TaughtRule> | null {
  const editable = (el as HTMLElement).isContentEditable || el.tagName === 'TEXTAREA' ? el : (el.closest(EDITABLE) ?? el.querySelector(EDITABLE) ?? el.shadowRoot?.querySelector(EDITABLE));
  if (!editable) return null;
  // The editable host's own contenteditable ancestor is the box (a click may land on a paragraph inside it).
  let box: Element = editable;
  while (box.parentElement && (box.parentElement as HTMLElement).isContentEditable) box = box.parentElement;
  return { replyBox: describeShadowPath(box) };
}

function messagePath(el: Element): Partial<TaughtRule> | null {
  if (!messageText(el)) return null;
  const rows = deriveRowSelector(el);
  if (!rows) return { message: describeShadowPath(el) };
  const hops = describeShadowPath(rows.row);
  const message = [...hops.slice(0, -1), rows.allRows];
  return rows.rows !== rows.allRows ? { message, buyerRows: rows.rows } : { message };
}
