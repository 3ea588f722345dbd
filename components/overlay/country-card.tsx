import { useState } from 'react';
import type { CountryProfile, CultureTip } from '@/knowledge/schema';
import { holidaysAround } from '@/utils/calendar/holidays';
import { buyerClock } from '@/utils/calendar/region-zones';
import { countryName, dateFormat, flagOf, pick, t, type UiLang } from '@/components/i18n';

interface Props {
  lang: UiLang;
  profile: CountryProfile | null;
  tips: CultureTip[];
  /** What the buyer wrote (in memory only): a state or city there places them in one zone. */
  buyerTexts?: readonly string[];
  now?: Date;
}

function localTime(zone: string, lang: UiLang, now: Date, withZone: boolean): string | null {
  try {
    return dateFormat(lang, { timeZone: zone, hour: '2-digit', minute: '2-digit', weekday: 'short', ...(withZone && { timeZoneName: 'short' }) }).format(now);
  } catch {
    return null;
  }
}

/** One clock, or the country's earliest–latest when the buyer's region is unknown (US: ET–PT). */
function buyerTime(profile: CountryProfile, texts: readonly string[], lang: UiLang, now: Date): { text: string; range: boolean; fromText: boolean } | null {
  const clock = buyerClock(profile.code, profile.timeZones, texts, now);
  const range = clock.zones.length > 1;
  const times = clock.zones.map((zone) => localTime(zone, lang, now, range || clock.fromText)).filter((x): x is string => !!x);
  return times.length ? { text: times.join(' – '), range, fromText: clock.fromText } : null;
}

const DAY_MONTH: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', timeZone: 'UTC' };

export function CountryCard({ lang, profile, tips, buyerTexts = [], now = new Date() }: Props) {
  const [moreTips, setMoreTips] = useState(false);
  if (!profile && !tips.length) return null;
  const [top, ...rest] = tips;
  const time = profile ? buyerTime(profile, buyerTexts, lang, now) : null;
  const holidays = holidaysAround(profile, now).slice(0, 2);
  return (
    <section className="tact-card" aria-labelledby="tact-country-title" data-card="country">
      {profile && (
        <>
          <h3 id="tact-country-title" className="tact-card-title">
            {flagOf(profile.code)} {countryName(lang, profile.code)}
            {time && (
              <span className="tact-muted tact-local-time" data-local-time={time.range ? 'range' : time.fromText ? 'from-text' : 'country'}>
                {' '}
                · {t(lang, 'localTime')} {time.text}
                {time.range && ` (${t(lang, 'localTimeRange')})`}
                {time.fromText && ` (${t(lang, 'localTimeFromText')})`}
              </span>
            )}
          </h3>
          <p className="tact-tone">
            <span className="tact-label">{t(lang, 'tone')}:</span> {pick(lang, profile.tone)}
          </p>
          {holidays.map(({ holiday, status, start, end }) => (
            <p key={`${holiday.name.en}-${start.toISOString()}`} className={`tact-holiday tact-holiday--${status}`} data-holiday={status}>
              <strong>
                {t(lang, status === 'now' ? 'holidayNow' : 'holidaySoon')}: {pick(lang, holiday.name)}
              </strong>{' '}
              <span className="tact-muted">
                ({dateFormat(lang, DAY_MONTH).format(start)}–{dateFormat(lang, DAY_MONTH).format(end)})
              </span>{' '}
              {pick(lang, holiday.effect)}
            </p>
          ))}
        </>
      )}
      {top && (
        <div className="tact-tip" data-entry-id={top.id}>
          <span className="tact-label">{t(lang, 'cultureTip')}:</span> <strong>{pick(lang, top.title)}</strong>
          <p>{pick(lang, top.body)}</p>
        </div>
      )}
      {rest.length > 0 && (
        <details open={moreTips} onToggle={(e) => setMoreTips((e.target as HTMLDetailsElement).open)}>
          <summary>
            {t(lang, 'moreTips')} ({rest.length})
          </summary>
          {rest.map((tip) => (
            <div key={tip.id} className="tact-tip" data-entry-id={tip.id}>
              <strong>{pick(lang, tip.title)}</strong>
              <p>{pick(lang, tip.body)}</p>
            </div>
          ))}
        </details>
      )}
    </section>
  );
}
