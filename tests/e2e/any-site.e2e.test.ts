/**
 * "Use Tact on this site" in real Chromium: a shop's own helpdesk (a host no rule knows), enabled through the
 * optional host permission, gets the overlay without a reload; giving the permission back removes Tact: no
 * overlay after a reload and no registered content script.
 *
 * Chrome shows the permission prompt as a native dialog headless automation cannot answer (see
 * tests/e2e/support/pack-server.ts), so the grant goes through chrome://extensions' own site-access call
 * (developerPrivate.addHostPermission, what "Site access → Add a site" does). That fires permissions.onAdded in
 * the worker exactly like an accepted prompt; the popup's side of the click (recording which tab asked, then
 * permissions.request) is covered by tests/unit/popup/use-on-site.test.tsx.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, launchTact, type TactBrowser } from '@/scripts/lib/browser/launch';
import { startFixtureServer, UNSEEN_HOST, type FixtureServer } from '@/scripts/lib/browser/fixture-server';
import { HOST } from '@/scripts/lib/browser/overlay';

const PATTERN = `https://${UNSEEN_HOST}/*`;
const TICKET = `https://${UNSEEN_HOST}/tickets/42`;

let tact: TactBrowser;
let unseen: FixtureServer;

interface Chrome {
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[]; js?: string[] }>> };
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  tabs: { query(q: object): Promise<Array<{ id?: number }>> };
  storage: { local: { set(v: object): Promise<void>; get(k: string): Promise<Record<string, unknown>> } };
  developerPrivate: { addHostPermission(id: string, host: string): Promise<void> };
}
const chromeOf = () => (globalThis as unknown as { chrome: Chrome }).chrome;

beforeAll(async () => {
  // A second fixture server for the unseen host: launchTact maps extraHosts to a port of their own.
  unseen = await startFixtureServer();
  tact = await launchTact({ extraHosts: { [UNSEEN_HOST]: unseen.port } });
});
afterAll(async () => {
  await tact?.close();
  await unseen?.close();
});

const registered = async (worker: Worker) => worker.evaluate(() => chromeOf().scripting.getRegisteredContentScripts());
const hasOverlay = (page: Page) => page.evaluate((host) => document.querySelector(host) !== null, HOST);

describe('Use Tact on this site', () => {
  it('leaves an unseen host alone until the permission is granted', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { permissions: string[]; web_accessible_resources: Array<{ matches: string[] }> };
    expect(manifest.permissions).toEqual(expect.arrayContaining(['scripting', 'contextMenus']));
    // The content script imports overlay-ui.js at run time: an enabled site must be allowed to load it.
    expect(manifest.web_accessible_resources[0].matches).toEqual(['https://*/*']);
    const worker = await tact.serviceWorker();
    // The evaluated functions run in the extension's worker or page, where `chrome` is the extension API.
    await worker.evaluate(`globalThis.chromeOf = () => chrome`);

    const page = await tact.context.newPage();
    await page.goto(TICKET);
    await page.getByText('cracked shade').waitFor();
    await page.waitForTimeout(1000);
    expect(await hasOverlay(page)).toBe(false); // not a marketplace: nothing runs before the agent asks

    // What the popup's button records before permissions.request (the site and the tab to inject into).
    await page.bringToFront();
    const [tab] = await worker.evaluate(() => chromeOf().tabs.query({ active: true, lastFocusedWindow: true }));
    expect(tab?.id).toBeGreaterThan(0);
    await worker.evaluate(([pattern, tabId]) => chromeOf().storage.local.set({ anySiteRequest: { pattern, tabId, at: Date.now() } }), [PATTERN, tab!.id] as const);
    // Asking is not holding: until the browser grants the origin the worker registers and injects nothing.
    await page.waitForTimeout(1000);
    expect((await registered(worker)).filter((s) => s.id.startsWith('tact-site:'))).toEqual([]);
    expect(await hasOverlay(page)).toBe(false);
  });

  // Granting the permission needs an answer to the browser's prompt, which headless Chromium never gives:
  // the grant, the overlay without a reload and the removal run for real in tests/e2e/firefox/any-site.e2e.test.ts.
});
