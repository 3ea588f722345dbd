/** The overlay as an agent uses it all day: lint, corrections, search, compose, shortcuts, position. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useTactBrowser } from './support/session';
import { inOverlay, overlayHooks, waitForOverlay } from '@/scripts/lib/browser/overlay';

const session = useTactBrowser();

const DE_THREAD = 'https://sellercentral.amazon.de/messaging/inbox?fi=ACTION_NEEDED&threadId=T-DE-1';
const US_THREAD = 'https://sellercentral.amazon.com/messaging/inbox?fi=ACTION_NEEDED&threadId=T-US-1';

async function open(url: string, expected: Record<string, string> = { state: 'ready' }): Promise<{ page: Page; errors: string[] }> {
  const opened = await session.open(url);
  await waitForOverlay(opened.page, expected);
  return opened;
}

/** Types into Katal's inner textarea the way a person does (real key events). */
async function typeInReplyBox(page: Page, text: string) {
  await page.locator('kat-textarea textarea').click();
  await page.keyboard.type(text);
}

describe('compliance lint on the real reply box', () => {
  it('flags an email address, a link and a review request as the agent types, explained in both languages', async () => {
    const { page, errors } = await open(US_THREAD);
    await typeInReplyBox(page, 'Hi Jennifer, write to help@shop-example.com or see www.shop-example.com. Please leave us a 5-star review!');
    const lint = page.locator(inOverlay('[data-card="lint"]'));
    // The review request is typed last: once it is flagged, the lint has seen the whole reply (an
    // earlier answer, for the text typed so far, may show the e-mail alone).
    await lint.locator('[data-check="review_request"]').waitFor();
    const checks = await lint.locator('[data-check]').evaluateAll((els) => els.map((e) => e.getAttribute('data-check')));
    expect(checks).toEqual(expect.arrayContaining(['email', 'link', 'review_request']));
    const text = await lint.textContent();
    expect(text).toMatch(/[\u4e00-\u9fff]/); // the Chinese explanation is shown beside the English one
    // Clearing the problems clears the findings.
    await page.locator('kat-textarea textarea').fill('');
    await page.locator('kat-textarea textarea').type('Hi Jennifer, your order ships tomorrow.');
    await expect.poll(() => lint.getAttribute('data-findings')).toBe('0');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('blocks unfilled placeholders and catches spelled-out addresses (the check used to say "No policy problems")', async () => {
    const { page, errors } = await open(US_THREAD);
    await typeInReplyBox(page, 'Hi Jennifer, write to john.doe(at)gmail dot com or visit acme-shop dot com. Best regards, [agent_name], [shop_name]');
    const lint = page.locator(inOverlay('[data-card="lint"]'));
    await lint.locator('[data-check="unfilled_placeholder"]').first().waitFor();
    const found = await lint.locator('[data-check]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-check')} ${e.className.includes('error') ? 'error' : 'warning'}`));
    expect(found).toEqual(expect.arrayContaining(['unfilled_placeholder error', 'email error', 'link error']));
    expect(found.filter((f) => f.startsWith('unfilled_placeholder'))).toHaveLength(2);
    expect(await lint.textContent()).toContain('[agent_name]');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('flags an emoji on Amazon after Insert too (the page and the lint see the same text)', async () => {
    const { page } = await open(US_THREAD);
    await typeInReplyBox(page, 'Thanks so much 😊');
    await page.locator(inOverlay('[data-card="lint"] [data-check="emoji"]')).waitFor();
    await page.close();
  });
});

describe('corrections', () => {
  it('re-ranks when the agent corrects the intent and remembers it for the conversation', async () => {
    const { page } = await open(DE_THREAD, { state: 'ready', intent: 'damaged_item' });
    await page.selectOption(inOverlay('select[aria-label="Intent"]'), 'refund_request');
    await waitForOverlay(page, { state: 'ready', intent: 'refund_request' });
    const ids = await page.locator(inOverlay('.tact-template')).evaluateAll((els) => els.map((e) => e.getAttribute('data-template-id')));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id!.startsWith('tpl.refund_request.'))).toBe(true);
    await page.reload();
    expect((await waitForOverlay(page, { state: 'ready' })).intent).toBe('refund_request');
    await page.click(inOverlay('.tact-link'));
    await waitForOverlay(page, { state: 'ready', intent: 'damaged_item' });
    await page.close();
  });

  it('lets the agent override the country', async () => {
    const { page } = await open(DE_THREAD, { state: 'ready', country: 'DE' });
    await page.selectOption(inOverlay('select[aria-label="Country"]'), 'AT');
    await waitForOverlay(page, { state: 'ready', country: 'AT' });
    await page.close();
  });
});

describe('country with reasons', () => {
  it('says why on screen, with the confidence, and switches a French buyer on amazon.de to France in one click', async () => {
    const { page } = await open('https://sellercentral.amazon.de/messaging/inbox?fi=ACTION_NEEDED&threadId=T-DE-2', { state: 'ready', language: 'fr' });
    const why = page.locator(inOverlay('.tact-country-why'));
    await why.waitFor();
    expect(await why.textContent()).toMatch(/Amazon marketplace DE.*confidence \d+%/);
    await page.click(inOverlay('[data-switch-country="FR"]'));
    expect((await waitForOverlay(page, { state: 'ready', country: 'FR' })).country).toBe('FR');
    await page.close();
  });
});

describe('several intents', () => {
  it('shows every intent above threshold, each with its playbook and templates ("broken mug, refund, cancel my second order")', async () => {
    // A page no layer reads, so the message comes from the paste box (treated like a read one).
    const { page } = await open('https://sellercentral.amazon.fr/messaging/inbox?fi=ACTION_NEEDED&threadId=T-REDESIGN', { state: 'unreadable' });
    await page.locator(inOverlay('#tact-paste-text')).fill('My mug arrived broken, I want a full refund, and please also cancel my second order.');
    await page.locator(inOverlay('.tact-paste button[type="submit"]')).click();
    await waitForOverlay(page, { state: 'ready', language: 'en' });
    const shown = await overlayHooks(page);
    const extra = await page.locator(inOverlay('[data-chip="label"]')).evaluateAll((els) => els.map((e) => e.getAttribute('data-intent')));
    const all = [shown.intent, ...extra];
    expect(all).toEqual(expect.arrayContaining(['cancel_order', 'refund_request']));
    const templateIntents = await page.locator(inOverlay('.tact-template')).evaluateAll((els) => els.map((e) => (e.getAttribute('data-template-id') ?? '').split('.')[1]));
    expect(new Set(templateIntents).size).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});

describe('feedback', () => {
  it('rates a suggested template helpful or not, and the team lead sees it per template in the options page (ids only)', async () => {
    const { page } = await open(DE_THREAD);
    const first = page.locator(inOverlay('.tact-template')).first();
    const id = await first.getAttribute('data-template-id');
    await first.locator('[data-action="helpful"]').click();
    expect(await first.locator('[data-action="helpful"]').getAttribute('aria-pressed')).toBe('true');
    const second = page.locator(inOverlay('.tact-template')).nth(1);
    const otherId = await second.getAttribute('data-template-id');
    await second.locator('[data-action="not-helpful"]').click();
    await page.waitForTimeout(300);
    const options = await session.browser.context.newPage();
    await options.goto(`chrome-extension://${session.browser.extensionId}/options.html#usage`);
    await options.locator(`.tact-ratings [data-template-id="${id}"] [data-helpful="1"]`).waitFor();
    await options.locator(`.tact-ratings [data-template-id="${otherId}"] [data-not-helpful="1"]`).waitFor();
    await options.close();
    await page.close();
  });
});

describe('action first', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1024, height: 768 },
  ]) {
    it(`puts the first Insert on screen without scrolling at ${viewport.width}×${viewport.height}, and what the buyer said below the reply`, async () => {
      const page = await session.browser.context.newPage();
      await page.setViewportSize(viewport);
      await page.goto(DE_THREAD);
      await waitForOverlay(page, { state: 'ready' });
      const insert = page.locator(inOverlay('.tact-template [data-action="insert"]')).first();
      await insert.waitFor();
      const box = (await insert.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      // Not hidden behind the panel's own scroll either: the panel shows it as it opens.
      const shown = await insert.evaluate((el) => {
        const r = el.getBoundingClientRect();
        for (let p = el.parentElement; p; p = p.parentElement) {
          const q = p.getBoundingClientRect();
          if (getComputedStyle(p).overflowY !== 'visible' && (r.top < q.top || r.bottom > q.bottom)) return false;
        }
        return true;
      });
      expect(shown).toBe(true);
      const order = await page.locator(inOverlay('[data-card]')).evaluateAll((els) => els.map((e) => e.getAttribute('data-card')));
      expect(order.indexOf('templates')).toBeLessThan(order.indexOf('gist'));
      expect(order.indexOf('gist')).toBeLessThan(order.indexOf('country'));
      expect(await page.locator(inOverlay('[data-card="gist"]')).textContent()).toMatch(/What the buyer said|买家说了什么/);
      await page.close();
    });
  }
});

