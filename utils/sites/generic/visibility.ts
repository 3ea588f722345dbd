/**
 * Cheap visibility: pages keep earlier thread views and spare editors in the DOM, hidden. Only candidate
 * containers and editables are checked (never every text node), and `checkVisibility()` is used where the
 * browser has it, so one call answers for every ancestor without a style read per level.
 */

/** Hidden by markup alone (no style read): `hidden` or `aria-hidden="true"` on the element or an ancestor in its tree. */
export function hiddenByMarkup(el: Element): boolean {
  return !!el.closest('[hidden],[aria-hidden="true"],template');
}

/** Is the element rendered and not `visibility: hidden`? Crosses shadow roots and iframes up to the top document. */
export function isVisible(el: Element): boolean {
  for (let node: Element | null = el; node; node = hostOf(node)) {
    if (!visibleInTree(node)) return false;
  }
  return true;
}

function visibleInTree(el: Element): boolean {
  if (hiddenByMarkup(el)) return false;
  if (typeof el.checkVisibility === 'function' && hasLayout()) return el.checkVisibility({ visibilityProperty: true, opacityProperty: false });
  // No layout engine (happy-dom) or no checkVisibility: read the computed style up the tree.
  const view = el.ownerDocument.defaultView;
  if (!view) return true;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const style = view.getComputedStyle(node);
    if (style.display === 'none' || (node === el && style.visibility === 'hidden')) return false;
  }
  return true;
}

/** happy-dom implements checkVisibility without a layout; a browser lays out every rendered element. */
function hasLayout(): boolean {
  return typeof navigator === 'undefined' || !/happy-?dom/i.test(navigator.userAgent);
}

/** The element a node's tree hangs from: the shadow host, or the iframe of a child document. */
export function hostOf(el: Element): Element | null {
  const root = el.getRootNode() as Partial<ShadowRoot>;
  if (root.host) return root.host;
  try {
    return el.ownerDocument.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}
