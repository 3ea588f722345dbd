/** Keeps the overlay off the reply box and Send: when they would sit under the panel, the page makes room. */

function intersects(a: DOMRect, b: DOMRect): boolean {
  return a.width > 0 && b.width > 0 && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

const GAP = 12;

/** Returns a function to run after layout changes; undo() restores the page. */
export function createKeepClear(doc: Document, panel: () => Element | null, protectedElements: () => Element[]) {
  const html = doc.documentElement;
  const original = html.style.marginRight;
  let reserved = 0;
  const covers = () => {
    const el = panel();
    if (!el) return false;
    const rect = el.getBoundingClientRect();
    return protectedElements().some((p) => intersects(rect, p.getBoundingClientRect()));
  };
  const check = () => {
    const el = panel();
    if (!el) return release();
    const rect = el.getBoundingClientRect();
    const covered = covers();
    if (covered || reserved) {
      const needed = Math.ceil(doc.defaultView!.innerWidth - rect.left + GAP);
      if (needed !== reserved && (covered || needed > reserved)) {
        reserved = needed;
        html.style.marginRight = `${needed}px`;
      }
    }
  };
  const release = () => {
    if (!reserved) return;
    reserved = 0;
    html.style.marginRight = original;
  };
  return { check, release, covers };
}
