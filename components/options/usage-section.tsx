/** Usage for team leads: which templates were used for which intents, countries and marketplaces; export. */
import { useMemo, useState } from 'react';
import { clearUsage, summarizeUsage, usageItem, usageToCsv, usageToJson, type UsageCount, type UsageEvent } from '@/utils/usage';
import { countryName, intentLabel, type UiLang } from '@/components/i18n';
import { tu } from '@/components/i18n-ui';
import { downloadText } from '@/components/shared/download';
import { marketplaceLabel } from '@/components/shared/entry-text';
import { useStorageItem } from './use-storage-item';

const DAY = 86_400_000;

export function UsageSection({ lang, now = Date.now }: { lang: UiLang; now?: () => number }) {
  const events = useStorageItem(usageItem, [] as UsageEvent[]);
  const [days, setDays] = useState(30);
  const [confirm, setConfirm] = useState(false);
  const since = days ? now() - days * DAY : 0;
  const summary = useMemo(() => summarizeUsage(events, since), [events, since]);
  const inRange = events.filter((e) => e.at >= since);
  const stamp = new Date(now()).toISOString().slice(0, 10);

  return (
    <section className="tact-section" aria-labelledby="tact-usage-title">
      <h3 id="tact-usage-title">{tu(lang, 'usageTitle')}</h3>
      <p className="tact-help">{tu(lang, 'usagePrivacy')}</p>
      <div className="tact-row">
        <label htmlFor="tact-usage-range">{tu(lang, 'period')}</label>
        <select id="tact-usage-range" value={days} onChange={(e) => setDays(Number(e.target.value))}>
          <option value={7}>{tu(lang, 'lastDays', { n: 7 })}</option>
          <option value={30}>{tu(lang, 'lastDays', { n: 30 })}</option>
          <option value={0}>{tu(lang, 'allTime')}</option>
        </select>
        <span className="tact-spacer" />
        <button type="button" disabled={!inRange.length} onClick={() => downloadText(`tact-usage-${stamp}.csv`, usageToCsv(inRange), 'text/csv')}>
          {tu(lang, 'exportCsv')}
        </button>
        <button type="button" disabled={!inRange.length} onClick={() => downloadText(`tact-usage-${stamp}.json`, usageToJson(inRange))}>
          {tu(lang, 'exportJson')}
        </button>
        {confirm ? (
          <button type="button" className="tact-danger" onClick={() => void clearUsage().then(() => setConfirm(false))}>
            {tu(lang, 'confirmClear')}
          </button>
        ) : (
          <button type="button" disabled={!events.length} onClick={() => setConfirm(true)}>
            {tu(lang, 'clearLog')}
          </button>
        )}
      </div>
      <p className="tact-usage-total" data-total={summary.total}>
        {tu(lang, 'usageTotal', { n: summary.total })}
      </p>
      {summary.ratings.length > 0 && (
        <table className="tact-table tact-ratings" data-ratings={summary.ratings.length}>
          <caption>{tu(lang, 'helpfulness')}</caption>
          <thead>
            <tr>
              <th scope="col">{tu(lang, 'byTemplate')}</th>
              <th scope="col">👍 {tu(lang, 'helpful')}</th>
              <th scope="col">👎 {tu(lang, 'notHelpful')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.ratings.slice(0, 30).map((r) => (
              <tr key={r.templateId} data-template-id={r.templateId}>
                <th scope="row">
                  <code>{r.templateId}</code>
                </th>
                <td data-helpful={r.helpful}>{r.helpful}</td>
                <td data-not-helpful={r.notHelpful}>{r.notHelpful}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {summary.total > 0 && (
        <div className="tact-usage-grid">
          <CountTable title={tu(lang, 'byTemplate')} rows={summary.byTemplate} label={(k) => k} mono />
          <CountTable title={tu(lang, 'byIntent')} rows={summary.byIntent} label={(k) => intentLabel(lang, k)} />
          <CountTable title={tu(lang, 'byCountry')} rows={summary.byCountry} label={(k) => (k === '—' ? tu(lang, 'unknownCountry') : countryName(lang, k))} />
          <CountTable title={tu(lang, 'facetMarketplace')} rows={summary.byMarketplace} label={(k) => marketplaceLabel(lang, k)} />
        </div>
      )}
    </section>
  );
}

function CountTable({ title, rows, label, mono }: { title: string; rows: UsageCount[]; label(key: string): string; mono?: boolean }) {
  return (
    <table className="tact-table tact-count-table">
      <caption>{title}</caption>
      <tbody>
        {rows.slice(0, 15).map((r) => (
          <tr key={r.key}>
            <th scope="row">{mono ? <code>{label(r.key)}</code> : label(r.key)}</th>
            <td>{r.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
