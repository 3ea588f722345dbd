/**
 * The side panel: registered with Chrome's side panel API, and a full knowledge browser by country, intent
 * and kind drawn with the overlay's cards; a pack imported in options shows up without reopening it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchTact, type TactBrowser } from '@/scripts/lib/browser/launch';
import { snap, writeTeamPackFiles, type TeamPackFiles } from './support/pack-server';

let tact: TactBrowser;
let panel: Page;
let files: TeamPackFiles;

beforeAll(async () => {
  files = await writeTeamPackFiles();
  tact = await launchTact();
  panel = await tact.context.newPage();
  await panel.setViewportSize({ width: 400, height: 860 });
  await panel.goto(`chrome-extension://${tact.extensionId}/sidepanel.html`);
  await panel.getByRole('tab', { name: 'Countries' }).waitFor({ timeout: 20000 });
});
afterAll(async () => {
  await tact?.close();
});

describe('side panel', () => {
  it('is the extension side panel', async () => {
    type Chrome = { sidePanel: { getOptions(o: object): Promise<{ path?: string; enabled?: boolean }> } };
    const options = await (await tact.serviceWorker()).evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.sidePanel.getOptions({}));
    expect(options).toMatchObject({ path: 'sidepanel.html', enabled: true });
  });

  it('browses by country: profile, tips and the entries for that country', async () => {
    await panel.locator('.tact-group[data-group="DE"]').click();
    await panel
      .getByRole('heading', { name: /Germany/ })
      .first()
      .waitFor();
    expect(await panel.locator('[data-card="country"]').count()).toBe(1);
    await panel.getByRole('heading', { name: 'Holidays and peak seasons' }).waitFor();
    await snap(panel, 'sidepanel-country', { dark: true });
    const tips = panel.locator('.tact-entry-index li');
    expect(await tips.count()).toBeGreaterThan(2);
    await tips.first().getByRole('button').click();
    await panel.locator('article.tact-detail').waitFor();
    await panel.getByRole('button', { name: '← Back' }).click();
    await panel.getByRole('button', { name: '← Back' }).click();
  });

  it('browses by intent: playbooks and templates open with the overlay components', async () => {
    await panel.getByRole('tab', { name: 'Intents' }).click();
    await panel.locator('.tact-group[data-group="damaged_item"]').click();
    const template = panel.locator('.tact-entry-index li[data-entry-id^="tpl.damaged_item.amazon."]').first();
    await template.getByRole('button').click();
    const detail = panel.locator('article.tact-detail');
    await detail.locator('.tact-template').waitFor();
    await detail.getByRole('button', { name: 'German' }).click();
    expect(await detail.locator('.tact-template').getAttribute('data-language')).toBe('de');
    await panel.getByRole('button', { name: '← Back' }).click();
    const playbook = panel.locator('.tact-entry-index li', { has: panel.locator('.tact-kind--playbook') }).first();
    await playbook.getByRole('button').click();
    await panel.locator('article.tact-detail [data-card="playbook"]').waitFor();
  });

  it('browses by kind and picks up a pack imported meanwhile', async () => {
    await panel.getByRole('tab', { name: 'Kinds' }).click();
    const templates = panel.locator('.tact-group[data-group="template"] .tact-count-pill');
    const before = Number(await templates.textContent());
    const options = await tact.context.newPage();
    await options.goto(`chrome-extension://${tact.extensionId}/options.html`);
    await options.locator('input[type="file"]').setInputFiles(files.v2);
    await options.locator('tr[data-pack-id="lumen-team"]').waitFor();
    await options.close();
    await expect.poll(async () => Number(await templates.textContent()), { timeout: 10000 }).toBe(before + 2);
    await panel.locator('.tact-group[data-group="template"]').click();
    await panel.locator('.tact-entry-index li[data-entry-id="team.lumen.quality_defect.any.flicker-dimmer"]').waitFor();
  });
});
