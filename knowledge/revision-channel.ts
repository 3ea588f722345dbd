/**
 * Pack changes made in one context (options page, a subscription update) reach the background's cache
 * at once: install/remove/… announce on a BroadcastChannel after their transaction commits, so the
 * background can answer from memory without asking IndexedDB for the revision on every message.
 * Listeners in the announcing context itself hear it synchronously, flagged `local`.
 */
const CHANNEL = 'tact-knowledge-revision';
const SENDER = Math.random().toString(36).slice(2);
const localListeners = new Set<(local: boolean) => void>();

export function announceRevision(): void {
  for (const listener of localListeners) listener(true);
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ sender: SENDER });
  channel.close();
}

/** Registers at module load (synchronously, as service-worker listeners must be). */
export function onRevisionAnnounced(listener: (local: boolean) => void): void {
  localListeners.add(listener);
  if (typeof BroadcastChannel === 'undefined') return;
  new BroadcastChannel(CHANNEL).onmessage = (event: MessageEvent<{ sender?: string }>) => {
    if (event.data?.sender !== SENDER) listener(false);
  };
}
