/**
 * Pack changes made in one context (options page, a subscription update) reach the background's cache
 * at once: install/remove/… announce on a BroadcastChannel after their transaction commits, so the
 * background can answer from memory without asking IndexedDB for the revision on every message.
 */
const CHANNEL = 'tact-knowledge-revision';

export function announceRevision(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

/** Registers at module load (synchronously, as service-worker listeners must be). */
export function onRevisionAnnounced(listener: () => void): void {
  if (typeof BroadcastChannel === 'undefined') return;
  new BroadcastChannel(CHANNEL).onmessage = listener;
}
