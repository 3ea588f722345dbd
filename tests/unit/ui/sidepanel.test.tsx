import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanelApp } from '@/components/browser/sidepanel-app';
import { installPack } from '@/knowledge/install';
import { DEFAULT_SETTINGS, settingsItem } from '@/utils/settings';
import { loadUsage } from '@/utils/usage';
import { fakeClient, freshDb, miniPack, teamPack } from './helpers';

vi.setConfig({ testTimeout: 20_000 });

beforeEach(async () => {
  fakeBrowser.reset();
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, agentName: 'Mia Chen', uiLanguage: 'en' });
});

async function setup() {
  const db = freshDb();
  await installPack(db, miniPack(), { source: 'bundled' });
  await installPack(db, teamPack('v1'), { source: 'file' });
  const { client } = fakeClient([miniPack(), teamPack('v1')]);
  const user = userEvent.setup();
  const writeText = vi.fn(async (_text: string) => undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  render(<SidePanelApp client={client} db={db} />);
  await screen.findByRole('tab', { name: 'Countries' });
  return { db, user, writeText };
}

describe('side panel knowledge browser', () => {
  it('browses by country: the overlay country card, the full profile, and every entry for the country', async () => {
    const { user } = await setup();
    await user.click(await screen.findByRole('button', { name: /Germany/ }));
    expect(within(document.querySelector('[data-card="country"]') as HTMLElement).getByRole('heading', { name: /Germany/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Holidays and peak seasons' })).toBeTruthy();
    expect(screen.getByText('Christmas')).toBeTruthy();
    const tip = screen.getByRole('button', { name: /Call it the statutory warranty/ });
    await user.click(tip);
    const detail = screen.getByRole('article');
    expect(within(detail).getByText(/§ 477 BGB/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /Back/ }));
    expect(screen.getByRole('heading', { name: 'Holidays and peak seasons' })).toBeTruthy();
  });

  it('browses by intent and copies a template in the chosen language, logging usage for the side panel', async () => {
    const { user, writeText } = await setup();
    await user.click(screen.getByRole('tab', { name: 'Intents' }));
    await user.click(screen.getByRole('button', { name: /Damaged item/ }));
    await user.click(screen.getByRole('button', { name: /Broken glass shade/ }));
    await user.click(screen.getByRole('button', { name: 'German' }));
    const item = document.querySelector('.tact-template') as HTMLElement;
    expect(item.dataset.language).toBe('de');
    await user.click(within(item).getByRole('button', { name: 'Copy reply' }));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    expect(writeText.mock.calls[0][0]).toContain('Mia Chen');
    expect((await loadUsage())[0]).toMatchObject({ templateId: 'team.lumen.damaged_item.amazon.glass-shade', language: 'de', surface: 'sidepanel', country: null });
  });

  it('counts entries by kind and picks up a pack installed meanwhile', async () => {
    const { user, db } = await setup();
    await user.click(screen.getByRole('tab', { name: 'Kinds' }));
    const templates = () => Number(within(screen.getByRole('button', { name: /^Template/ })).getByText(/^\d+$/).textContent);
    const before = templates();
    await installPack(db, teamPack('v2'), { source: 'file' });
    await waitFor(() => expect(templates()).toBe(before + 1));
  });

  it('moves between tabs with the arrow keys', async () => {
    const { user } = await setup();
    screen.getByRole('tab', { name: 'Countries' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Intents' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Intents' }));
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Search' }).getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByRole('searchbox')).toBeTruthy();
  });
});
