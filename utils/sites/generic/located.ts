/**
 * Where the conversation is, found once per document and kept while it holds: the reply box, the message
 * container beside it and the pane around both. A MutationObserver on them, drained synchronously at each
 * read (takeRecords), says what changed since the last read: nothing (the last reading stands), some rows
 * (only those are read again), or the pane (its facts are scanned again).
 */
import { composedParent, searchRoots } from './deep-roots';
import { findMessageRegion, REGION_THRESHOLD } from './message-region';
import { bestReplyCandidate, type ReplyCandidate } from './reply-box';
import { isVisible } from './visibility';

export interface Located {
  reply: ReplyCandidate;
  container: Element | null;
  score: number;
  /** The pane holding the conversation and its reply box: where facts are looked for. */
  scope: Element;
  foundAt: number;
  observer: MutationObserver | null;
  /** Per-read memo the reader keeps (rows read, the pane scan, the last conversation). */
  memo: Map<string, unknown>;
  rows: WeakMap<Element, unknown>;
}

export interface Changes {
  any: boolean;
  pane: boolean;
}

const cache = new WeakMap<Document, Located>();
/** A weak region (or none) is looked for again at most this often: messages may still be arriving. */
const RECHECK_WEAK_MS = 1500;
const STRONG = REGION_THRESHOLD + 3;

export function locate(doc: Document): Located | null {
  const now = performance.now();
  const cached = cache.get(doc);
  if (cached && stillValid(cached) && (cached.score >= STRONG || now - cached.foundAt < RECHECK_WEAK_MS)) return cached;
  cached?.observer?.disconnect();
  const reply = bestReplyCandidate(doc, searchRoots(doc));
  if (!reply) {
    cache.delete(doc);
    return null;
  }
  const region = findMessageRegion(reply.target.element);
  const container = region?.container ?? null;
  const scope = scopeOf(reply.target.element, container);
  const located: Located = { reply, container, score: region?.score ?? 0, scope, foundAt: now, observer: observe(scope, container), memo: new Map(), rows: new WeakMap() };
  cache.set(doc, located);
  return located;
}

export function forget(doc: Document): void {
  cache.get(doc)?.observer?.disconnect();
  cache.delete(doc);
}

/** What changed since the last call; a row that changed is dropped from `rows` so it is read again. */
export function drainChanges(l: Located): Changes {
  if (!l.observer) return { any: true, pane: true };
  const records = l.observer.takeRecords();
  let pane = false;
  for (const r of records) {
    const target = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
    if (l.container && target && l.container !== target && l.container.contains(target)) {
      let row: Element = target;
      while (row.parentElement && row.parentElement !== l.container) row = row.parentElement;
      l.rows.delete(row);
    } else if (target !== l.container) pane = true;
  }
  return { any: records.length > 0, pane };
}

function observe(scope: Element, container: Element | null): MutationObserver | null {
  const View = scope.ownerDocument.defaultView?.MutationObserver ?? (typeof MutationObserver === 'undefined' ? undefined : MutationObserver);
  if (!View) return null;
  // Records are only ever taken synchronously by the reader; the callback has nothing to do.
  const observer = new View(() => undefined);
  const options = { subtree: true, childList: true, characterData: true, attributes: true };
  observer.observe(scope, options);
  // A container in a shadow root or a frame is not in the scope's tree.
  if (container && container.getRootNode() !== scope.getRootNode()) observer.observe(container, options);
  return observer;
}

function stillValid(l: Located): boolean {
  const box = l.reply.target;
  if (!box.input.isConnected || !isVisible(box.element)) return false;
  return !l.container || (l.container.isConnected && isVisible(l.container) && l.container.childElementCount > 0);
}

/** The lowest common ancestor of the message rows and the reply box; a few levels above the box alone. */
function scopeOf(box: Element, container: Element | null): Element {
  const chain = new Set<Element>();
  for (let el: Element | null = box; el; el = composedParent(el)) chain.add(el);
  if (container) {
    for (let el: Element | null = container; el; el = composedParent(el)) if (chain.has(el)) return el;
  }
  let scope = box;
  for (let i = 0; i < 4 && scope.parentElement && scope.tagName !== 'BODY'; i++) scope = composedParent(scope) ?? scope;
  return scope;
}
