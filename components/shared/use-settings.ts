/** Settings (and the UI language they imply) for a React page, kept live when another page changes them. */
import { useEffect, useState } from 'react';
import { DEFAULT_SETTINGS, loadSettings, resolveUiLanguage, watchSettings, type Settings } from '@/utils/settings';
import type { UiLang } from '@/components/i18n';

export interface SettingsState {
  settings: Settings;
  lang: UiLang;
  loaded: boolean;
}

export function useSettings(initial?: Settings): SettingsState {
  const [settings, setSettings] = useState<Settings>(initial ?? DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(Boolean(initial));
  useEffect(() => {
    let live = true;
    void loadSettings().then((s) => {
      if (!live) return;
      setSettings(s);
      setLoaded(true);
    });
    const stop = watchSettings((s) => live && setSettings(s));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return { settings, lang: resolveUiLanguage(settings, typeof navigator === 'undefined' ? undefined : navigator.language), loaded };
}
