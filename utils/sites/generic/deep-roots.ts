/**
 * Every tree a page's UI can live in: the document, open shadow roots (Katal hides its controls there), and
 * same-origin iframes — also iframes inside shadow roots, which plain `documentsOf` misses. Closed shadow
 * roots and cross-origin frames are not reachable and are skipped.
 */
import { hostOf } from './visibility';

export type SearchRoot = Document | ShadowRoot;

/** The roots below `doc`, outermost first. Walks every element once: used on a cache miss, not per read. */
export function searchRoots(doc: Document, limit = 200): SearchRoot[] {
  const out: SearchRoot[] = [doc];
  for (let i = 0; i < out.length && out.length < limit; i++) {
    const root = out[i];
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) out.push(el.shadowRoot);
      if (el.tagName === 'IFRAME') {
        const inner = frameDocument(el as HTMLIFrameElement);
        if (inner) out.push(inner);
      }
    }
  }
  return out;
}

export function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    const inner = frame.contentDocument;
    return inner && inner.documentElement ? inner : null;
  } catch {
    return null; // cross-origin: not ours to read
  }
}

/** All matches of `selector` in every search root. */
export function queryAllDeep<T extends Element = HTMLElement>(roots: readonly SearchRoot[], selector: string): T[] {
  return roots.flatMap((root) => [...root.querySelectorAll<T>(selector)]);
}

/** The parent across a shadow boundary (the host) or out of a frame (the iframe element). */
export function composedParent(el: Element): Element | null {
  return el.parentElement ?? hostOf(el);
}
