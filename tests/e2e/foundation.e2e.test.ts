/**
 * The whole path on both marketplaces in real Chromium: page -> adapter -> background (detection +
 * knowledge DB) -> overlay -> Insert into the page's own reply box.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { stopServiceWorker, workerWasRestarted } from '@/scripts/lib/browser/launch';
import { useTactBrowser } from './support/session';
import { inOverlay, waitForOverlay } from '@/scripts/lib/browser/overlay';

const session = useTactBrowser();
const open = session.open;

const fixtureLog = (page: Page) => page.evaluate(() => (window as unknown as { __fixtureLog: { source: string; value: string }[] }).__fixtureLog);

describe('Amazon Seller Central', () => {
  it('reads a German thread on amazon.de, suggests for it and inserts into kat-textarea', async () => {
    const { page, errors } = await open('https://sellercentral.amazon.de/messaging/inbox?fi=ACTION_NEEDED&threadId=T-DE-1');
    const hooks = await waitForOverlay(page, { state: 'ready' });
    expect(hooks).toMatchObject({ country: 'DE', language: 'de', intent: 'damaged_item' });

    const insert = page.locator(inOverlay('.tact-template [data-action="insert"]')).first();
    await expect(insert.isVisible()).resolves.toBe(true);
    const language = await page.locator(inOverlay('.tact-template')).first().getAttribute('data-language');
    expect(language).toBe('de');
    await insert.click();
    // The page's own listener on kat-textarea saw the text: Send is enabled and the log recorded it.
    const log = await fixtureLog(page);
    expect(log.map((e) => e.source)).toEqual(expect.arrayContaining(['input', 'change']));
    const value = log.find((e) => e.source === 'input')!.value;
    expect(value).toContain('Lukas Schmidt');
    expect(value).toContain('302-4589123-7788123');
    await expect(page.evaluate(() => (document.querySelector('kat-textarea') as unknown as { value: string }).value)).resolves.toBe(value);
    await expect(page.evaluate(() => document.querySelector('kat-button')!.hasAttribute('disabled'))).resolves.toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('never covers the reply box or the Send button', async () => {
    const { page } = await open('https://sellercentral.amazon.com/messaging/inbox?fi=ACTION_NEEDED&threadId=T-US-1');
    await waitForOverlay(page, { state: 'ready', country: 'US', intent: 'shipping_status', language: 'en' });
    await page.waitForTimeout(100);
    const overlap = await page.evaluate(() => {
      const panel = document.querySelector('tact-assist')!.shadowRoot!.querySelector('.tact-panel')!.getBoundingClientRect();
      return ['kat-textarea', 'kat-button'].map((s) => {
        const r = document.querySelector(s)!.getBoundingClientRect();
        return panel.left < r.right && r.left < panel.right && panel.top < r.bottom && r.top < panel.bottom;
      });
    });
    expect(overlap).toEqual([false, false]);
    await page.close();
  });

  it('reads the contact-buyer page: buyer from the header, country from marketplaceID', async () => {
    const { page } = await open('https://sellercentral-europe.amazon.com/messaging/contact?orderID=171-3344556-7788990&marketplaceID=A1RKKUPIHCS9HS');
    const hooks = await waitForOverlay(page, { state: 'ready' });
    expect(hooks.country).toBe('ES');
    const text = await page.locator(inOverlay('.tact-template-text')).first().textContent();
    expect(text).toContain('Sofía García');
    await page.close();
  });

  it('waits for a thread that loads late, then follows in-page navigation to another thread', async () => {
    const { page } = await open('https://sellercentral.amazon.de/messaging/inbox?fi=ACTION_NEEDED&threadId=T-DE-1&fx=late&delay=2000');
    await waitForOverlay(page, { state: 'ready', intent: 'damaged_item' });
    await page.click('.inbox-thread-row[data-thread-id="T-DE-2"]');
    await waitForOverlay(page, { state: 'ready', language: 'fr', intent: 'shipping_status' });
    await page.close();
  });

  it('says no-conversation on an inbox with no thread open, and suggests for a pasted message', async () => {
    const { page, errors } = await open('https://sellercentral.amazon.de/messaging/inbox');
    await waitForOverlay(page, { state: 'no-conversation' });
    await page.fill(inOverlay('#tact-paste-text'), 'Hallo, wo ist mein Paket? Die Sendungsverfolgung zeigt seit Tagen nichts Neues.');
    await page.click(inOverlay('.tact-paste button[type="submit"]'));
    await waitForOverlay(page, { state: 'ready', language: 'de', intent: 'shipping_status', country: 'DE' });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('AliExpress seller chat', () => {
  it('reads the page country, follows hash navigation and inserts into the React-controlled textarea', async () => {
    const { page, errors } = await open('https://gsp.aliexpress.com/m_apps/im-chat/im#/window?sessionId=2200871234567001');
    expect(await waitForOverlay(page, { state: 'ready' })).toMatchObject({ country: 'BR', language: 'pt', intent: 'damaged_item' });

    await page.click('[data-id="2200871234567002"]');
    expect(await waitForOverlay(page, { state: 'ready', country: 'ES' })).toMatchObject({ language: 'es', intent: 'shipping_status' });

    await page.click('[data-id="2200871234567003"]');
    expect(await waitForOverlay(page, { state: 'ready', country: 'FR' })).toMatchObject({ language: 'fr', intent: 'refund_request' });

    await page.locator(inOverlay('.tact-template [data-action="insert"]')).first().click();
    const log = await fixtureLog(page);
    expect(log.at(-1)?.source).toBe('onChange');
    expect(log.at(-1)?.value).toContain('Julien Martin');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('inserts into a contenteditable editor and survives renamed hashed classes', async () => {
    const { page } = await open('https://gsp.aliexpress.com/m_apps/im-chat/im?fx=editable#/window?sessionId=2200871234567001');
    await waitForOverlay(page, { state: 'ready', country: 'BR' });
    await page.locator(inOverlay('.tact-template [data-action="insert"]')).first().click();
    const log = await fixtureLog(page);
    expect(log.at(-1)?.source).toBe('editor-input');
    expect(log.at(-1)?.value).toContain('Rafael Souza');

    await page.goto('https://gsp.aliexpress.com/m_apps/im-chat/im?fx=rehash#/window?sessionId=2200871234567002');
    await waitForOverlay(page, { state: 'ready', country: 'ES', intent: 'shipping_status' });
    await page.close();
  });

  it('shows no-conversation when no session is open', async () => {
    const { page } = await open('https://gsp.aliexpress.com/m_apps/im-chat/im#/window');
    await waitForOverlay(page, { state: 'no-conversation' });
    await page.close();
  });
});

describe('service worker lifecycle', () => {
  it('answers again after the service worker is stopped', async () => {
    const { page } = await open('https://sellercentral.amazon.de/messaging/inbox?fi=ACTION_NEEDED&threadId=T-DE-1');
    await waitForOverlay(page, { state: 'ready', intent: 'damaged_item' });
    await stopServiceWorker(session.browser, page);
    // A fresh page wakes the worker through the content script's message; it reopens the DB and index.
    await page.goto('https://gsp.aliexpress.com/m_apps/im-chat/im#/window?sessionId=2200871234567002');
    await waitForOverlay(page, { state: 'ready', country: 'ES', intent: 'shipping_status' });
    expect(await workerWasRestarted(session.browser)).toBe(true);
    expect(await page.locator(inOverlay('.tact-template')).count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('what the page can see of Tact', () => {
  it('loads the overlay UI through a per-session URL: the page cannot fetch it by the extension id', async () => {
    const { page } = await open('https://sellercentral.amazon.de/messaging/inbox?fi=ACTION_NEEDED&threadId=T-DE-1');
    await waitForOverlay(page, { state: 'ready', intent: 'damaged_item' });
    const staticUrl = `chrome-extension://${session.browser.extensionId}/overlay-ui.js`;
    const reachable = await page.evaluate(
      (url) =>
        fetch(url).then(
          (r) => r.ok,
          () => false,
        ),
      staticUrl,
    );
    expect(reachable).toBe(false);
    await page.close();
  });
});
