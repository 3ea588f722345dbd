/** Installed packs: the table team leads manage (enable, order, export, roll back, remove) and the import. */
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { PackRecord, TactDb } from '@/knowledge/db';
import type { PackAdmin } from '@/knowledge/pack-admin';
import { tableOrder } from '@/knowledge/pack-order';
import { packSignaturesItem, signatureKey, type SignatureRecord } from '@/knowledge/subscription-store';
import type { UiLang } from '@/components/i18n';
import { tu, type UiKey } from '@/components/i18n-ui';
import { downloadText } from '@/components/shared/download';
import { formatWhen } from '@/components/shared/whats-new-list';
import { PackImport } from './pack-import';
import { useStorageItem } from './use-storage-item';
import { focusOnMount } from '@/components/shared/focus-on-mount';

const SOURCE: Record<PackRecord['source'], UiKey> = { bundled: 'sourceBundled', file: 'sourceFile', url: 'sourceUrl' };

export function PacksSection({ lang, db, admin }: { lang: UiLang; db: TactDb; admin: PackAdmin }) {
  // Read live from Dexie (any context's change shows at once); every change goes through the background.
  const packs = useLiveQuery(() => db.packs.toArray(), [db], [] as PackRecord[]);
  const signatures = useStorageItem(packSignaturesItem, {} as Record<string, SignatureRecord>);
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const ordered = tableOrder(packs);

  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      setNotice({ text: done });
    } catch (error) {
      setNotice({ text: error instanceof Error ? error.message : String(error), error: true });
    }
  };

  return (
    <>
      <PackImport lang={lang} admin={admin} />
      <section className="tact-section" aria-labelledby="tact-packs-title">
        <h3 id="tact-packs-title">{tu(lang, 'installedPacks')}</h3>
        <p className="tact-help">{tu(lang, 'packsHelp')}</p>
        <div className="tact-table-wrap">
          <table className="tact-table tact-packs">
            <thead>
              <tr>
                {(['colName', 'colVersion', 'colPublisher', 'colEntries', 'colPriority', 'colEnabled', 'colSource', 'colUpdated', 'colSignature', 'colActions'] as const).map((k) => (
                  <th key={k} scope="col">
                    {tu(lang, k)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ordered.map((p, i) => {
                const sig: SignatureRecord | undefined = p.source === 'bundled' ? { status: 'bundled', checkedAt: p.installedAt } : signatures[signatureKey(p.id, p.version)];
                return (
                  <tr key={p.id} data-pack-id={p.id} data-version={p.version} className={p.enabled ? undefined : 'tact-disabled'}>
                    <th scope="row">
                      {p.name}
                      <div className="tact-muted tact-small">
                        <code>{p.id}</code>
                      </div>
                    </th>
                    <td data-col="version">{p.version}</td>
                    <td>{p.publisher}</td>
                    <td data-col="entries">{p.entryCount}</td>
                    <td data-col="priority">
                      <span className="tact-priority">{p.priority}</span>
                      <button
                        type="button"
                        className="tact-mini"
                        aria-label={tu(lang, 'moveUp', { name: p.name })}
                        disabled={i === 0}
                        onClick={() => void act(() => admin.move(p.id, -1), tu(lang, 'moved', { name: p.name }))}
                      >
                        ▲
                      </button>
                      <button
                        type="button"
                        className="tact-mini"
                        aria-label={tu(lang, 'moveDown', { name: p.name })}
                        disabled={i === ordered.length - 1}
                        onClick={() => void act(() => admin.move(p.id, 1), tu(lang, 'moved', { name: p.name }))}
                      >
                        ▼
                      </button>
                    </td>
                    <td>
                      <input
                        type="checkbox"
                        role="switch"
                        checked={p.enabled}
                        aria-label={tu(lang, 'enablePack', { name: p.name })}
                        onChange={(e) => void act(() => admin.setEnabled(p.id, e.target.checked), tu(lang, e.target.checked ? 'enabled' : 'disabled', { name: p.name }))}
                      />
                    </td>
                    <td>
                      {tu(lang, SOURCE[p.source])}
                      {p.url && <div className="tact-muted tact-small tact-url">{p.url}</div>}
                    </td>
                    <td>{formatWhen(lang, p.installedAt)}</td>
                    <td data-col="signature" data-signature={sig?.status ?? 'unknown'}>
                      <SignatureBadge lang={lang} sig={sig} />
                    </td>
                    <td className="tact-actions-cell">
                      <button type="button" onClick={() => downloadText(`${p.id}-${p.version}.json`, `${JSON.stringify(p.pack, null, 2)}\n`)}>
                        {tu(lang, 'export')}
                      </button>
                      {p.previous && (
                        <button type="button" onClick={() => void act(() => admin.rollback(p.id), tu(lang, 'rolledBack', { name: p.name, version: p.previous!.version }))}>
                          {tu(lang, 'rollbackTo', { version: p.previous.version })}
                        </button>
                      )}
                      {p.source !== 'bundled' &&
                        (confirming === p.id ? (
                          <>
                            <button
                              type="button"
                              className="tact-danger"
                              ref={focusOnMount}
                              onClick={() => void act(() => admin.remove(p.id), tu(lang, 'removed', { name: p.name })).then(() => setConfirming(null))}
                            >
                              {tu(lang, 'confirmRemove')}
                            </button>
                            <button type="button" onClick={() => setConfirming(null)}>
                              {tu(lang, 'cancel')}
                            </button>
                          </>
                        ) : (
                          <button type="button" onClick={() => setConfirming(p.id)}>
                            {tu(lang, 'remove')}
                          </button>
                        ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className={notice?.error ? 'tact-error' : 'tact-ok-text'} role={notice?.error ? 'alert' : 'status'} aria-live="polite">
          {notice?.text ?? ''}
        </p>
      </section>
    </>
  );
}

export function SignatureBadge({ lang, sig }: { lang: UiLang; sig?: SignatureRecord }) {
  if (!sig) return <span className="tact-muted">—</span>;
  const key: Record<SignatureRecord['status'], UiKey> = { verified: 'sigVerified', signed: 'sigUntrusted', unsigned: 'sigUnsigned', bundled: 'sigBundled' };
  return (
    <span className={`tact-badge tact-badge--${sig.status}`} title={sig.keyId ? tu(lang, 'keyIdIs', { id: sig.keyId }) : undefined}>
      {tu(lang, key[sig.status])}
      {sig.keyId && <span className="tact-small"> · {sig.keyId.slice(0, 8)}</span>}
    </span>
  );
}
