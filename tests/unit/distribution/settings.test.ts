import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, normalizeSettings, resolveUiLanguage, saveSettings, SETTINGS_VERSION, settingsItem, settingsPlaceholders } from '@/utils/settings';
import v1Fixture from '@/tests/fixtures/packs-distribution/settings/v1.json';

beforeEach(() => fakeBrowser.reset());

describe('settings storage', () => {
  it('is at version 1, whose stored fixture loads unchanged', async () => {
    expect(SETTINGS_VERSION).toBe(1);
    // WXT keeps the item's version in "<key>$" metadata: this is exactly what a v1 build wrote.
    await fakeBrowser.storage.local.set(v1Fixture);
    expect(await loadSettings()).toEqual(v1Fixture.settings);
  });

  it('falls back to the defaults and fills what a partial or hand-edited value lacks', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ settings: { agentName: 'Mia', sites: { amazon: false }, uiLanguage: 'fr', defaultTone: 42 } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, agentName: 'Mia', sites: { amazon: false, aliexpress: true } });
  });

  it('saves a clean copy (lengths capped, unknown fields dropped)', async () => {
    const saved = await saveSettings({ ...DEFAULT_SETTINGS, agentName: 'x'.repeat(500), extra: 'nope' } as never);
    expect(saved.agentName).toHaveLength(80);
    expect(await settingsItem.getValue()).not.toHaveProperty('extra');
  });

  it('normalises anything to a complete Settings', () => {
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('resolves the UI language: override first, else the browser', () => {
    expect(resolveUiLanguage({ uiLanguage: 'auto' }, 'zh-CN')).toBe('zh');
    expect(resolveUiLanguage({ uiLanguage: 'auto' }, 'de-DE')).toBe('en');
    expect(resolveUiLanguage({ uiLanguage: 'en' }, 'zh-TW')).toBe('en');
    expect(resolveUiLanguage({ uiLanguage: 'zh' }, undefined)).toBe('zh');
  });

  it('gives the placeholders settings own', () => {
    expect(settingsPlaceholders({ agentName: ' Mia Chen ', shopName: 'Lumen Leuchten' })).toEqual({ agent_name: 'Mia Chen', shop_name: 'Lumen Leuchten' });
  });
});
