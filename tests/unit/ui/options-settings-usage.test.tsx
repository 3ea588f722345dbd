import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/options-app';
import { createPackAdmin } from '@/knowledge/pack-admin';
import { DEFAULT_SETTINGS, loadSettings, settingsItem } from '@/utils/settings';
import { usageItem, type UsageEvent } from '@/utils/usage';
import { fakeClient, freshDb, miniPack } from './helpers';

vi.setConfig({ testTimeout: 20_000 });
beforeEach(() => fakeBrowser.reset());

const deps = () => {
  const db = freshDb();
  return { db, client: fakeClient([miniPack()]).client, admin: createPackAdmin({ db: () => db }), permissions: { request: vi.fn(), remove: vi.fn() } };
};

describe('options: settings', () => {
  it('edits and saves every setting; the page switches to the chosen UI language', async () => {
    const user = userEvent.setup();
    render(<OptionsApp deps={deps()} initialTab="settings" />);
    await user.type(screen.getByLabelText('Your name (in replies)'), 'Mia Chen');
    await user.type(screen.getByLabelText('Shop name'), 'Lumen Leuchten');
    await user.type(screen.getByLabelText('Signature'), 'Mia, Lumen customer service');
    await user.click(screen.getByLabelText('AliExpress seller chat'));
    await user.selectOptions(screen.getByLabelText('Default tone'), 'warm');
    await user.selectOptions(screen.getByLabelText('Interface language'), 'zh');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(await loadSettings()).toEqual({
        agentName: 'Mia Chen',
        shopName: 'Lumen Leuchten',
        signature: 'Mia, Lumen customer service',
        uiLanguage: 'zh',
        sites: { amazon: true, aliexpress: false },
        defaultTone: 'warm',
      }),
    );
    expect(await screen.findByRole('button', { name: '保存' })).toBeTruthy();
    expect(screen.getByText('已保存')).toBeTruthy();
  });

  it('shows what is stored when it opens', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, agentName: 'Li Wei', defaultTone: 'neutral' });
    render(<OptionsApp deps={deps()} initialTab="settings" />);
    await waitFor(() => expect((screen.getByLabelText('Your name (in replies)') as HTMLInputElement).value).toBe('Li Wei'));
    expect((screen.getByLabelText('Default tone') as HTMLSelectElement).value).toBe('neutral');
  });
});

describe('options: usage', () => {
  const now = Date.UTC(2026, 10, 23, 12);
  const ev = (over: Partial<UsageEvent>): UsageEvent => ({
    at: now - 3600_000,
    templateId: 'tpl.damaged_item.amazon.photos',
    packId: 'tact-core',
    intent: 'damaged_item',
    country: 'DE',
    marketplace: 'amazon',
    language: 'de',
    action: 'insert',
    surface: 'overlay',
    ...over,
  });

  it('summarises the period and exports CSV and JSON of exactly those events', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(now);
    await usageItem.setValue([
      ev({}),
      ev({ templateId: 'tpl.shipping_status.aliexpress.tracking', intent: 'shipping_status', country: 'ES', marketplace: 'aliexpress', language: 'es' }),
      ev({ at: now - 40 * 86_400_000, templateId: 'tpl.old' }),
    ]);
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:usage'));
    URL.revokeObjectURL = vi.fn();
    const user = userEvent.setup();
    render(<OptionsApp deps={deps()} initialTab="usage" />);
    expect(await screen.findByText('2 templates used')).toBeTruthy();
    const byIntent = screen.getByRole('table', { name: 'Intents' });
    expect(within(byIntent).getByRole('row', { name: 'Damaged item 1' })).toBeTruthy();
    expect(within(screen.getByRole('table', { name: 'Countries' })).getByRole('row', { name: 'Spain 1' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const csv = await blobs[0].text();
    expect(csv.trim().split('\r\n')).toHaveLength(3);
    expect(csv).not.toContain('tpl.old');
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(JSON.parse(await blobs[1].text()).events).toHaveLength(2);

    await user.selectOptions(screen.getByLabelText('Period'), '0');
    expect(await screen.findByText('3 templates used')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear log' }));
    await user.click(screen.getByRole('button', { name: 'Really clear' }));
    expect(await screen.findByText('0 templates used')).toBeTruthy();
    vi.restoreAllMocks();
  });
});
