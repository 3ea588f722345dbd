/**
 * A seller-center layout no rule or heuristic can read: Tact says so (`unreadable`) instead of "no
 * conversation", keeps a paste box that works again and again, and learns from the agent pointing at the
 * buyer's message and the reply box — remembered for the host, exportable as a site-rule pack.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useTactBrowser } from './support/session';
import { inOverlay, waitForOverlay } from '@/scripts/lib/browser/overlay';

const URL_ = 'https://sellercentral.amazon.fr/messaging/inbox?fi=ACTION_NEEDED&threadId=T-REDESIGN';
const session = useTactBrowser();

async function pick(page: Page, button: string, target: string) {
  await page.locator(inOverlay(`[data-action="${button}"]`)).click();
  await page.locator(inOverlay('[data-teaching]')).waitFor();
  await page.hover(target);
  await page.click(target);
}

describe('a page Tact cannot read', () => {
  it('is unreadable, not "no conversation", and the paste box works as often as needed', async () => {
    const { page, errors } = await session.open(URL_);
    await waitForOverlay(page, { state: 'unreadable' });
    const box = page.locator(inOverlay('#tact-paste-text'));
    await box.fill('Où est mon colis ? Toujours pas reçu.');
    await page.locator(inOverlay('.tact-paste button[type="submit"]')).click();
    await waitForOverlay(page, { state: 'ready', language: 'fr' });
    expect(await page.getAttribute('tact-assist', 'data-tact-source')).toBe('pasted');
    await page.locator(inOverlay('details.tact-paste-again summary')).click();
    await page.locator(inOverlay('#tact-paste-text')).fill('Ich möchte meine Bestellung stornieren.');
    await page.locator(inOverlay('.tact-paste button[type="submit"]')).click();
    await waitForOverlay(page, { state: 'ready', language: 'de', intent: 'cancel_order' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('learns where the message and the reply box are, keeps it for the site, and inserts there', async () => {
    const { page } = await session.open(URL_);
    await waitForOverlay(page, { state: 'unreadable' });
    // Esc cancels a pick and nothing is saved.
    await page.locator(inOverlay('[data-action="teach-message"]')).click();
    await page.locator(inOverlay('[data-teaching]')).waitFor();
    await page.keyboard.press('Escape');
    await page.locator(inOverlay('[data-action="teach-message"]')).waitFor();
    expect(await page.getAttribute('tact-assist', 'data-tact-state')).toBe('unreadable');

    await pick(page, 'teach-message', 'blockquote');
    await waitForOverlay(page, { state: 'ready', language: 'fr' });
    expect(await page.getAttribute('tact-assist', 'data-tact-source')).toBe('taught');
    // The picking click never reached the page.
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BLOCKQUOTE');

    await page.locator(inOverlay('[data-action="teach-open"]')).click();
    await pick(page, 'teach-reply-box', '[contenteditable]');
    await page.locator(inOverlay('.tact-template [data-action="insert"]')).first().click();
    await expect.poll(() => page.locator('[contenteditable]').textContent()).toMatch(/\S{10}/);

    await page.reload();
    await waitForOverlay(page, { state: 'ready', language: 'fr' });
    expect(await page.getAttribute('tact-assist', 'data-tact-source')).toBe('taught');

    await page.locator(inOverlay('[data-action="teach-open"]')).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(inOverlay('[data-action="teach-export"]')).click()]);
    const pack = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(pack.sites).toHaveLength(1);
    expect(JSON.stringify(pack.sites[0])).toContain('sellercentral.amazon.fr');

    await page.locator(inOverlay('[data-action="teach-forget"]')).click();
    await waitForOverlay(page, { state: 'unreadable' });
    await page.close();
  });
});
