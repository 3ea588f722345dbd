/**
 * What was detected, as chips the agent can correct: each chip is a labelled select, so a correction is
 * one keyboard action and re-ranks everything for this conversation.
 */
import type { ReactNode } from 'react';
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

type Options = ReadonlyArray<readonly [value: string, label: string]>;

interface ChipProps {
  field: string;
  label: string;
  /** The agent chose this value (an override). */
  set: boolean;
  value: string;
  options: Options;
  onChange(value: string): void;
  before?: ReactNode;
  title?: string;
  extraClass?: string;
}

/** One detected value as a labelled select. */
function SelectChip({ field, label, set, value, options, onChange, before, title, extraClass = '' }: ChipProps) {
  return (
    <li className={`tact-chip${extraClass}${set ? ' tact-chip--set' : ''}`} data-chip={field} title={title}>
      <span className="tact-chip-field">
        {before}
        <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
          {options.map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </select>
      </span>
    </li>
  );
}

export function DetectionChips({ lang, detection, overrides, countries, onOverride }: Props) {
  const countryOptions = [...new Set([detection.country, ...detection.countries.map((c) => c.code), ...countries].filter((c): c is string => !!c))];
  const languages = [...new Set([detection.language, ...LANGUAGES])].filter((l) => l !== 'und');
  const unknown = (value: string, shown: boolean): Options => (shown ? [[value, t(lang, 'unknown')]] : []);
  return (
    <ul className="tact-chips" aria-label={t(lang, 'detected')}>
      <SelectChip
        field="country"
        label={t(lang, 'country')}
        set={!!overrides.country}
        title={detection.countries[0]?.reasons.join('; ')}
        before={<span aria-hidden="true">{detection.country ? flagOf(detection.country) : '?'}</span>}
        value={detection.country ?? ''}
        options={[...unknown('', !detection.country), ...countryOptions.map((c) => [c, countryName(lang, c)] as const)]}
        onChange={(country) => onOverride({ ...overrides, country: country || undefined })}
      />
      <SelectChip
        field="language"
        label={t(lang, 'language')}
        set={!!overrides.language}
        value={detection.language}
        options={[...unknown('und', detection.language === 'und'), ...languages.map((l) => [l, languageName(lang, l)] as const)]}
        onChange={(language) => onOverride({ ...overrides, language })}
      />
      <SelectChip
        field="intent"
        extraClass=" tact-chip--intent"
        label={t(lang, 'intent')}
        set={!!overrides.intent}
        value={detection.intent}
        options={INTENT_IDS.map((i) => [i, intentLabel(lang, i)] as const)}
        onChange={(intent) => onOverride({ ...overrides, intent: intent as Overrides['intent'] })}
      />
      {detection.labels
        .filter((l) => l !== detection.intent && l !== 'other')
        .slice(0, 2)
        .map((label) => (
          <li key={label} className="tact-chip tact-chip--intent" data-chip="label" data-intent={label}>
            + {intentLabel(lang, label)}
          </li>
        ))}
      {detection.sentiment !== 'calm' && (
        <li className={`tact-chip tact-chip--${detection.sentiment}`} data-chip="sentiment">
          {t(lang, detection.sentiment)}
        </li>
      )}
      {detection.urgent && (
        <li className="tact-chip tact-chip--angry" data-chip="urgent">
          {t(lang, 'urgent')}
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
