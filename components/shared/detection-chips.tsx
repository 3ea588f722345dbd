/** What detection found, as the overlay header shows it (same chip styles), without the overlay's controls. */
import type { Detection } from '../../utils/detection/types';
import { countryName, flagOf, intentLabel, languageName, t, type UiLang } from '../i18n';

export function DetectionChips({ lang, detection }: { lang: UiLang; detection: Detection }) {
  return (
    <ul
      className="tact-chips tact-detection"
      aria-label={`${t(lang, 'country')} / ${t(lang, 'language')} / ${t(lang, 'intent')}`}
      data-country={detection.country ?? ''}
      data-intent={detection.intent}
      data-language={detection.language}
    >
      <li className="tact-chip" title={t(lang, 'country')} data-chip="country">
        {detection.country ? `${flagOf(detection.country)} ${countryName(lang, detection.country)}` : t(lang, 'unknown')}
      </li>
      <li className="tact-chip" title={t(lang, 'language')} data-chip="language">
        {languageName(lang, detection.language)}
      </li>
      <li className="tact-chip tact-chip--intent" title={t(lang, 'intent')} data-chip="intent">
        {intentLabel(lang, detection.intent)}
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
    </ul>
  );
}
