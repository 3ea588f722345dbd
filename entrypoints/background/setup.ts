/**
 * Background wiring. Listeners are registered synchronously at the top of the service worker, so a
 * worker woken by a message finds them; everything else is rebuilt lazily from IndexedDB.
 */
import { browser } from 'wxt/browser';
import { TEST_HOOKS } from '@/utils/test-hooks';
import { onMessage, sendMessage, type TactCommand } from '@/utils/messaging/protocol';
import { knowledge, packAdmin } from './knowledge';
import { suggestFor } from './suggestions';
import { lintWithPack } from './lint';
import { setupSubscriptionUpdates } from './subscription-alarms';
import { setupSiteRules } from './site-rules';
import { setupAnySite } from './any-site';

export function setupBackground() {
  onMessage('getSuggestions', ({ data }) => suggestFor(data));
  onMessage('search', async ({ data }) => (await knowledge()).search(data));
  onMessage('status', async () => (await knowledge()).status());
  onMessage('lintReply', async ({ data }) => lintWithPack(data));
  onMessage('facetOptions', async () => (await knowledge()).facetOptions());
  onMessage('getEntry', async ({ data }) => (await knowledge()).getEntry(data.packId, data.id));
  onMessage('importPackFile', ({ data }) => packAdmin.importFile(data));
  onMessage('removePack', ({ data }) => packAdmin.remove(data));
  onMessage('setPackEnabled', ({ data }) => packAdmin.setEnabled(data.id, data.enabled));
  onMessage('movePack', ({ data }) => packAdmin.move(data.id, data.direction));
  onMessage('rollbackPack', ({ data }) => packAdmin.rollback(data));
  onMessage('subscribe', ({ data }) => packAdmin.subscribe(data));
  onMessage('unsubscribe', ({ data }) => packAdmin.unsubscribe(data));
  onMessage('checkSubscription', ({ data }) => packAdmin.check(data));
  setupSiteRules();
  setupAnySite();
  // Install and update (re)load the bundled core pack; start-up just reopens what's stored.
  // The search index is built (and persisted) right away rather than on the agent's first search.
  browser.runtime.onInstalled.addListener(() => void knowledge({ checkBundled: true }).then((kb) => kb.search({ query: '' })));
  // Subscribed team packs are checked every 6 hours (alarms survive the worker being stopped).
  setupSubscriptionUpdates();
  browser.commands.onCommand.addListener((command, tab) => void forwardCommand(command as TactCommand, tab?.id));
  // Headless Chrome never delivers command accelerators: real-browser tests call the same forwarder.
  if (TEST_HOOKS) Object.assign(globalThis, { __tactRunCommand: forwardCommand });
}

async function forwardCommand(command: TactCommand, tabId: number | undefined) {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  // A tab without Tact (not a marketplace page) has no listener: nothing to do.
  if (id !== undefined) await sendMessage('runCommand', command, id).catch(() => false);
}
