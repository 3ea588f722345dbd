/**
 * Every adapter on every fixture variant in real Chromium: Tact reads the conversation (country, language,
 * the buyer's name in the filled templates) or falls back clearly to no-conversation with the paste box,
 * and never throws into the page. Then the behaviours a variant exists for: switching conversations
 * without a page load, a thread inside an iframe, messages arriving in two batches, Insert into each box.
 */
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { useTactBrowser } from './support/session';
import { collectPageErrors, HOST, inOverlay, overlayHooks, waitForOverlay } from '@/scripts/lib/browser/overlay';
import { FIXTURE_VARIANTS, type FixtureVariant } from '@/tests/fixtures/sites/manifest';

const session = useTactBrowser();
const open = session.open;

const templateTexts = (page: Page) => page.locator(inOverlay('.tact-template-text')).allTextContents();
const fixtureLog = (target: Page | Frame) => target.evaluate(() => (window as unknown as { __fixtureLog: { source: string; value: string }[] }).__fixtureLog);

/** Waits until a filled template names the buyer: the conversation was read, not just the page. */
async function waitForBuyer(page: Page, name: string) {
  await page.waitForFunction(
    ({ tag, name }) => [...(document.querySelector(tag)?.shadowRoot?.querySelectorAll('.tact-template-text') ?? [])].some((e) => e.textContent?.includes(name)),
    { tag: HOST, name },
    { timeout: 15000 },
  );
}

async function expectVariant(page: Page, v: FixtureVariant) {
  const hooks = await waitForOverlay(page, { state: v.expect.state });
  if (v.expect.state === 'no-conversation') {
    await expect(page.locator(inOverlay('#tact-paste-text')).isVisible()).resolves.toBe(true);
    // Still nothing a second later: the fallback is the settled state, not a flash before an error.
    await page.waitForTimeout(1000);
    expect((await overlayHooks(page)).state).toBe('no-conversation');
    return;
  }
  const expected = { ...(v.expect.country && { country: v.expect.country }), ...(v.expect.language && { language: v.expect.language }) };
  expect(hooks).toMatchObject(expected);
  if (v.expect.buyerName) await waitForBuyer(page, v.expect.buyerName);
  // The site rule read the page (not the generic reader): the overlay's host says so.
  await page.waitForFunction((tag) => (document.querySelector(tag) as HTMLElement | null)?.dataset.tactSource === 'site-rule', HOST, { timeout: 5000 });
}

