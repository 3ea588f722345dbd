/** Agent settings (WXT storage, versioned: each format change adds a migration and a test fixture). */
import { storage } from 'wxt/utils/storage';

/** The agent UI's two languages (the string tables live in components/i18n*.ts). */
export type UiLang = 'en' | 'zh';

export interface Settings {
  agentName: string;
  shopName: string;
  /** Appended by the agent when they want it; never auto-inserted. */
  signature: string;
  /** 'auto' follows the browser language (zh-* → Chinese, anything else → English). */
  uiLanguage: 'auto' | UiLang;
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

/** Current storage format. v1 is the first released one; a v2 would add `migrations: { 2: (v1) => … }`. */
export const SETTINGS_VERSION = 1;

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
});

const LIMITS = { agentName: 80, shopName: 120, signature: 500 } as const;
const pick = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);
const text = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');

/** Whatever is stored (partial, hand-edited, from an older build), a complete and well-typed Settings. */
export function normalizeSettings(stored: unknown): Settings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Partial<Record<keyof Settings, unknown>>;
  const sites = (s.sites && typeof s.sites === 'object' ? s.sites : {}) as Partial<Record<keyof Settings['sites'], unknown>>;
  return {
    agentName: text(s.agentName, LIMITS.agentName),
    shopName: text(s.shopName, LIMITS.shopName),
    signature: text(s.signature, LIMITS.signature),
    uiLanguage: pick(s.uiLanguage, ['auto', 'en', 'zh'] as const, DEFAULT_SETTINGS.uiLanguage),
    sites: {
      amazon: typeof sites.amazon === 'boolean' ? sites.amazon : DEFAULT_SETTINGS.sites.amazon,
      aliexpress: typeof sites.aliexpress === 'boolean' ? sites.aliexpress : DEFAULT_SETTINGS.sites.aliexpress,
    },
    defaultTone: pick(s.defaultTone, ['formal', 'neutral', 'warm'] as const, DEFAULT_SETTINGS.defaultTone),
  };
}

export const SETTINGS_LIMITS = LIMITS;

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function saveSettings(next: Settings): Promise<Settings> {
  const clean = normalizeSettings(next);
  await settingsItem.setValue(clean);
  return clean;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(normalizeSettings(value)));
}

/** The UI language a page should use: the agent's override, else the browser's. */
export function resolveUiLanguage(settings: Pick<Settings, 'uiLanguage'>, navigatorLanguage: string | undefined): UiLang {
  if (settings.uiLanguage !== 'auto') return settings.uiLanguage;
  return navigatorLanguage?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Placeholder values that come from settings rather than the page. */
export function settingsPlaceholders(settings: Pick<Settings, 'agentName' | 'shopName'>): Record<string, string> {
  return { agent_name: settings.agentName.trim(), shop_name: settings.shopName.trim() };
}
