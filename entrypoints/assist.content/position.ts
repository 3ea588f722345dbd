/**
 * Where the panel sits: docked on the right (default) or dragged by its header to a place the agent
 * prefers, remembered per site. Double-click the header to dock it again.
 */
import { storage } from 'wxt/utils/storage';

export type PanelPosition = { mode: 'docked' } | { mode: 'floating'; x: number; y: number };

const positionsItem = storage.defineItem<Record<string, PanelPosition>>('local:panel-positions', { fallback: {}, version: 1 });

export async function loadPosition(host: string): Promise<PanelPosition> {
  return (await positionsItem.getValue())[host] ?? { mode: 'docked' };
}

async function savePosition(host: string, position: PanelPosition) {
  const all = await positionsItem.getValue();
  all[host] = position;
  await positionsItem.setValue(all);
}

export function applyPosition(root: HTMLElement, position: PanelPosition) {
  root.dataset.position = position.mode;
  if (position.mode === 'docked') {
    root.style.removeProperty('left');
    root.style.removeProperty('top');
    root.style.removeProperty('right');
    return;
  }
  const view = root.ownerDocument.defaultView!;
  // Keep at least the header on screen whatever the window size is now.
  const x = Math.min(Math.max(0, position.x), Math.max(0, view.innerWidth - 120));
  const y = Math.min(Math.max(0, position.y), Math.max(0, view.innerHeight - 48));
  root.style.left = `${x}px`;
  root.style.top = `${y}px`;
  root.style.right = 'auto';
}

const INTERACTIVE = 'button, select, input, textarea, label, a, summary';

export function enableDragging(shadow: ShadowRoot, root: HTMLElement, host: string, onMoved: (position: PanelPosition) => void, signal: AbortSignal) {
  let start: { px: number; py: number; x: number; y: number } | null = null;
  shadow.addEventListener(
    'pointerdown',
    (e) => {
      const event = e as PointerEvent;
      const target = event.target as Element;
      if (event.button !== 0 || !target.closest('[data-drag-handle]') || target.closest(INTERACTIVE)) return;
      const rect = root.getBoundingClientRect();
      start = { px: event.clientX, py: event.clientY, x: rect.left, y: rect.top };
      (target as HTMLElement).setPointerCapture?.(event.pointerId);
      event.preventDefault();
    },
    { signal },
  );
  shadow.addEventListener(
    'pointermove',
    (e) => {
      if (!start) return;
      const event = e as PointerEvent;
      applyPosition(root, { mode: 'floating', x: start.x + event.clientX - start.px, y: start.y + event.clientY - start.py });
    },
    { signal },
  );
  shadow.addEventListener(
    'pointerup',
    () => {
      if (!start) return;
      start = null;
      const rect = root.getBoundingClientRect();
      const position: PanelPosition = { mode: 'floating', x: Math.round(rect.left), y: Math.round(rect.top) };
      void savePosition(host, position);
      onMoved(position);
    },
    { signal },
  );
  shadow.addEventListener(
    'dblclick',
    (e) => {
      const target = e.target as Element;
      if (!target.closest('[data-drag-handle]') || target.closest(INTERACTIVE)) return;
      const docked: PanelPosition = { mode: 'docked' };
      applyPosition(root, docked);
      void savePosition(host, docked);
      onMoved(docked);
    },
    { signal },
  );
}
