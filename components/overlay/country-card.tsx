import type { CountryProfile, CultureTip } from '../../knowledge/schema';
import { countryName, flagOf, pick, t, type UiLang } from '../i18n';

interface Props {
  lang: UiLang;
  profile: CountryProfile | null;
  tips: CultureTip[];
}

function localTime(zone: string, lang: UiLang): string | null {
  try {
    return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', weekday: 'short' }).format(new Date());
  } catch {
    return null;
  }
}

export function CountryCard({ lang, profile, tips }: Props) {
  if (!profile && !tips.length) return null;
  const top = tips[0];
  const time = profile ? localTime(profile.timeZones[0], lang) : null;
  return (
    <section className="tact-card" aria-labelledby="tact-country-title">
      {profile && (
        <>
          <h3 id="tact-country-title" className="tact-card-title">
            {flagOf(profile.code)} {countryName(lang, profile.code)}
            {time && (
              <span className="tact-muted tact-local-time">
                {' '}
                · {t(lang, 'localTime')} {time}
              </span>
            )}
          </h3>
          <p className="tact-tone">
            <span className="tact-label">{t(lang, 'tone')}:</span> {pick(lang, profile.tone)}
          </p>
        </>
      )}
      {top && (
        <div className="tact-tip" data-entry-id={top.id}>
          <span className="tact-label">{t(lang, 'cultureTip')}:</span> <strong>{pick(lang, top.title)}</strong>
          <p>{pick(lang, top.body)}</p>
        </div>
      )}
    </section>
  );
}
