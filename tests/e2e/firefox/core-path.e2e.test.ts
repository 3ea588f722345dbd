/**
 * The core path in real Firefox (Debian's firefox-esr through WebDriver BiDi), on the Firefox build
 * (.output/firefox-mv3): the overlay reads an Amazon thread, Insert fills the page's own reply box, the popup
 * searches offline, and the host-access opt-in that Firefox MV3 gives the agent is asked for and honoured.
 * One browser for the file; pages at the real marketplace hostnames through the launcher's local proxy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchTactFirefox, type TactFirefox } from '@/scripts/lib/browser/firefox-launch';
import { MARKETPLACE_MATCHES } from '@/utils/sites/matches';

const DE_THREAD = 'https://sellercentral.amazon.de/messaging/inbox?fi=ACTION_NEEDED&threadId=T-DE-1';

let ff: TactFirefox;
beforeAll(async () => {
  ff = await launchTactFirefox();
});
afterAll(async () => {
  await ff?.close();
});

interface Hooks {
  state?: string;
  country?: string;
  intent?: string;
  language?: string;
}

/** The overlay's test hooks once it has settled (data-tact-* on the tact-assist shadow host). */
async function waitForOverlay(page: Page, expected: Hooks = { state: 'ready' }, timeout = 15000): Promise<Hooks> {
  const handle = await page.waitForFunction(
    (want: Hooks) => {
      const host = document.querySelector('tact-assist') as HTMLElement | null;
      if (!host || host.dataset.tactLoading === 'true') return false;
      const d = host.dataset;
      const got: Hooks = { state: d.tactState, country: d.tactCountry, intent: d.tactIntent, language: d.tactLanguage };
      return Object.entries(want).every(([k, v]) => got[k as keyof Hooks] === v) && got;
    },
    { timeout, polling: 100 },
    expected,
  );
  return (await handle.jsonValue()) as Hooks;
}

/** What an extension page's global `browser` offers the evaluate() calls below (they run in the page: no closures). */
interface ExtensionGlobal {
  browser: {
    permissions: { remove(p: { origins: string[] }): Promise<boolean>; contains(p: { origins: string[] }): Promise<boolean> };
    runtime: { getManifest(): { name: string } };
    commands: { getAll(): Promise<{ name?: string; description?: string; shortcut?: string }[]> };
    sidebarAction: { isOpen(details: object): Promise<boolean> };
  };
}
const replyBoxValue = (page: Page) => page.evaluate(() => document.querySelector('kat-textarea')!.shadowRoot!.querySelector('textarea')!.value);