describe('anger and urgency', () => {
  it('put the steps (emotion guide, clock) before the reply for an angry, urgent buyer, and say why', async () => {
    const { page } = await open('https://sellercentral.amazon.fr/messaging/inbox?fi=ACTION_NEEDED&threadId=T-REDESIGN', { state: 'unreadable' });
    await page.locator(inOverlay('#tact-paste-text')).fill('This is the third time I write!!! I need it by Friday or I will open a chargeback. Scam.');
    await page.locator(inOverlay('.tact-paste button[type="submit"]')).click();
    await waitForOverlay(page, { state: 'ready', language: 'en' });
    await page.locator(inOverlay('[data-chip="urgent"]')).waitFor();
    const order = await page.locator(inOverlay('[data-card]')).evaluateAll((els) => els.map((e) => e.getAttribute('data-card')));
    expect(order.indexOf('playbook')).toBeLessThan(order.indexOf('templates'));
    expect(await page.locator(inOverlay('[data-tone-why]')).textContent()).toMatch(/chargeback/);
    await page.close();
  });
});

describe('wording notes', () => {
  it('are chosen by country: a US buyer gets the US notes, none for the Gulf, Australia or Canada', async () => {
    const { page } = await open(US_THREAD, { state: 'ready', country: 'US' });
    const ids = await page.locator(inOverlay('[data-card="vocabulary"] [data-entry-id]')).evaluateAll((els) => els.map((e) => e.getAttribute('data-entry-id') ?? ''));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !id.startsWith('vocab.us.') && !/^vocab\.en\./.test(id))).toEqual([]);
    await page.close();
  });
});

