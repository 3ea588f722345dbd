/**
 * Background wiring. Listeners are registered synchronously at the top of the service worker, so a
 * worker woken by a message finds them; everything else is rebuilt lazily from IndexedDB.
 */
import { browser } from 'wxt/browser';
import { onMessage } from '../messaging/protocol';
import { knowledge } from './knowledge';
import { suggestFor } from './suggestions';

export function setupBackground() {
  onMessage('getSuggestions', ({ data }) => suggestFor(data));
  onMessage('search', async ({ data }) => (await knowledge()).search(data));
  onMessage('status', async () => (await knowledge()).status());
  // Install and update (re)load the bundled core pack; start-up just reopens what's stored.
  browser.runtime.onInstalled.addListener(() => void knowledge({ checkBundled: true }));
}
