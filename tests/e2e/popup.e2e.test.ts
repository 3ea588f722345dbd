/**
 * The popup in real Chromium with the network off: first results timing, keyboard-only search, Enter copies
 * a template filled from settings, and "paste the buyer's message" detected by the background.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchTact, type TactBrowser } from '@/scripts/lib/browser/launch';
import { snap } from './support/pack-server';

let tact: TactBrowser;
const popupUrl = () => `chrome-extension://${tact.extensionId}/popup.html`;

beforeAll(async () => {
  tact = await launchTact();
  // Settings first (agent and shop name fill {{agent_name}} / {{shop_name}}), then the network goes away.
  const options = await tact.context.newPage();
  await options.goto(`chrome-extension://${tact.extensionId}/options.html#settings`);
  await options.getByLabel('Your name (in replies)').fill('Mia Chen');
  await options.getByLabel('Shop name').fill('Lumen Leuchten');
  await options.getByRole('button', { name: 'Save' }).click();
  await options.getByText('Saved').waitFor();
  await options.close();
  await (await tact.serviceWorker()).evaluate(() => new Promise((r) => setTimeout(r, 0)));
});
afterAll(async () => {
  await tact?.close();
});

async function openPopup(): Promise<Page> {
  const page = await tact.context.newPage();
  await page.setViewportSize({ width: 420, height: 600 });
  await page.goto(popupUrl());
  return page;
}

const firstResultsMs = (page: Page) =>
  page
    .waitForFunction(() => document.documentElement.dataset.firstResultsMs, undefined, { timeout: 10000 })
    .then(async () => Number(await page.evaluate(() => document.documentElement.dataset.firstResultsMs)));

describe('popup', () => {
  // The 150 ms figure is the benchmark's (popup_first_results_ms): timed assertions flake on a busy machine.
  it('works with the network disabled and stamps when its first results are on screen', async () => {
    await tact.context.setOffline(true);
    const warmUp = await openPopup(); // The very first open also pays for the worker's first DB load.
    const cold = await firstResultsMs(warmUp);
    expect(await warmUp.evaluate(() => navigator.onLine)).toBe(false);
    await warmUp.close();
    const samples: number[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await openPopup();
      samples.push(await firstResultsMs(page));
      expect(await page.locator('[role="listbox"] [role="option"]').count()).toBeGreaterThan(0);
      await page.close();
    }
    expect(cold).toBeGreaterThan(0);
    expect(samples.every((ms) => Number.isFinite(ms) && ms > 0)).toBe(true);
  });

  it('is keyboard-first: type, arrows, Enter copies the template with settings filled in', async () => {
    const page = await openPopup();
    // Chrome won't grant clipboard-read to an extension origin from automation: record what is written instead.
    await page.evaluate(() => {
      const original = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => (((window as unknown as { copied: string }).copied = text), original(text));
    });
    const box = page.getByRole('searchbox');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('searchbox');
    await page.keyboard.type('damaged photos');
    const list = page.getByRole('listbox');
    await list.locator('[role="option"]').first().waitFor();
    await page.locator('summary', { hasText: 'Filters' }).click();
    await page.getByLabel('Kind').selectOption('template');
    await box.focus();
    await expect.poll(async () => (await list.locator('[role="option"]').evaluateAll((os) => os.map((o) => o.getAttribute('data-kind')))).every((k) => k === 'template')).toBe(true);
    const options = list.locator('[role="option"]');
    expect(await options.count()).toBeGreaterThan(1);
    expect(await options.nth(0).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await options.nth(1).getAttribute('id'));
    await page.keyboard.press('ArrowUp');
    const chosen = await options.nth(0).getAttribute('data-entry-id');
    await page.getByLabel('Language', { exact: true }).selectOption('de');
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    await box.focus();
    await page.keyboard.press('Enter');
    await page.locator('.tact-notice').getByText('Copied').waitFor();
    await snap(page, 'popup-search', { dark: true });
    const copied = await page.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(copied).toContain('Mia Chen');
    expect(copied).not.toContain('{{');
    // The usage log has the template, not the text.
    type Local = { storage: { local: { get(key: string): Promise<{ usage: Array<Record<string, unknown>> }> } } };
    const usage = await (await tact.serviceWorker()).evaluate(() => (globalThis as unknown as { chrome: Local }).chrome.storage.local.get('usage'));
    const events = usage.usage;
    expect(events.at(-1)).toMatchObject({ templateId: chosen, language: 'de', action: 'copy', surface: 'popup' });
    expect(JSON.stringify(events)).not.toContain('Mia Chen');

    await page.keyboard.press('Shift+Enter');
    await page.locator(`article.tact-detail[data-entry-id="${chosen}"]`).waitFor();
    await page.keyboard.press('Escape');
    await box.waitFor();
    await page.close();
  });

  it("detects a pasted buyer's message through the background and shows the overlay's suggestions", async () => {
    const page = await openPopup();
    await page.getByRole('tab', { name: "Buyer's message" }).click();
    await page.getByLabel("Paste the buyer's message").fill('Bonjour, mon colis n’est toujours pas arrivé et le suivi ne bouge plus depuis une semaine. Pouvez-vous vérifier ?');
    await page.getByRole('button', { name: 'Suggest' }).click();
    const detection = page.locator('.tact-detection');
    await detection.waitFor();
    expect(await detection.getAttribute('data-language')).toBe('fr');
    expect(['shipping_status', 'not_received']).toContain(await detection.getAttribute('data-intent'));
    const template = page.locator('.tact-template').first();
    await template.waitFor();
    expect(await template.getAttribute('data-language')).toBe('fr');
    expect(await template.locator('.tact-template-text').textContent()).toContain('Mia Chen');
    await snap(page, 'popup-paste');
    await page.close();
    await tact.context.setOffline(false);
  });
});
