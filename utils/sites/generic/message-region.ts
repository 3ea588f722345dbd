/**
 * The visible conversation region without a site rule: starting at the reply box, the nearest subtree
 * beside it that holds repeated text rows — message rows have times, sentences, a similar shape, and often
 * a scroll container or role=log around them; an inbox list's rows are selectable (aria-selected, links)
 * and are marked down. Walks each element of the searched subtrees once; the result is cached by the reader.
 */
import { composedParent } from './deep-roots';
import { TIME_OR_DATE } from './time-text';
import { isVisible } from './visibility';

export interface MessageRegion {
  container: Element;
  score: number;
}

/** Below this, a subtree beside the reply box is an order card or a header, not a conversation. */
export const REGION_THRESHOLD = 7;
const MAX_LEVELS = 8;
const SAMPLE = 12;
const PRUNE_ROWS = 8;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'TEXTAREA', 'INPUT', 'SELECT', 'BUTTON', 'IFRAME']);

/** The best message container near `anchor` (the reply box), or null when nothing beside it looks like a conversation. */
export function findMessageRegion(anchor: Element): MessageRegion | null {
  let from: Element = anchor;
  let best: MessageRegion | null = null;
  for (let level = 0; level < MAX_LEVELS; level++) {
    const parent = composedParent(from);
    if (!parent || parent.tagName === 'HTML') break;
    for (let sibling = parent.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
      if (sibling === from || SKIP.has(sibling.tagName)) continue;
      const found = bestIn(sibling);
      if (found && (!best || found.score > best.score)) best = found;
    }
    // The nearest level that has a conversation wins: farther up lie the inbox list and the page's chrome.
    if (best && best.score >= REGION_THRESHOLD) return best;
    from = parent;
  }
  return null;
}

/**
 * The best-scoring container in a subtree (the subtree itself included). A container with many rows is
 * not searched below: its rows' parts are not the conversation, and a 2,000-row thread is walked once.
 */
function bestIn(root: Element): MessageRegion | null {
  let best: MessageRegion | null = null;
  const walker = root.ownerDocument.createTreeWalker(root, 1, {
    acceptNode: (node) => {
      const el = node as Element;
      if (SKIP.has(el.tagName)) return 2;
      if (el.childElementCount === 0) return 3;
      const score = containerScore(el);
      if (score > (best?.score ?? 0) && isVisible(el)) best = { container: el, score };
      return el.childElementCount >= PRUNE_ROWS && score > 0 ? 2 : 1;
    },
  });
  // The filter does the work; walking drives it (the root itself is scored by hand).
  const rootScore = root.childElementCount ? containerScore(root) : 0;
  if (rootScore > 0 && isVisible(root)) best = { container: root, score: rootScore };
  if (root.childElementCount >= PRUNE_ROWS && rootScore > 0) return best;
  while (walker.nextNode());
  return best;
}

/** How much an element's children look like the rows of a conversation. */
export function containerScore(el: Element): number {
  const rows = textRows(el, SAMPLE);
  if (!rows.length) return 0;
  // A scroll wrapper around the real list looks like a one-message thread: the list inside wins.
  if (rows.length === 1 && el.childElementCount === 1 && isList(throughWrappers(rows[0]))) return 0;
  let timed = 0;
  let length = 0;
  let selectable = 0;
  const shapes = new Map<string, number>();
  for (const row of rows) {
    const text = row.textContent ?? '';
    length += Math.min(text.trim().length, 240);
    if (hasTime(row, text)) timed++;
    if (isSelectable(row)) selectable++;
    const shape = shapeOf(row);
    shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
  }
  const n = rows.length;
  const total = el.childElementCount;
  const repeat = Math.max(...shapes.values()) / n;
  let score = Math.log2(1 + Math.min(total, 64)) * 2 + (timed / n) * 4 + Math.min(length / n, 200) / 50 + (n > 1 ? repeat * 2 : 1);
  const role = el.getAttribute('role');
  if (role === 'log' || role === 'feed' || el.hasAttribute('aria-live')) score += 3;
  else if (role === 'list') score += 1;
  score -= (selectable / n) * 6;
  // One-line rows with no times: a menu or a card of fields.
  if (timed === 0 && length / n < 30) score -= 3;
  // A style read only for elements already in the running (never one per element of the page).
  if (score >= REGION_THRESHOLD - 2 && isScrollable(el)) score += 2;
  return score;
}

/** Down a chain of single-child wrappers (`_scroll > _inner > rows`). */
function throughWrappers(el: Element): Element {
  while (el.childElementCount === 1) el = el.firstElementChild!;
  return el;
}

/** Several rows with times, or with one structured shape: a list of messages, not one message's parts. */
function isList(el: Element): boolean {
  const rows = textRows(el, SAMPLE);
  if (rows.length < 2) return false;
  if (rows.filter((r) => hasTime(r, r.textContent ?? '')).length >= 2) return true;
  const shapes = rows.map(shapeOf).filter((shape) => shape.includes(','));
  return shapes.length >= 2 && new Set(shapes).size < shapes.length;
}

/** The last `limit` children with text (message rows); empty or hidden children don't count. */
export function textRows(el: Element, limit: number): Element[] {
  const out: Element[] = [];
  for (let row = el.lastElementChild; row && out.length < limit; row = row.previousElementSibling) {
    if (SKIP.has(row.tagName) || (row as HTMLElement).hidden || row.getAttribute('aria-hidden') === 'true') continue;
    if ((row.textContent ?? '').trim()) out.push(row);
  }
  return out.reverse();
}

function hasTime(row: Element, text: string): boolean {
  return !!row.querySelector('time, [datetime], [data-time], [data-timestamp]') || TIME_OR_DATE.test(text);
}

/** Inbox and menu rows are chosen by clicking; message rows are not. */
function isSelectable(row: Element): boolean {
  if (row.hasAttribute('aria-selected') || row.hasAttribute('data-href') || row.hasAttribute('href')) return true;
  const role = row.getAttribute('role');
  return role === 'option' || role === 'tab' || role === 'treeitem' || role === 'menuitem' || role === 'link';
}

/** A row's shape without class names: its tag and its children's tags, through extra single-child wrappers. */
function shapeOf(row: Element): string {
  let el = row;
  while (el.childElementCount === 1 && el.firstElementChild!.tagName === 'DIV') el = el.firstElementChild!;
  let shape = el.tagName;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) shape += `,${child.tagName}`;
  return shape;
}

function isScrollable(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const overflow = view.getComputedStyle(el).overflowY;
  return overflow === 'auto' || overflow === 'scroll';
}
