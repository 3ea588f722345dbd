/** The agent's settings: names for placeholders, signature, UI language, where Tact runs, default tone. */
import { useState, type FormEvent } from 'react';
import { DEFAULT_SETTINGS, SETTINGS_LIMITS, saveSettings, type Settings } from '@/utils/settings';
import type { UiLang } from '@/components/i18n';
import { tu } from '@/components/i18n-ui';

interface Props {
  lang: UiLang;
  settings: Settings;
  loaded: boolean;
}

/**
 * The draft follows what is stored (first load, a save, another tab) except the fields the agent is editing:
 * typing before the stored settings arrive loses nothing. Derived during render, React's pattern for state
 * that follows a prop, not in an effect.
 */
export function SettingsForm({ lang, settings }: Props) {
  const [draft, setDraft] = useState<Settings>(settings);
  const [saved, setSaved] = useState(false);
  const [edited, setEdited] = useState<ReadonlySet<keyof Settings>>(new Set());
  const [stored, setStored] = useState(settings);
  if (stored !== settings) {
    setStored(settings);
    setDraft((d) => ({ ...settings, ...Object.fromEntries([...edited].map((k) => [k, d[k]])) }));
  }
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    setSaved(false);
    setEdited((e) => new Set(e).add(key));
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDraft(await saveSettings(draft));
    setEdited(new Set());
    setSaved(true);
  };
  return (
    <section className="tact-section" aria-labelledby="tact-settings-title">
      <h3 id="tact-settings-title">{tu(lang, 'settingsTitle')}</h3>
      <form className="tact-form tact-settings" onSubmit={(e) => void submit(e)}>
        <label htmlFor="tact-agent-name">{tu(lang, 'agentName')}</label>
        <input id="tact-agent-name" maxLength={SETTINGS_LIMITS.agentName} value={draft.agentName} onChange={(e) => set('agentName', e.target.value)} aria-describedby="tact-agent-help" />
        <p id="tact-agent-help" className="tact-help">
          {tu(lang, 'agentNameHelp')}
        </p>
        <label htmlFor="tact-shop-name">{tu(lang, 'shopName')}</label>
        <input id="tact-shop-name" maxLength={SETTINGS_LIMITS.shopName} value={draft.shopName} onChange={(e) => set('shopName', e.target.value)} />
        <label htmlFor="tact-signature">{tu(lang, 'signature')}</label>
        <textarea
          id="tact-signature"
          rows={3}
          maxLength={SETTINGS_LIMITS.signature}
          value={draft.signature}
          onChange={(e) => set('signature', e.target.value)}
          aria-describedby="tact-signature-help"
        />
        <p id="tact-signature-help" className="tact-help">
          {tu(lang, 'signatureHelp')}
        </p>
        <label htmlFor="tact-ui-language">{tu(lang, 'uiLanguage')}</label>
        <select id="tact-ui-language" value={draft.uiLanguage} onChange={(e) => set('uiLanguage', e.target.value as Settings['uiLanguage'])}>
          <option value="auto">{tu(lang, 'uiAuto')}</option>
          <option value="en">English</option>
          <option value="zh">中文</option>
        </select>
        <fieldset className="tact-fieldset">
          <legend>{tu(lang, 'sites')}</legend>
          {(['amazon', 'aliexpress'] as const).map((site) => (
            <label key={site} className="tact-check">
              <input type="checkbox" checked={draft.sites[site]} onChange={(e) => set('sites', { ...draft.sites, [site]: e.target.checked })} />
              {tu(lang, site === 'amazon' ? 'siteAmazon' : 'siteAliexpress')}
            </label>
          ))}
          <p className="tact-help">{tu(lang, 'sitesHelp')}</p>
        </fieldset>
        <label htmlFor="tact-tone">{tu(lang, 'defaultTone')}</label>
        <select id="tact-tone" value={draft.defaultTone} onChange={(e) => set('defaultTone', e.target.value as Settings['defaultTone'])}>
          <option value="formal">{tu(lang, 'toneFormal')}</option>
          <option value="neutral">{tu(lang, 'toneNeutral')}</option>
          <option value="warm">{tu(lang, 'toneWarm')}</option>
        </select>
        <div className="tact-row">
          <button type="submit" className="tact-primary">
            {tu(lang, 'save')}
          </button>
          <button type="button" onClick={() => (setDraft(DEFAULT_SETTINGS), setSaved(false))}>
            {tu(lang, 'resetDefaults')}
          </button>
          <span role="status" aria-live="polite" className="tact-ok-text">
            {saved ? tu(lang, 'saved') : ''}
          </span>
        </div>
      </form>
    </section>
  );
}
