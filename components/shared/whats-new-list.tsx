/**
 * "What's new" after a pack changed: per change, the counts of entries added / changed / removed, the pack's
 * own changelog notes, and the entries themselves (added and changed ones open in full).
 */
import type { DiffItem } from '@/knowledge/pack-diff';
import type { WhatsNewRecord } from '@/knowledge/subscription-store';
import { pick, type UiLang } from '@/components/i18n';
import { tu, type UiKey } from '@/components/i18n-ui';
import { kindLabel } from './entry-text';

interface Props {
  lang: UiLang;
  records: WhatsNewRecord[];
  /** Opens an added or changed entry; removed ones are listed only. */
  onOpen?(record: WhatsNewRecord, item: DiffItem): void;
}

const REASON: Record<WhatsNewRecord['reason'], UiKey> = { installed: 'reasonInstalled', updated: 'reasonUpdated', rolled_back: 'reasonRolledBack' };

export function formatWhen(lang: UiLang, at: number): string {
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

export function WhatsNewList({ lang, records, onOpen }: Props) {
  if (!records.length) return <p className="tact-muted tact-empty">{tu(lang, 'whatsNewEmpty')}</p>;
  return (
    <ol className="tact-whats-new">
      {records.map((r) => (
        <li key={r.id} className={`tact-change${r.seen ? '' : ' tact-change--unseen'}`} data-pack-id={r.packId} data-to-version={r.toVersion}>
          <h3 className="tact-card-title">
            {r.packName}{' '}
            <span className="tact-muted">
              {r.fromVersion ? `${r.fromVersion} → ${r.toVersion}` : r.toVersion} · {tu(lang, REASON[r.reason])} · {formatWhen(lang, r.at)}
            </span>
          </h3>
          <p className="tact-counts" data-added={r.counts.added} data-changed={r.counts.changed} data-removed={r.counts.removed}>
            <span className="tact-count tact-count--added">{tu(lang, 'countAdded', { n: r.counts.added })}</span>
            <span className="tact-count tact-count--changed">{tu(lang, 'countChanged', { n: r.counts.changed })}</span>
            <span className="tact-count tact-count--removed">{tu(lang, 'countRemoved', { n: r.counts.removed })}</span>
          </p>
          {r.notes.map((n) => (
            <p key={n.version} className="tact-change-note">
              <strong>{n.version}</strong> ({n.date}): {n.notes}
            </p>
          ))}
          <ChangeList lang={lang} record={r} items={r.added} mark="added" onOpen={onOpen} />
          <ChangeList lang={lang} record={r} items={r.changed} mark="changed" onOpen={onOpen} />
          <ChangeList lang={lang} record={r} items={r.removed} mark="removed" />
        </li>
      ))}
    </ol>
  );
}

function ChangeList({ lang, record, items, mark, onOpen }: { lang: UiLang; record: WhatsNewRecord; items: DiffItem[]; mark: 'added' | 'changed' | 'removed'; onOpen?: Props['onOpen'] }) {
  if (!items.length) return null;
  const label = tu(lang, mark === 'added' ? 'listAdded' : mark === 'changed' ? 'listChanged' : 'listRemoved');
  return (
    <details className={`tact-change-list tact-change-list--${mark}`} open={items.length <= 5}>
      <summary>{label}</summary>
      <ul>
        {items.map((item) => (
          <li key={item.id} data-entry-id={item.id}>
            <span className="tact-kind">{kindLabel(lang, item.kind)}</span>{' '}
            {onOpen ? (
              <button type="button" className="tact-link-button" onClick={() => onOpen(record, item)}>
                {pick(lang, item.title)}
              </button>
            ) : (
              <span className={mark === 'removed' ? 'tact-removed' : undefined}>{pick(lang, item.title)}</span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
