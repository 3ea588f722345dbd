/**
 * Which matches a rule may read: not `hidden`, not under a `hidden` / `aria-hidden="true"` / `inert` /
 * inline `display:none` ancestor. Attribute checks only — no layout and no style recalculation per row —
 * so reading a 2,000-message thread stays cheap. Where several roots pass, the browser's own
 * checkVisibility() picks the one on screen (it sees stylesheet-hidden views: a class with display:none).
 */
export function hiddenByMarkup(el: Element, stopAt?: Node | null): boolean {
  for (let node: Element | null = el; node && node !== stopAt; node = parentAcrossShadow(node)) {
    if ((node as HTMLElement).hidden || node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('inert')) return true;
    // Only an element with a style attribute can be hidden inline (and reading .style allocates).
    const style = node.hasAttribute('style') ? (node as HTMLElement).style : null;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  }
  return false;
}

/** The browser's own style check (stylesheet-hidden views), where it has one; markup checks come first. */
export function shownByStyle(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el, { visibilityProperty: true }) || !el.isConnected : true;
}

/** The parent element, stepping out of a shadow root to its host (a hidden host hides its shadow tree). */
function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode as ShadowRoot | null;
  return root && 'host' in root ? root.host : null;
}
