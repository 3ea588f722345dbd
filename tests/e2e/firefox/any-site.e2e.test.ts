/**
 * "Use Tact on this site" in real Firefox (issue 12): a shop's own helpdesk, a host no rule knows, gets the overlay
 * from the popup's button without a reload, keeps it across reloads, and loses it once the site is removed.
 *
 * Unlike headless Chromium (tests/e2e/any-site.e2e.test.ts), Firefox grants the optional host permission here: the
 * launcher's profile turns the permission doorhanger off (extensions.webextOptionalPermissionPrompts), so the real
 * click's permissions.request resolves true and permissions.onAdded reaches the background as after "Allow".
 *
 * The popup reads its target with tabs.query({ active: true, currentWindow: true }) and the tab's URL through the
 * activeTab grant of the toolbar click. The test presses the toolbar button (its own handler, in the browser's chrome
 * scope), but the panel that opens is out of automation's reach: the same popup.html runs in a *background* tab of
 * the window instead, so the helpdesk tab stays the active one, as the panel sees it. Once it has read its tab it is
 * brought to the front for the clicks: automation's input reaches only the selected tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchTactFirefox, loadExtensionPage, type TactFirefox } from '@/scripts/lib/browser/firefox-launch';
import { UNSEEN_HOST } from '@/scripts/lib/browser/fixture-server';

const PATTERN = `https://${UNSEEN_HOST}/*`;
const TICKET = `https://${UNSEEN_HOST}/tickets/42`;

/** What an extension page's global `browser` offers the evaluate() calls below (they run in the page: no closures). */
interface ExtensionGlobal {
  browser: {
    permissions: { contains(p: { origins: string[] }): Promise<boolean> };
    scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>> };
    tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  };
}

let ff: TactFirefox;
beforeAll(async () => {
  ff = await launchTactFirefox();
});
afterAll(async () => {
  await ff?.close();
});

const hasOverlay = (page: Page) => page.evaluate(() => document.querySelector('tact-assist') !== null);
/** The overlay's state once it has settled; explicit polling, as rAF polling stalls in a background tab. */
async function overlayState(page: Page, timeout = 15000): Promise<string> {
  const handle = await page.waitForFunction(
    () => {
      const host = document.querySelector('tact-assist') as HTMLElement | null;
      return !!host && host.dataset.tactLoading !== 'true' && !!host.dataset.tactState && host.dataset.tactState;
    },
    { timeout, polling: 100 },
  );
  return (await handle.jsonValue()) as string;
}
/** The ticket loaded and given the time the overlay takes to mount on a marketplace (~1 s): still none. */
async function expectNoOverlay(page: Page) {
  await page.waitForFunction(() => /cracked shade/.test(document.body?.textContent ?? ''), { timeout: 10000, polling: 100 });
  await new Promise((r) => setTimeout(r, 1500));
  expect(await hasOverlay(page)).toBe(false);
}

/** popup.html in a background tab of the helpdesk tab's window, so the helpdesk tab is the popup's active tab. */
async function openPopupFor(): Promise<Page> {
  const popup = await ff.browser.newPage({ background: true });
  await loadExtensionPage(popup, `${ff.origin}/popup.html`);
  return popup;
}
const registeredSites = (popup: Page) =>
  popup.evaluate(async () => (await (globalThis as unknown as ExtensionGlobal).browser.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith('tact-site:')));
const holds = (popup: Page) => popup.evaluate((pattern) => (globalThis as unknown as ExtensionGlobal).browser.permissions.contains({ origins: [pattern] }), PATTERN);

describe('Use Tact on this site (Firefox)', () => {
  it('enables the overlay on an unseen helpdesk from the popup without a reload, and Remove takes it away', async () => {
    const ticket = await ff.open(TICKET);
    await expectNoOverlay(ticket); // not a marketplace: nothing runs before the agent asks

    // The toolbar click grants activeTab, which lets the popup read the tab's URL (Tact holds no "tabs" permission).
    expect(await ff.pressToolbarButton()).toBe(TICKET);
    const popup = await openPopupFor();
    // The popup targets the helpdesk tab, not itself.
    const active = await popup.evaluate(async () => (await (globalThis as unknown as ExtensionGlobal).browser.tabs.query({ active: true, currentWindow: true }))[0]?.url);
    expect(active).toBe(TICKET);
    expect(await holds(popup)).toBe(false);
    await popup.waitForSelector('[data-use-on-site="off"]', { timeout: 5000 });
    const why = await popup.$eval('[data-use-on-site="off"]', (el) => el.textContent ?? '');
    expect(why).toContain(UNSEEN_HOST);

    // The popup has read its tab (state kept from mount): bring it to the front, as input reaches only the selected
    // tab, and click for real — permissions.request needs the user's gesture.
    await popup.bringToFront();
    await (await popup.waitForSelector('[data-use-on-site="off"] ::-p-text(Use Tact on this site)'))!.click();
    await popup.waitForSelector('[data-use-on-site="on"]', { timeout: 10000 });
    expect(await popup.$eval('[data-use-on-site="on"]', (el) => el.textContent ?? '')).toContain('Tact is on for this site');
    expect(await holds(popup)).toBe(true);
    expect(await registeredSites(popup)).toEqual([expect.objectContaining({ id: `tact-site:${UNSEEN_HOST}`, matches: [PATTERN] })]);

    // Injected into the open tab at once; the generic reader decides whether the thread is readable.
    expect(['ready', 'unreadable']).toContain(await overlayState(ticket));

    // The registration brings the content script back on its own after a reload.
    await ticket.bringToFront();
    await ticket.reload();
    expect(['ready', 'unreadable']).toContain(await overlayState(ticket));
    await popup.bringToFront();

    // Remove in the popup gives the permission back; the background unregisters the script.
    await popup.click(`[data-use-on-site="on"] button[aria-label="Remove Tact from ${UNSEEN_HOST}"]`);
    await expect.poll(() => holds(popup), { timeout: 5000 }).toBe(false);
    await expect.poll(() => registeredSites(popup), { timeout: 5000 }).toEqual([]);
    await popup.waitForSelector('[data-use-on-site="off"]', { timeout: 5000 });

    await ticket.reload();
    await expectNoOverlay(ticket);
    await Promise.all([popup.close(), ticket.close()]);
  });
});
