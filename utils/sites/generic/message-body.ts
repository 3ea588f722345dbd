/**
 * A message row's text without its meta line: the timestamp, the author label (a name the page shows on
 * every row, or one Tact knows), read without layout (messageText). What is left is what the person wrote.
 */
import { pageTime } from '@/utils/sites/conversation';
import { messageText } from '@/utils/sites/query';
import { fold } from './options';
import { isTimeLabel } from './time-text';

export interface RowParts {
  text: string;
  time?: string;
  /** The short label naming who wrote it, when the row has one. */
  author?: string;
  /** The element holding the text (for layout: where the bubble is). */
  body: Element;
}

const TIME_ATTRS = ['datetime', 'data-time', 'data-timestamp', 'data-date', 'title'];

/** Short leaf texts in each row, for finding labels repeated on every row (author names, "You"). */
export function shortLeaves(row: Element): string[] {
  const out: string[] = [];
  for (const el of row.querySelectorAll('*')) {
    if (el.childElementCount) continue;
    const text = (el.textContent ?? '').trim();
    // Times are meta anyway; labels are what names a side (an author, "You").
    if (text && text.length <= 40 && !isTimeLabel(text)) out.push(fold(text));
  }
  return out;
}

/**
 * Splits a row. `labels` are folded texts that are meta wherever they stand alone in a leaf: known names
 * and labels repeated across rows.
 */
export function rowParts(row: Element, labels: ReadonlySet<string>): RowParts {
  let time: string | undefined;
  let author: string | undefined;
  const meta: number[] = [];
  let body: Element = row;
  let bodyLength = -1;
  const all = row.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    const isTimeEl = el.tagName === 'TIME' || el.hasAttribute('datetime') || el.hasAttribute('data-time');
    const text = el.childElementCount && !isTimeEl ? '' : (el.textContent ?? '').trim();
    if (isTimeEl || (text && isTimeLabel(text))) {
      time ??= TIME_ATTRS.map((a) => pageTime(el.getAttribute(a))).find(Boolean);
      meta.push(i);
    } else if (text && labels.has(fold(text))) {
      author ??= text;
      meta.push(i);
    } else {
      // The body is where most of the row's own text is: a leaf, or a bubble mixing text and a time.
      const own = ownTextLength(el);
      if (own > bodyLength) {
        body = el;
        bodyLength = own;
      }
    }
  }
  const line = metaLine(row, all, meta);
  if (line >= 0) {
    meta.push(line);
    author ??= [...all[line].querySelectorAll('*'), all[line]].map((el) => (el.childElementCount ? '' : (el.textContent ?? '').trim())).find((t) => t && !isTimeLabel(t));
  }
  time ??= TIME_ATTRS.slice(0, 4)
    .map((a) => pageTime(row.getAttribute(a)))
    .find(Boolean);
  const full = messageText(row);
  const text = meta.length ? withoutMeta(row, meta) : full;
  return { text: text || full, time, author, body: bodyLength <= 0 ? row : body };
}

function ownTextLength(el: Element): number {
  let n = 0;
  for (let child = el.firstChild; child; child = child.nextSibling) if (child.nodeType === 3) n += (child.nodeValue ?? '').trim().length;
  return n;
}

/**
 * The line holding the row's time, when it is only a line (author + time above or below the text): its
 * index in `all`, or -1. A bubble that holds the text and the time together is not a meta line.
 */
function metaLine(row: Element, all: NodeListOf<Element>, meta: readonly number[]): number {
  const timeEl = meta.map((i) => all[i]).find((el) => el.tagName === 'TIME' || el.hasAttribute('datetime') || el.hasAttribute('data-time') || isTimeLabel(el.textContent ?? ''));
  const line = timeEl?.parentElement;
  if (!line || line === row) return -1;
  const lineLength = (line.textContent ?? '').trim().length;
  if (lineLength > 80 || (row.textContent ?? '').trim().length <= lineLength + 1) return -1;
  return [...all].indexOf(line);
}

/** The row's text with its meta elements left out: a copy of the row (a dozen nodes) with them removed. */
function withoutMeta(row: Element, meta: readonly number[]): string {
  const copy = row.cloneNode(true) as Element;
  const all = copy.querySelectorAll('*');
  for (const i of meta) all[i].remove();
  return messageText(copy);
}
