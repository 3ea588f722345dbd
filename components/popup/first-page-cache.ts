/**
 * The popup's opening results (empty query, no filters), remembered from the last time the background
 * answered. A popup opened while the service worker sleeps shows them at once, then swaps in the worker's
 * answer: the MV3 worker needs a few hundred ms to wake and load the knowledge base, the popup ~5 ms to read
 * this. Entries only — never anything the agent typed or pasted.
 */
import { storage } from 'wxt/utils/storage';
import type { SearchHit } from '@/utils/messaging/protocol';

export const firstPageItem = storage.defineItem<SearchHit[]>('local:popupFirstPage', { fallback: [], version: 1 });

export async function cachedFirstPage(): Promise<SearchHit[] | null> {
  try {
    const hits = await firstPageItem.getValue();
    return hits?.length ? hits : null;
  } catch {
    return null;
  }
}

/** Writes only when the page changed: every write is broadcast to all open extension pages. */
export function rememberFirstPage(hits: SearchHit[], previous: SearchHit[] | null): void {
  if (previous && JSON.stringify(previous) === JSON.stringify(hits)) return;
  void firstPageItem.setValue(hits).catch(() => undefined);
}