describe('every adapter on every fixture variant', () => {
  it.each(FIXTURE_VARIANTS.map((v) => [`${v.adapter}: ${v.variant}`, v] as const))('%s', async (_name, v) => {
    const { page, errors } = await open(v.url);
    await expectVariant(page, v);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Amazon: the messaging app inside a same-origin iframe in a shadow root', () => {
  it('reads the framed thread, follows a thread switch inside the frame and inserts into its kat-textarea', async () => {
    const { page, errors } = await open('https://sellercentral.amazon.co.uk/messaging/inbox?fx=frame');
    expect(await waitForOverlay(page, { state: 'ready' })).toMatchObject({ country: 'GB', language: 'en' });
    await waitForBuyer(page, 'Oliver Bennett');
    const frame = page.frameLocator('#messaging-frame');

    // The frame navigates by pushState inside itself: the top URL never changes.
    const topUrl = page.url();
    await frame.locator('.inbox-thread-row[data-thread-id="T-UK-2"]').click();
    await waitForBuyer(page, 'Priya Shah');
    expect(page.url()).toBe(topUrl);
    expect((await overlayHooks(page)).country).toBe('GB');

    // The panel stays off the framed reply box and Send (their rects are in the frame's coordinates).
    await page.waitForTimeout(200);
    const overlap = await page.evaluate(() => {
      const panel = document.querySelector('tact-assist')!.shadowRoot!.querySelector('.tact-panel')!.getBoundingClientRect();
      // The frame sits in the shell's open shadow root.
      const frame = document.querySelector('#sc-content')!.shadowRoot!.querySelector('#messaging-frame') as HTMLIFrameElement;
      const offset = frame.getBoundingClientRect();
      return ['kat-textarea', 'kat-button'].map((s) => {
        const r = frame.contentDocument!.querySelector(s)!.getBoundingClientRect();
        const [left, right, top, bottom] = [r.left + offset.left, r.right + offset.left, r.top + offset.top, r.bottom + offset.top];
        return panel.left < right && left < panel.right && panel.top < bottom && top < panel.bottom;
      });
    });
    expect(overlap).toEqual([false, false]);

    await page.locator(inOverlay('.tact-template [data-action="insert"]')).first().click();
    const inner = page.frame({ url: /threadId=T-UK/ })!;
    const log = await fixtureLog(inner);
    expect(log.map((e) => e.source)).toEqual(expect.arrayContaining(['input', 'change']));
    expect(log.at(-1)!.value).toContain('Priya Shah');
    expect(log.at(-1)!.value).toContain('203-9045127-6618843');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('switching conversations without a page load', () => {
  it('Amazon (top document): a click on another thread swaps the pane and pushes the URL', async () => {
    const { page, errors } = await open('https://sellercentral.amazon.co.uk/messaging/inbox?fi=ACTION_NEEDED&threadId=T-UK-1');
    await waitForOverlay(page, { state: 'ready', country: 'GB' });
    await waitForBuyer(page, 'Oliver Bennett');
    await page.click('.inbox-thread-row[data-thread-id="T-UK-2"]');
    await waitForBuyer(page, 'Priya Shah');
    expect(page.url()).toContain('threadId=T-UK-2');
    expect(await templateTexts(page)).not.toEqual(expect.arrayContaining([expect.stringContaining('Oliver Bennett')]));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('seller chat with renamed hashes: hash routing to another session', async () => {
    const { page, errors } = await open('https://gsp.aliexpress.com/m_apps/im-chat/im?fx=rehash#/window?sessionId=2200871234567001');
    await waitForOverlay(page, { state: 'ready', country: 'BR' });
    await page.click('[data-id="2200871234567003"]');
    expect(await waitForOverlay(page, { state: 'ready', country: 'FR' })).toMatchObject({ language: 'fr' });
    await waitForBuyer(page, 'Julien Martin');
    await page.click('[data-id="2200871234567002"]');
    expect(await waitForOverlay(page, { state: 'ready', country: 'ES' })).toMatchObject({ language: 'es' });
    await waitForBuyer(page, 'Carmen López');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Amazon: hashed classes, wrappers and the Japanese marketplace take Insert too', () => {
  it.each([
    ['https://sellercentral.amazon.fr/messaging/inbox?fi=ACTION_NEEDED&threadId=T-FR-1', 'Camille Lefèvre'],
    ['https://sellercentral.amazon.es/messaging/inbox?fi=ACTION_NEEDED&threadId=T-ES-1', 'Javier Ruiz Ortega'],
    ['https://sellercentral.amazon.it/messaging/inbox?fi=ACTION_NEEDED&threadId=T-IT-1', 'Giulia Romano'],
    ['https://sellercentral.amazon.co.jp/messaging/inbox-v3?fi=ACTION_NEEDED&threadId=T-JP-1', '佐藤 美咲'],
    ['https://sellercentral.amazon.com/messaging/contact/returns?orderID=112-9988776-5544332&marketplaceID=ATVPDKIKX0DER', 'Michael Brown'],
  ])('%s', async (url, buyer) => {
    const { page, errors } = await open(url);
    await waitForOverlay(page, { state: 'ready' });
    await waitForBuyer(page, buyer);
    await page.locator(inOverlay('.tact-template [data-action="insert"]')).first().click();
    const log = await fixtureLog(page);
    expect(log.at(-1)?.value).toContain(buyer);
    await expect(page.evaluate(() => document.querySelector('kat-button')!.hasAttribute('disabled'))).resolves.toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('AliExpress seller chat: messages in two batches', () => {
  it('suggests again once the second batch brings the newest buyer message', async () => {
    const page = await session.browser.context.newPage();
    const errors = collectPageErrors(page);
    // Timeline of the overlay's suggestion rounds, kept by the page itself (main world).
    await page.addInitScript(() => {
      const rounds: number[] = ((window as unknown as { __tactRounds: number[] }).__tactRounds = []);
      new MutationObserver((records) => {
        for (const r of records) if (r.oldValue === 'true' && (r.target as HTMLElement).dataset.tactLoading === 'false') rounds.push(performance.now());
      }).observe(document, { subtree: true, attributes: true, attributeOldValue: true, attributeFilter: ['data-tact-loading'] });
    });
    await page.goto('https://gsp.aliexpress.com/m_apps/im-chat/im?fx=batches&batch2=2500#/window?sessionId=2200871234567003');
    await page.waitForFunction(() => ((window as unknown as { __fixtureBatches?: unknown[] }).__fixtureBatches ?? []).length === 2, undefined, { timeout: 10000 });
    const batch2At = await page.evaluate(() => (window as unknown as { __fixtureBatches: { batch: number; at: number }[] }).__fixtureBatches[1].at);
    await page.waitForFunction((t) => (window as unknown as { __tactRounds: number[] }).__tactRounds.some((at) => at > t), batch2At, { timeout: 10000 });
    // One round for the history, another for the newer message.
    expect((await page.evaluate(() => (window as unknown as { __tactRounds: number[] }).__tactRounds)).length).toBeGreaterThanOrEqual(2);
    expect(await waitForOverlay(page, { state: 'ready' })).toMatchObject({ country: 'FR', language: 'fr' });
    await waitForBuyer(page, 'Julien Martin');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('AliExpress legacy message list', () => {
  it('follows an AJAX switch to another buyer (no URL change) and inserts into its textarea', async () => {
    const { page, errors } = await open('https://msg.aliexpress.com/sellerMsgListNew.htm');
    expect(await waitForOverlay(page, { state: 'ready', country: 'RU' })).toMatchObject({ language: 'ru' });
    await page.click('#J-msg-list [data-channel-id="300112233446"]');
    expect(await waitForOverlay(page, { state: 'ready', country: 'PL' })).toMatchObject({ language: 'pl' });
    await waitForBuyer(page, 'Katarzyna Nowak');
    expect(new URL(page.url()).search).toBe('');

    await page.locator(inOverlay('.tact-template [data-action="insert"]')).first().click();
    const log = await fixtureLog(page);
    expect(log.at(-1)?.source).toBe('input');
    expect(log.at(-1)?.value).toContain('Katarzyna Nowak');
    expect(await page.inputValue('#J-reply-content')).toBe(log.at(-1)?.value);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('AliExpress message center', () => {
  it('follows a pushState switch to another session and inserts into the React-controlled textarea', async () => {
    const { page, errors } = await open('https://message.aliexpress.com/?sessionId=mc-5521907731');
    expect(await waitForOverlay(page, { state: 'ready', country: 'KR' })).toMatchObject({ language: 'ko' });
    await waitForBuyer(page, '김민준');
    await page.click('[data-session-id="mc-5521907732"]');
    expect(await waitForOverlay(page, { state: 'ready', country: 'BE' })).toMatchObject({ language: 'nl' });
    await waitForBuyer(page, 'Lotte Peeters');

    await page.locator(inOverlay('.tact-template [data-action="insert"]')).first().click();
    const log = await fixtureLog(page);
    expect(log.at(-1)?.source).toBe('onChange');
    expect(log.at(-1)?.value).toContain('Lotte Peeters');
    expect(await page.getAttribute('#buyer_msg_send_btn', 'class')).toBe('im-button im-button--mod-primary icon-plane');
    expect(errors).toEqual([]);
    await page.close();
  });
});
