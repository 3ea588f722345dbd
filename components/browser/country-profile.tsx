/** A country profile in full for the knowledge browser (the overlay's CountryCard shows its head). */
import type { CountryProfile, Holiday } from '@/knowledge/schema';
import { pick, type UiLang } from '@/components/i18n';
import { tu } from '@/components/i18n-ui';
import { nextSpan } from '@/utils/calendar/holidays';
import { BilingualList } from './bilingual-list';

function when(h: Holiday): string {
  if (h.start) return h.end && h.end !== h.start ? `${h.start} – ${h.end}` : h.start;
  // Movable holidays show their current or next computed dates.
  const next = nextSpan(h);
  if (!next) return '';
  const [start, end] = [next.start, next.end].map((d) => d.toISOString().slice(0, 10));
  return start === end ? start : `${start} – ${end}`;
}

export function CountryProfileDetail({ lang, profile }: { lang: UiLang; profile: CountryProfile }) {
  return (
    <>
      <section className="tact-card">
        <p>
          <span className="tact-label">{tu(lang, 'greeting')}:</span> <q lang={profile.languages[0]}>{profile.greeting.text}</q> — {pick(lang, profile.greeting.note)}
        </p>
        <p>
          <span className="tact-label">{tu(lang, 'responseTime')}:</span> {pick(lang, profile.responseTime)}
        </p>
      </section>
      <BilingualList lang={lang} title={tu(lang, 'dos')} items={profile.dos} className="tact-dos" />
      <BilingualList lang={lang} title={tu(lang, 'donts')} items={profile.donts} className="tact-donts" />
      <BilingualList lang={lang} title={tu(lang, 'habits')} items={profile.habits} />
      <section className="tact-card">
        <h3 className="tact-card-title">{tu(lang, 'holidays')}</h3>
        <ul className="tact-plain-list">
          {profile.holidays.map((h, i) => (
            <li key={i}>
              <strong>{pick(lang, h.name)}</strong> <span className="tact-muted">{when(h)}</span> — {pick(lang, h.effect)}
            </li>
          ))}
        </ul>
      </section>
      <section className="tact-card">
        <h3 className="tact-card-title">
          {tu(lang, 'customs')} <span className="tact-muted">({tu(lang, 'asOf', { date: profile.customs.asOf })})</span>
        </h3>
        <p>{pick(lang, profile.customs.note)}</p>
      </section>
      <BilingualList lang={lang} title={tu(lang, 'sensitive')} items={profile.sensitive} />
    </>
  );
}