describe('Tact in Firefox', () => {
  it('is installed under its gecko id, with its name and shortcuts read from _locales', async () => {
    expect(ff.extensionId).toBe('tact@tact.example');
    const page = await ff.openExtensionPage('popup.html');
    const manifest = await page.evaluate(async () => {
      const b = (globalThis as unknown as ExtensionGlobal).browser;
      return { name: b.runtime.getManifest().name, commands: await b.commands.getAll() };
    });
    expect(manifest.name).toBe('Tact — marketplace reply assistant');
    expect(manifest.commands.map((c) => [c.name, c.description, c.shortcut])).toEqual(
      expect.arrayContaining([
        ['toggle-overlay', 'Show or hide the Tact panel', 'Alt+Shift+K'],
        ['insert-top-suggestion', 'Insert the top suggested reply', 'Alt+Shift+Y'],
      ]),
    );
    await page.close();
  });

  it('reads a German thread on amazon.de and inserts a template into kat-textarea', async () => {
    const page = await ff.open(DE_THREAD);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const hooks = await waitForOverlay(page);
    expect(hooks).toMatchObject({ state: 'ready', country: 'DE', language: 'de', intent: 'damaged_item' });

    const insert = await page.waitForSelector('tact-assist >>> .tact-template [data-action="insert"]', { visible: true });
    expect(await page.$eval('tact-assist >>> .tact-template', (el) => el.getAttribute('data-language'))).toBe('de');
    await insert!.click();
    await page.waitForFunction(() => (document.querySelector('kat-textarea')!.shadowRoot!.querySelector('textarea')!.value ?? '').length > 0, { timeout: 5000 });
    const value = await replyBoxValue(page);
    expect(value).toContain('Lukas Schmidt');
    expect(value).toContain('302-4589123-7788123');
    // The page's own listeners saw it, as they do when a person types: input and change, then Send enabled.
    const log = await page.evaluate(() => (window as unknown as { __fixtureLog: { source: string; value: string }[] }).__fixtureLog);
    expect(log.map((e) => e.source)).toEqual(expect.arrayContaining(['input', 'change']));
    expect(log.find((e) => e.source === 'input')!.value).toBe(value);
    expect(await page.evaluate(() => document.querySelector('kat-button')!.hasAttribute('disabled'))).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('searches the knowledge base offline from the popup, with a typo and in Chinese', async () => {
    const page = await ff.openExtensionPage('popup.html');
    const box = (await page.waitForSelector('[role="searchbox"]'))!;
    await page.waitForSelector('[role="listbox"] [role="option"]'); // first page of results before any typing
    await box.type('refnd');
    await page.waitForFunction(() => [...document.querySelectorAll('[role="listbox"] [role="option"]')].some((o) => /refund/i.test(o.textContent ?? '')), { timeout: 10000 });
    await box.click({ count: 3 });
    await page.keyboard.press('Backspace');
    await box.type('退款');
    await page.waitForFunction(
      () => document.querySelectorAll('[role="listbox"] [role="option"]').length > 0 && /退款/.test((document.querySelector('[role="searchbox"]') as HTMLInputElement).value),
      { timeout: 10000 },
    );
    expect(await page.$$eval('[role="listbox"] [role="option"]', (os) => os.length)).toBeGreaterThan(0);
    // Firefox has no host-access banner to show: its MV3 install granted the marketplace hosts.
    expect(await page.$('[data-host-access]')).toBeNull();
    await page.close();
  });

  it("opens Firefox's sidebar from the popup's Side panel button (sidebarAction, not Chrome's sidePanel)", async () => {
    const observer = await ff.openExtensionPage('popup.html');
    const sidebarOpen = () => observer.evaluate(() => (globalThis as unknown as ExtensionGlobal).browser.sidebarAction.isOpen({}));
    expect(await sidebarOpen()).toBe(false); // open_at_install: false
    const popup = await ff.openExtensionPage('popup.html');
    await popup.bringToFront();
    await (await popup.waitForSelector('.tact-page-header ::-p-text(Side panel)'))!.click();
    await expect.poll(sidebarOpen, { timeout: 5000 }).toBe(true);
    await Promise.all([observer.close(), popup.close().catch(() => undefined)]); // the popup closes itself
  });

  it('asks for the marketplace sites in the popup once the agent has withheld them, and runs again after Allow', async () => {
    const open = await ff.openExtensionPage('popup.html');
    expect(await open.$('[data-host-access]')).toBeNull();
    // What "Remove" under about:addons > Permissions does to a Firefox MV3 add-on's host permissions.
    expect(await open.evaluate((origins) => (globalThis as unknown as ExtensionGlobal).browser.permissions.remove({ origins }), MARKETPLACE_MATCHES)).toBe(true);
    // A popup already open notices (permissions.onRemoved); the content script no longer runs on the marketplace.
    await open.waitForSelector('[data-host-access]', { timeout: 5000 });
    const withheld = await ff.open(DE_THREAD);
    await new Promise((r) => setTimeout(r, 2000)); // the overlay mounted within ~1 s when access was granted
    expect(await withheld.$('tact-assist')).toBeNull();

    const popup = await ff.openExtensionPage('popup.html');
    const banner = (await popup.waitForSelector('[data-host-access]', { timeout: 5000 }))!;
    expect(await banner.evaluate((el) => el.textContent)).toContain('Tact needs access to the marketplace sites');
    await popup.click('[data-host-access] button'); // a real click: permissions.request needs the user's gesture
    await popup.waitForFunction(() => !document.querySelector('[data-host-access]'), { timeout: 5000 });
    expect(await popup.evaluate((origins) => (globalThis as unknown as ExtensionGlobal).browser.permissions.contains({ origins }), MARKETPLACE_MATCHES)).toBe(true);

    await withheld.reload();
    expect(await waitForOverlay(withheld)).toMatchObject({ state: 'ready', country: 'DE' });
    await Promise.all([withheld.close(), popup.close(), open.close()]);
  });
});
