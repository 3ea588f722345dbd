/** Agent settings (WXT storage, versioned: each format change adds a migration and a test fixture). */
import { storage } from 'wxt/utils/storage';

export interface Settings {
  agentName: string;
  shopName: string;
  /** Appended by the agent when they want it; never auto-inserted. */
  signature: string;
  /** 'auto' follows the browser language (zh-* → Chinese, anything else → English). */
  uiLanguage: 'auto' | 'en' | 'zh';
  sites: { amazon: boolean; aliexpress: boolean };
  defaultTone: 'formal' | 'neutral' | 'warm';
}

export const DEFAULT_SETTINGS: Settings = {
  agentName: '',
  shopName: '',
  signature: '',
  uiLanguage: 'auto',
  sites: { amazon: true, aliexpress: true },
  defaultTone: 'formal',
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  return { ...DEFAULT_SETTINGS, ...stored, sites: { ...DEFAULT_SETTINGS.sites, ...stored?.sites } };
}