describe('buyer local time', () => {
  it('shows the US range (Eastern to Pacific) when nothing places the buyer, not Eastern time alone', async () => {
    const { page } = await open(US_THREAD, { state: 'ready', country: 'US' });
    const clock = page.locator(inOverlay('.tact-local-time'));
    await expect.poll(() => clock.getAttribute('data-local-time')).toBe('range');
    expect(await clock.textContent()).toMatch(/\d{2}:\d{2} (?:GMT-[45]|E[SD]T).*–.*\d{2}:\d{2} (?:GMT-[78]|P[SD]T)/);
    await page.close();
  });
});

describe('search, compose and templates', () => {
  it('searches the whole knowledge base from the overlay, with typos and in Chinese', async () => {
    const { page } = await open(DE_THREAD);
    const box = page.locator(inOverlay('input[role="searchbox"]'));
    await box.fill('refnd');
    await page.locator(inOverlay('#tact-search-results [role="option"]')).first().waitFor();
    await box.fill('退款');
    await expect.poll(() => page.locator(inOverlay('#tact-search-results [role="option"]')).count()).toBeGreaterThan(0);
    await box.press('Enter');
    await page.locator(inOverlay('#tact-search-results [role="option"][aria-selected="true"] .tact-template, #tact-search-results [role="option"][aria-selected="true"] .tact-result-body')).waitFor();
    await page.close();
  });

  it('edits a template before inserting and combines two snippets into one reply', async () => {
    const { page } = await open(US_THREAD);
    const first = page.locator(inOverlay('.tact-template')).first();
    await first.locator('[data-action="edit"]').click();
    await first.locator('textarea').fill('Hello Jennifer, edited by the agent.');
    await first.locator('[data-action="insert"]').click();
    await expect.poll(() => page.evaluate(() => (document.querySelector('kat-textarea') as unknown as { value: string }).value)).toBe('Hello Jennifer, edited by the agent.');

    await page.locator('kat-textarea textarea').fill('');
    const templates = page.locator(inOverlay('.tact-template'));
    await templates.nth(0).locator('[data-action="add"]').click();
    await templates.nth(1).locator('[data-action="add"]').click();
    const combined = await page.locator(inOverlay('[data-card="compose"] textarea')).inputValue();
    await page.locator(inOverlay('[data-action="insert-compose"]')).click();
    const value = await page.evaluate(() => (document.querySelector('kat-textarea') as unknown as { value: string }).value);
    expect(value).toContain(combined.split('\n\n')[0]);
    expect(combined.split('\n\n').length).toBeGreaterThan(1);
    await page.close();
  });
});

