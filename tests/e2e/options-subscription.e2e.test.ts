/**
 * A subscription served by a local https server (ETag, 304), pinned to the team's key: first install,
 * "not modified", an update that shows What's new (options and popup, entries openable), and a tampered
 * update refused with the installed version kept and the reason shown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TactBrowser } from '@/scripts/lib/browser/launch';
import { launchTactWithPacks, snap, startPackServer, writeTeamPackFiles, type PackServer, type TeamPackFiles } from './support/pack-server';

let tact: TactBrowser;
let packs: PackServer;
let files: TeamPackFiles;
let options: Page;
const PATH = '/cs/lumen-team.signed.json';
const sub = () => options.locator(`tr[data-url="${packs.url(PATH)}"]`);
const packRow = () => options.locator('tr[data-pack-id="lumen-team"]');

beforeAll(async () => {
  files = await writeTeamPackFiles();
  packs = await startPackServer();
  tact = await launchTactWithPacks(packs);
  options = await tact.context.newPage();
  await options.goto(`chrome-extension://${tact.extensionId}/options.html#subscriptions`);
});
afterAll(async () => {
  await tact?.close();
  await packs?.close();
});

async function checkNow() {
  const before = packs.requests.length;
  await sub().getByRole('button', { name: 'Check now' }).click();
  await expect.poll(() => packs.requests.length).toBe(before + 1);
  await sub().getByRole('button', { name: 'Check now' }).waitFor();
}

describe('subscriptions', () => {
  it('subscribes with the team key: permission, first install, verified signature', async () => {
    packs.serve(PATH, files.text(files.v1Signed), '"lumen-1.0.0"');
    await options.getByLabel('Pack URL (https)').fill(packs.url(PATH));
    await options.getByLabel("Team's public key (recommended)").fill(files.publicKey);
    await options.getByRole('button', { name: 'Subscribe', exact: true }).click();
    // Permission, fetch, signature check, install and the search index rebuilt in the worker: seconds on a busy machine.
    await expect.poll(() => sub().getAttribute('data-status'), { timeout: 15_000 }).toBe('updated');
    expect(await sub().textContent()).toContain(files.keyId);
    expect(await sub().locator('.tact-sub-message').textContent()).toBe('installed 1.0.0: 3 added, 0 changed, 0 removed');

    await options.getByRole('tab', { name: 'Packs' }).click();
    expect(await packRow().locator('[data-col="version"]').textContent()).toBe('1.0.0');
    expect(await packRow().locator('[data-col="signature"]').getAttribute('data-signature')).toBe('verified');
    await options.getByRole('tab', { name: 'Subscriptions' }).click();
  });

  it('asks with If-None-Match and keeps everything on 304', async () => {
    await checkNow();
    expect(packs.requests.at(-1)).toEqual({ path: PATH, ifNoneMatch: '"lumen-1.0.0"', status: 304 });
    await expect.poll(() => sub().getAttribute('data-status')).toBe('unchanged');
  });

  it('updates to the new version and shows what is new, in options and in the popup', async () => {
    packs.serve(PATH, files.text(files.v2Signed), '"lumen-1.1.0"');
    await checkNow();
    await expect.poll(() => sub().locator('.tact-sub-message').textContent()).toBe('updated to 1.1.0: 1 added, 1 changed, 1 removed');

    await options.getByRole('tab', { name: /What's new/ }).click();
    const change = options.locator('.tact-change[data-to-version="1.1.0"]');
    await change.waitFor();
    const counts = change.locator('.tact-counts');
    expect([await counts.getAttribute('data-added'), await counts.getAttribute('data-changed'), await counts.getAttribute('data-removed')]).toEqual(['1', '1', '1']);
    expect(await change.textContent()).toContain('Replacement shades now ship within 24 hours');
    await snap(options, 'options-whats-new');

    const popup = await tact.context.newPage();
    await popup.goto(`chrome-extension://${tact.extensionId}/popup.html`);
    const tab = popup.getByRole('tab', { name: /What's new/ });
    await tab.click();
    const added = popup.locator('.tact-change[data-to-version="1.1.0"] .tact-change-list--added [data-entry-id="team.lumen.quality_defect.any.flicker-dimmer"] button');
    await added.click();
    const detail = popup.locator('article.tact-detail[data-entry-id="team.lumen.quality_defect.any.flicker-dimmer"]');
    await detail.waitFor();
    expect(await detail.locator('.tact-template-text').first().textContent()).toContain('This model is not dimmable');
    await popup.close();
    await options.getByRole('tab', { name: 'Subscriptions' }).click();
  });

  it('refuses a tampered update, keeps the installed version and shows why', async () => {
    packs.serve(PATH, files.text(files.v2Tampered).replace('"version": "1.1.0"', '"version": "1.2.0"'), '"lumen-1.2.0-evil"');
    await checkNow();
    await expect.poll(() => sub().getAttribute('data-status')).toBe('failed');
    const message = await sub().locator('.tact-sub-message').textContent();
    expect(message).toContain('refused, the signature does not verify');
    expect(message).toContain('(the installed version was kept)');
    await snap(options, 'options-subscriptions');
    await options.getByRole('tab', { name: 'Packs' }).click();
    expect(await packRow().locator('[data-col="version"]').textContent()).toBe('1.1.0');
  });
});
