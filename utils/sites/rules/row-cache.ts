/**
 * Message rows a site rule read before, kept while they are unchanged: a thread is read again after every
 * change on the page, and all but the newest row are usually the same. A MutationObserver on the root,
 * drained synchronously at each read (takeRecords), drops what changed: a row whose content changed, rows
 * added or moved in (their wrappers, and so their marks, may differ); an attribute change on an element
 * that may wrap rows (a wrapper's seller mark) drops them all, while text and leaf attributes outside the
 * rows (a typing indicator) drop nothing. Visibility is not cached: it is checked on every read.
 */
import type { ConversationMessage } from '@/utils/sites/conversation';

export interface RowCache {
  root: Element;
  observer: MutationObserver | null;
  rows: WeakMap<Node, ConversationMessage>;
}

/** The cache for `root`, with every row that changed since the last read dropped. */
export function freshRowCache(cache: RowCache | null, root: Element): RowCache {
  if (!cache || cache.root !== root) {
    cache?.observer?.disconnect();
    return { root, observer: observe(root), rows: new WeakMap() };
  }
  if (!cache.observer) return { ...cache, rows: new WeakMap() };
  for (const record of cache.observer.takeRecords()) {
    if (!dropChanged(cache, record)) {
      cache.rows = new WeakMap();
      break;
    }
  }
  return cache;
}

/** Drops what `record` changed; false when it changed something above the rows (drop them all). */
function dropChanged(cache: RowCache, record: MutationRecord): boolean {
  for (let node: Node | null = record.target; node && node !== cache.root; node = node.parentNode) {
    if (cache.rows.has(node)) {
      cache.rows.delete(node);
      return true;
    }
  }
  // Text outside every row (a typing indicator, a date divider) is no row's content or mark.
  if (record.type === 'characterData') return true;
  // An attribute on a leaf outside the rows can't mark them; one on a wrapper might (a seller class).
  if (record.type === 'attributes') return !(record.target as Element).firstElementChild;
  for (const added of record.addedNodes) forgetSubtree(cache, added);
  return true;
}

function forgetSubtree(cache: RowCache, node: Node) {
  cache.rows.delete(node);
  if (node.nodeType !== 1 || !(node as Element).firstElementChild) return;
  const walker = (node.ownerDocument ?? document).createTreeWalker(node, 1);
  for (let el = walker.nextNode(); el; el = walker.nextNode()) cache.rows.delete(el);
}

function observe(root: Element): MutationObserver | null {
  const View = root.ownerDocument.defaultView?.MutationObserver ?? (typeof MutationObserver === 'undefined' ? undefined : MutationObserver);
  if (!View) return null;
  // Records are only ever taken synchronously by the reader; the callback has nothing to do.
  const observer = new View(() => undefined);
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  return observer;
}
