import { browser } from 'wxt/browser';

/** After the extension is updated or reloaded, old content scripts lose their runtime: stop quietly. */
export function isContextInvalidated(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Extension context invalidated/i.test(message) || !browser.runtime?.id;
}
