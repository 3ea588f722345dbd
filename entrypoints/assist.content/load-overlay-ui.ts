/**
 * Loads the overlay UI (React and the cards) from its own file. Evaluated with the content script it was
 * one long task on the host page (compiling ~130 KB of React); as a module it is fetched and compiled off
 * the page's critical task and evaluated in a task of its own, in the content script's isolated world.
 */
import { browser } from 'wxt/browser';
import type { mountOverlay } from '@/entrypoints/overlay-ui/mount';

export const OVERLAY_UI_FILE = '/overlay-ui.js';
export const OVERLAY_UI_GLOBAL = '__tactOverlayUi';

export interface OverlayUi {
  mountOverlay: typeof mountOverlay;
}

let loading: Promise<OverlayUi> | null = null;

export function loadOverlayUi(): Promise<OverlayUi> {
  loading ??= import(/* @vite-ignore */ (browser.runtime.getURL as (path: string) => string)(OVERLAY_UI_FILE)).then(() => {
    const ui = (globalThis as Record<string, unknown>)[OVERLAY_UI_GLOBAL] as OverlayUi | undefined;
    if (!ui) throw new Error(`${OVERLAY_UI_FILE} loaded but did not register the overlay`);
    return ui;
  });
  return loading;
}
