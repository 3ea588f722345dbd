/**
 * Teach mode's element picker: the element under the mouse is outlined (also inside open shadow roots and
 * same-origin iframes), a click chooses it without the page seeing the click, Esc cancels. Tact's own
 * overlay can't be picked.
 */
import { documentsOf } from '@/utils/sites/query';

const BOX_STYLE = 'position:fixed;z-index:2147483647;pointer-events:none;border:2px solid #e8590c;background:rgba(232,89,12,.12);border-radius:3px;transition:all 60ms linear;display:none';

export function pickElement(doc: Document, own: Element, signal: AbortSignal): Promise<Element | null> {
  return new Promise((resolve) => {
    const stop = new AbortController();
    const box = doc.createElement('div');
    box.setAttribute('aria-hidden', 'true');
    box.style.cssText = BOX_STYLE;
    doc.documentElement.append(box);
    let current: Element | null = null;

    const finish = (chosen: Element | null) => {
      stop.abort();
      box.remove();
      resolve(chosen);
    };
    signal.addEventListener('abort', () => finish(null), { signal: stop.signal });

    const targetOf = (event: Event): Element | null => {
      const path = event.composedPath();
      if (path.includes(own) || path.includes(box)) return null;
      const first = path[0] as Node | undefined;
      return first && first.nodeType === 1 ? (first as Element) : null;
    };
    const outline = (el: Element) => {
      const rect = el.getBoundingClientRect();
      let left = rect.left;
      let top = rect.top;
      // An element in a frame: its rectangle is in the frame's viewport, offset by every frame above it.
      for (let win = el.ownerDocument.defaultView; win && win !== doc.defaultView && win.frameElement; win = win.frameElement.ownerDocument.defaultView) {
        const r = win.frameElement.getBoundingClientRect();
        left += r.left + win.frameElement.clientLeft;
        top += r.top + win.frameElement.clientTop;
      }
      Object.assign(box.style, { display: 'block', left: `${left}px`, top: `${top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
    };

    for (const d of documentsOf(doc)) {
      const opts = { capture: true, signal: stop.signal };
      d.addEventListener(
        'mousemove',
        (e) => {
          const el = targetOf(e);
          if (el && el !== current) {
            current = el;
            outline(el);
          }
        },
        opts,
      );
      // The page must not react to the choosing click (open a thread, send a message).
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup'] as const) {
        d.addEventListener(
          type,
          (e) => {
            if (!targetOf(e)) return;
            e.preventDefault();
            e.stopImmediatePropagation();
          },
          opts,
        );
      }
      d.addEventListener(
        'click',
        (e) => {
          const el = targetOf(e);
          if (!el) return;
          e.preventDefault();
          e.stopImmediatePropagation();
          finish(el);
        },
        opts,
      );
      d.addEventListener(
        'keydown',
        (e) => {
          if (e.key !== 'Escape') return;
          e.preventDefault();
          e.stopImmediatePropagation();
          finish(null);
        },
        opts,
      );
    }
  });
}