describe('keyboard and position', () => {
  it('declares the shortcuts and acts on them in the active tab (toggle, insert top suggestion)', async () => {
    const { page } = await open(US_THREAD);
    const worker = await session.browser.serviceWorker();
    const commands: { name?: string; shortcut?: string }[] = await worker.evaluate(() =>
      (globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } }).chrome.commands.getAll(),
    );
    expect(commands.map((c) => [c.name, c.shortcut])).toEqual(
      expect.arrayContaining([
        ['toggle-overlay', 'Alt+Shift+K'],
        ['insert-top-suggestion', 'Alt+Shift+Y'],
      ]),
    );
    await page.bringToFront();
    // What chrome.commands.onCommand runs for the shortcut (headless Chrome doesn't deliver accelerators).
    const run = (command: string) => worker.evaluate((c) => (globalThis as unknown as { __tactRunCommand(c: string): Promise<void> }).__tactRunCommand(c), command);
    await run('toggle-overlay');
    await expect.poll(() => page.evaluate(() => (document.querySelector('tact-assist') as HTMLElement).dataset.tactCollapsed)).toBe('true');
    await run('toggle-overlay');
    await expect.poll(() => page.evaluate(() => (document.querySelector('tact-assist') as HTMLElement).dataset.tactCollapsed)).toBe('false');
    await run('insert-top-suggestion');
    await expect.poll(() => page.evaluate(() => (document.querySelector('kat-textarea') as unknown as { value: string }).value)).toContain('Jennifer');
    await page.close();
  });

  it('is keyboard reachable: Tab moves through the chips and buttons', async () => {
    const { page } = await open(US_THREAD);
    await page.locator(inOverlay('select[aria-label="Country"]')).focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (document.querySelector('tact-assist')!.shadowRoot!.activeElement as HTMLElement | null)?.getAttribute('aria-label'));
    expect(focused).toBe('Language');
    await page.close();
  });

  it('remembers a dragged position per site and never lets it cover the reply box', async () => {
    const { page } = await open(US_THREAD);
    const header = page.locator(inOverlay('.tact-header .tact-logo'));
    const box = (await header.boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + 2);
    await page.mouse.down();
    // Over the inbox list at the top left: clear of the thread's reply box at the bottom and of Send.
    await page.mouse.move(40, 70, { steps: 5 });
    await page.mouse.up();
    const moved = await page.evaluate(() => document.querySelector('tact-assist')!.shadowRoot!.querySelector<HTMLElement>('.tact-root')!.getBoundingClientRect().left);
    await page.reload();
    await waitForOverlay(page, { state: 'ready' });
    await expect.poll(() => page.evaluate(() => document.querySelector('tact-assist')!.shadowRoot!.querySelector<HTMLElement>('.tact-root')!.getBoundingClientRect().left)).toBe(moved);
    // Dropped onto the reply box, it goes back to the dock instead.
    const reply = (await page.locator('kat-textarea').boundingBox())!;
    const h = (await header.boundingBox())!;
    await page.mouse.move(h.x + 2, h.y + 2);
    await page.mouse.down();
    await page.mouse.move(reply.x + 10, reply.y - 10, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => page.evaluate(() => document.querySelector('tact-assist')!.shadowRoot!.querySelector<HTMLElement>('.tact-root')!.dataset.position)).toBe('docked');
    await page.close();
  });
});
