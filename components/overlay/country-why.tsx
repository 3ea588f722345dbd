/**
 * Why Tact thinks the buyer is where it thinks, on screen (not in a tooltip): the confidence and the
 * reasons, in the agent's language, and — when the evidence points two ways (a French buyer on
 * amazon.de) — a one-click switch to the other country.
 */
import type { Detection } from '@/utils/detection/types';
import type { Overrides } from '@/utils/messaging/protocol';
import { countryName, flagOf, t, type UiLang } from '@/components/i18n';
import { reasonText } from './country-reasons';

/** An alternative worth offering: at least this share of the evidence. */
const SWITCH_SHARE = 0.2;

interface Props {
  lang: UiLang;
  detection: Detection;
  overrides: Overrides;
  onOverride(overrides: Overrides): void;
}

export function CountryWhy({ lang, detection, overrides, onOverride }: Props) {
  const [top, ...others] = detection.countries;
  if (!top || !detection.country) return null;
  const alternative = overrides.country ? null : others.find((c) => c.score >= SWITCH_SHARE && c.code !== detection.country);
  return (
    <p className="tact-country-why" data-country-why={detection.country}>
      <span>
        {flagOf(detection.country)} {countryName(lang, detection.country)} — {top.reasons.map((r) => reasonText(lang, r)).join(t(lang, 'listSeparator'))}
      </span>{' '}
      <span className="tact-muted">
        ({t(lang, 'confidence')} {Math.round(top.score * 100)}%)
      </span>
      {alternative && (
        <button type="button" className="tact-switch" data-switch-country={alternative.code} onClick={() => onOverride({ ...overrides, country: alternative.code })}>
          {t(lang, 'switchCountry')} {flagOf(alternative.code)} {countryName(lang, alternative.code)} ({alternative.reasons.map((r) => reasonText(lang, r)).join(t(lang, 'listSeparator'))})
        </button>
      )}
    </p>
  );
}
