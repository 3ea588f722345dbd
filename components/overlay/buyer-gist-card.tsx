/**
 * What the buyer said, in the agent's language: the one-line summary and the facts pulled from their turn
 * (order ids, tracking numbers, amounts, dates, durations) — deterministic, on-device, never stored.
 */
import type { Suggestions } from '@/utils/messaging/protocol';
import type { DurationUnit } from '@/utils/gist';
import { pick, t, type UiLang } from '@/components/i18n';

const UNITS: Record<DurationUnit, { en: [string, string]; zh: string }> = {
  hour: { en: ['hour', 'hours'], zh: '小时' },
  day: { en: ['day', 'days'], zh: '天' },
  week: { en: ['week', 'weeks'], zh: '周' },
  month: { en: ['month', 'months'], zh: '个月' },
};

function duration(lang: UiLang, value: number, unit: DurationUnit): string {
  const u = UNITS[unit];
  return lang === 'zh' ? `${value} ${u.zh}` : `${value} ${u.en[value === 1 ? 0 : 1]}`;
}

export function BuyerGistCard({ lang, gist }: { lang: UiLang; gist: NonNullable<Suggestions['gist']> }) {
  const { facts, summary } = gist;
  const rows: [string, string[]][] = [
    [t(lang, 'gistOrder'), facts.orderIds],
    [t(lang, 'gistTracking'), facts.trackingNumbers],
    [t(lang, 'gistAmount'), facts.amounts.map((a) => `${a.value} ${a.currency}`)],
    [t(lang, 'gistDate'), facts.dates],
    [t(lang, 'gistDuration'), facts.durations.map((d) => duration(lang, d.value, d.unit))],
  ];
  return (
    <section className="tact-card tact-gist" aria-labelledby="tact-gist-title" data-card="gist">
      <h3 id="tact-gist-title" className="tact-card-title">
        {t(lang, 'gistTitle')}
      </h3>
      <p className="tact-gist-summary">{pick(lang, summary)}</p>
      <dl className="tact-gist-facts">
        {rows
          .filter(([, values]) => values.length > 0)
          .map(([label, values]) => (
            <div key={label} className="tact-gist-fact">
              <dt>{label}</dt>
              <dd>{values.join(', ')}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
