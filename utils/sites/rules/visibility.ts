/**
 * Which matches a rule may read: not `hidden`, not under a `hidden` / `aria-hidden="true"` / `inert` /
 * inline `display:none` ancestor. Attribute checks only — no layout and no style recalculation per row —
 * so reading a 2,000-message thread stays cheap. Roots (a handful per read) also get the browser's own
 * checkVisibility(), which sees stylesheet-hidden views (a class with display:none).
 */
export function hiddenByMarkup(el: Element, stopAt?: Node | null): boolean {
  for (let node: Element | null = el; node && node !== stopAt; node = parentAcrossShadow(node)) {
    if ((node as HTMLElement).hidden || node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('inert')) return true;
    const style = (node as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  }
  return false;
}

/** A candidate conversation root (or reply box): markup checks, then the browser's style check where it has one. */
export function shownRoot(el: Element): boolean {
  if (hiddenByMarkup(el)) return false;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el, { visibilityProperty: true }) || !el.isConnected : true;
}

/** The parent element, stepping out of a shadow root to its host (a hidden host hides its shadow tree). */
function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode as ShadowRoot | null;
  return root && 'host' in root ? root.host : null;
}
