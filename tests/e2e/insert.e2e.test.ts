/**
 * Safe Insert on the real page: only into the visible thread's box (an earlier thread's box, hidden, comes
 * first in the document), at the cursor the agent left there, replacing a selection, undoable with Ctrl+Z.
 */
import { describe, expect, it } from 'vitest';
import { useTactBrowser } from './support/session';
import { inOverlay, waitForOverlay } from '@/scripts/lib/browser/overlay';

const URL_ = 'https://sellercentral.amazon.de/messaging/inbox?fi=ACTION_NEEDED&threadId=T-HIDDEN-BOX';
const session = useTactBrowser();
const visible = 'kat-textarea[data-fixture="visible-box"] textarea';
const hidden = 'kat-textarea[data-fixture="hidden-thread-box"] textarea';

describe('Insert', () => {
  it('goes into the visible box at the agent cursor, never the hidden thread, and Ctrl+Z takes it back', async () => {
    const { page, errors } = await session.open(URL_);
    await waitForOverlay(page, { state: 'ready', language: 'de' });
    await page.locator(visible).fill('Hallo Lukas,  Viele Grüße');
    await page.locator(visible).evaluate((t: HTMLTextAreaElement) => t.setSelectionRange(13, 13));
    const insert = page.locator(inOverlay('.tact-template [data-action="insert"]')).first();
    await insert.click();
    const value = await page.locator(visible).inputValue();
    expect(value.startsWith('Hallo Lukas, ')).toBe(true);
    expect(value.endsWith(' Viele Grüße')).toBe(true);
    expect(value.length).toBeGreaterThan('Hallo Lukas,  Viele Grüße'.length + 20);
    expect(await page.locator(hidden).inputValue()).toBe('');
    // The agent keeps typing in the box, and Ctrl+Z undoes the Insert as one step.
    await page.locator(visible).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator(visible).inputValue()).toBe('Hallo Lukas,  Viele Grüße');
    expect(errors).toEqual([]);
    await page.close();
  });
});
