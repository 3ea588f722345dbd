/**
 * What was detected, as chips the agent can correct: each chip is a labelled select, so a correction is
 * one keyboard action and re-ranks everything for this conversation.
 */
import type { Detection } from '@/utils/detection/types';
import type { Overrides } from '@/utils/messaging/protocol';
import { INTENT_IDS } from '@/knowledge/intents';
import { countryName, flagOf, intentLabel, languageName, t, type UiLang } from '@/components/i18n';

const LANGUAGES = ['en', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'ru', 'tr', 'ar', 'ja', 'ko', 'zh', 'sv', 'he', 'id', 'th', 'vi', 'uk', 'cs', 'ro', 'el', 'hu'];

interface Props {
  lang: UiLang;
  detection: Detection;
  overrides: Overrides;
  countries: string[];
  onOverride(next: Overrides): void;
}

export function DetectionChips({ lang, detection, overrides, countries, onOverride }: Props) {
  const countryOptions = [...new Set([detection.country, ...detection.countries.map((c) => c.code), ...countries].filter((c): c is string => !!c))];
  const reasons = detection.countries[0]?.reasons.join('; ');
  return (
    <ul className="tact-chips" aria-label={t(lang, 'detected')}>
      <li className={`tact-chip${overrides.country ? ' tact-chip--set' : ''}`} data-chip="country" title={reasons}>
        <span className="tact-chip-field">
          <span aria-hidden="true">{detection.country ? flagOf(detection.country) : '?'}</span>
          <select aria-label={t(lang, 'country')} value={detection.country ?? ''} onChange={(e) => onOverride({ ...overrides, country: e.target.value || undefined })}>
            {!detection.country && <option value="">{t(lang, 'unknown')}</option>}
            {countryOptions.map((c) => (
              <option key={c} value={c}>
                {countryName(lang, c)}
              </option>
            ))}
          </select>
        </span>
      </li>
      <li className={`tact-chip${overrides.language ? ' tact-chip--set' : ''}`} data-chip="language">
        <span className="tact-chip-field">
          <select aria-label={t(lang, 'language')} value={detection.language} onChange={(e) => onOverride({ ...overrides, language: e.target.value })}>
            {detection.language === 'und' && <option value="und">{t(lang, 'unknown')}</option>}
            {[...new Set([detection.language, ...LANGUAGES])].filter((l) => l !== 'und').map((l) => (
              <option key={l} value={l}>
                {languageName(lang, l)}
              </option>
            ))}
          </select>
        </span>
      </li>
      <li className={`tact-chip tact-chip--intent${overrides.intent ? ' tact-chip--set' : ''}`} data-chip="intent">
        <span className="tact-chip-field">
          <select aria-label={t(lang, 'intent')} value={detection.intent} onChange={(e) => onOverride({ ...overrides, intent: e.target.value as Overrides['intent'] })}>
            {INTENT_IDS.map((i) => (
              <option key={i} value={i}>
                {intentLabel(lang, i)}
              </option>
            ))}
          </select>
        </span>
      </li>
      {detection.sentiment !== 'calm' && (
        <li className={`tact-chip tact-chip--${detection.sentiment}`} data-chip="sentiment">
          {t(lang, detection.sentiment)}
        </li>
      )}
      {detection.risk && (
        <li className="tact-chip tact-chip--risk" data-chip="risk">
          {t(lang, 'risk')}
        </li>
      )}
      {(overrides.country || overrides.intent || overrides.language) && (
        <li>
          <button type="button" className="tact-link" onClick={() => onOverride({})}>
            {t(lang, 'resetDetection')}
          </button>
        </li>
      )}
    </ul>
  );
}
