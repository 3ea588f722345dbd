/**
 * Runs the adapter manager over the reader chain. `rescan` starts it afresh, so what the agent just taught
 * (or a new site rule) is read at once, not at the page's next change.
 */
import { startAdapterManager, type ManagerEvents } from '@/utils/sites/manager';
import type { SiteAdapter } from '@/utils/sites/site-adapter';

export function startReading(win: Window, chain: SiteAdapter, events: ManagerEvents) {
  let stop = startAdapterManager(win, events, [chain]);
  return {
    stop: () => stop(),
    rescan() {
      stop();
      stop = startAdapterManager(win, events, [chain]);
    },
  };
}
