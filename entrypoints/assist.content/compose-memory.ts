/**
 * The compose box per conversation. Switching threads puts the reply being written aside and brings back
 * the one for the thread now open (or an empty box), so nothing written for one buyer reaches another.
 * In memory only: replies hold order numbers and names, which are never stored.
 */
import type { AssistStore } from '@/components/overlay/assist-store';

const MAX_KEPT = 50;

export function createComposeMemory(store: AssistStore) {
  const kept = new Map<string, string>();
  return {
    switchTo(from: string | null, to: string) {
      const current = store.getState().compose;
      if (from !== null) {
        kept.delete(from);
        if (current) kept.set(from, current);
        if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!);
      }
      store.setState({ compose: kept.get(to) ?? '', lint: null });
    },
  };
}
