import type { Detection } from '../../utils/detection/types';
import { countryName, flagOf, intentLabel, languageName, t, type UiLang } from '../i18n';

interface Props {
  lang: UiLang;
  detection: Detection | null;
  onCollapse(): void;
}

export function OverlayHeader({ lang, detection, onCollapse }: Props) {
  return (
    <header className="tact-header">
      <strong className="tact-logo">Tact</strong>
      {detection && (
        <ul className="tact-chips" aria-label={`${t(lang, 'country')} / ${t(lang, 'language')} / ${t(lang, 'intent')}`}>
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
      )}
      <button type="button" className="tact-icon-button" onClick={onCollapse} aria-label={t(lang, 'collapse')} aria-expanded="true">
        –
      </button>
    </header>
  );
}
