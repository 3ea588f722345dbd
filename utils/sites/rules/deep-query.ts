/**
 * Finding elements where marketplace pages put them: the document, same-origin iframes, open shadow roots
 * (Katal keeps real controls there) and iframes inside shadow roots. The light DOM is searched first; the
 * page's shadow trees are walked only when that finds nothing, and trees found that way are remembered so
 * the next read (and the manager's observers, via documentsOf) go straight to them.
 */
import { documentsOf, rememberFrame } from '@/utils/sites/query';
import { hiddenByMarkup, shownByStyle } from './visibility';

export type Scope = Document | ShadowRoot | Element;

/** Invalid selectors (a pack's typo) match nothing instead of throwing into the page. */
export function safeAll(scope: ParentNode, selector: string): Element[] {
  try {
    return [...scope.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

const CLASS_ONLY = /^\.(-?[_a-zA-Z][_a-zA-Z0-9-]*)$/;

/**
 * The same as a list read from one end, not copied. A lone class (most row selectors) uses the browser's
 * live collection, which it keeps per element and recounts natively after a change: no 2,000-element list
 * is built on each read of a long thread.
 */
export function safeList(scope: ParentNode, selector: string): ArrayLike<Element> {
  try {
    const cls = CLASS_ONLY.exec(selector)?.[1];
    if (cls && 'getElementsByClassName' in scope) return (scope as Element).getElementsByClassName(cls);
    return scope.querySelectorAll(selector);
  } catch {
    return [];
  }
}

export function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** First element matching any of `selectors` (in order) that is shown, in `scope` (an element scope included). */
export function firstShown(scope: ParentNode, selectors: readonly string[], visibleOnly: boolean, stopAt?: Node | null): Element | null {
  for (const selector of selectors) {
    if ((scope as Element).nodeType === 1 && safeMatches(scope as Element, selector)) return scope as Element;
    for (const el of safeAll(scope, selector)) if (!visibleOnly || !hiddenByMarkup(el, stopAt)) return el;
  }
  return null;
}

/** Every shown match of the first selector (in order) that has any, in `scope` (an element scope first). */
export function allShown(scope: ParentNode, selectors: readonly string[], visibleOnly: boolean, stopAt?: Node | null): Element[] {
  for (const selector of selectors) {
    if ((scope as Element).nodeType === 1 && safeMatches(scope as Element, selector)) return [scope as Element];
    const shown = safeAll(scope, selector).filter((el) => !visibleOnly || !hiddenByMarkup(el, stopAt));
    if (shown.length) return shown;
  }
  return [];
}

const shadowScopes = new WeakMap<Document, ShadowRoot[]>();

/** Open shadow roots under `doc` (and documents of iframes inside them, remembered for documentsOf). */
function walkShadows(doc: Document): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (root: Document | ShadowRoot) => {
    const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 1);
    for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
      const shadow = node.shadowRoot;
      if (shadow) {
        found.push(shadow);
        visit(shadow);
      }
      if (node.tagName === 'IFRAME' && 'host' in root) rememberFrame(node.ownerDocument, node as HTMLIFrameElement);
    }
  };
  visit(doc);
  for (const inner of documentsOf(doc).slice(1)) visit(inner);
  shadowScopes.set(doc, found);
  return found;
}

/**
 * The first shown element for a root-level selector list: light DOM of every document first, then the
 * shadow trees remembered from the last walk, then a fresh walk (only when nothing was found).
 */
export function findRoot(doc: Document, selectors: readonly string[], visibleOnly: boolean): Element | null {
  const search = (scopes: ParentNode[]) => {
    for (const selector of selectors) {
      const candidates = scopes.flatMap((scope) => safeAll(scope, selector)).filter((el) => !visibleOnly || !hiddenByMarkup(el));
      // The style check forces the page's pending style work, so it only decides between several views
      // (Amazon keeps earlier threads in the DOM, hidden by class); a lone candidate is the one on screen.
      if (candidates.length === 1) return candidates[0];
      const shown = visibleOnly ? candidates.find(shownByStyle) : candidates[0];
      if (shown) return shown;
    }
    return null;
  };
  const light = search(documentsOf(doc));
  if (light) return light;
  const known = shadowScopes.get(doc)?.filter((s) => s.host.isConnected);
  const fromKnown = known?.length ? search(known) : null;
  if (fromKnown) return fromKnown;
  const walked = walkShadows(doc);
  // Frames found inside shadow roots are in documentsOf now.
  return search([...documentsOf(doc).slice(1), ...walked]);
}
