/**
 * Subscriptions: an https pack URL, optionally the team's public key (else the first signed pack's key is
 * pinned). The host permission is requested right in the click, as Chrome requires a user gesture.
 */
import { useState, type FormEvent } from 'react';
import { normalizePublicKey } from '@/knowledge/signature';
import { originPattern, parseSubscriptionUrl, UPDATE_PERIOD_MINUTES, type CheckOutcome } from '@/knowledge/subscription-check';
import { subscriptionsItem, type Subscription } from '@/knowledge/subscription-store';
import type { UiLang } from '@/components/i18n';
import { tu, type UiKey } from '@/components/i18n-ui';
import { formatWhen } from '@/components/shared/whats-new-list';
import type { OptionsDeps } from './options-deps';
import { useStorageItem } from './use-storage-item';

const STATUS: Record<Subscription['status'], UiKey> = { new: 'subNew', updated: 'subUpdated', unchanged: 'subUnchanged', failed: 'subFailed' };

export function SubscriptionsSection({ lang, deps }: { lang: UiLang; deps: OptionsDeps }) {
  const subs = useStorageItem(subscriptionsItem, [] as Subscription[]);
  const [url, setUrl] = useState('');
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [last, setLast] = useState<CheckOutcome | null>(null);

  const check = async (target: string) => {
    setBusy(target);
    try {
      setLast(await deps.admin.check(target));
    } finally {
      setBusy(null);
    }
  };

  const subscribe = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    let parsed: URL;
    let publicKey: string | undefined;
    try {
      parsed = parseSubscriptionUrl(url);
      publicKey = key.trim() ? normalizePublicKey(key) : undefined;
    } catch (err) {
      setError((err as Error).message);
      return;
    }
    const href = parsed.href;
    if (subs.some((s) => s.url === href)) {
      setError(tu(lang, 'alreadySubscribed'));
      return;
    }
    // No await before this call: the permission prompt needs the click's user gesture.
    const granted = deps.permissions.request([originPattern(href)]);
    void (async () => {
      if (!(await granted.catch(() => false))) {
        setError(tu(lang, 'permissionDenied', { host: parsed.hostname }));
        return;
      }
      setBusy(href);
      try {
        setLast(await deps.admin.subscribe({ url: href, publicKey }));
        setUrl('');
        setKey('');
      } finally {
        setBusy(null);
      }
    })().catch((err) => setError(err instanceof Error ? err.message : String(err)));
  };

  const unsubscribe = async (sub: Subscription) => {
    const { hostStillNeeded } = await deps.admin.unsubscribe(sub.url);
    // Give the host back unless another subscription still needs it.
    if (!hostStillNeeded) await deps.permissions.remove([originPattern(sub.url)]).catch(() => false);
  };

  return (
    <>
      <section className="tact-section" aria-labelledby="tact-subscribe-title">
        <h3 id="tact-subscribe-title">{tu(lang, 'subscribeTitle')}</h3>
        <p className="tact-help">{tu(lang, 'subscribeHelp', { hours: UPDATE_PERIOD_MINUTES / 60 })}</p>
        <form className="tact-form" onSubmit={subscribe}>
          <label htmlFor="tact-sub-url">{tu(lang, 'packUrl')}</label>
          <input id="tact-sub-url" type="url" inputMode="url" required placeholder="https://packs.example.com/team.signed.json" value={url} onChange={(e) => setUrl(e.target.value)} />
          <label htmlFor="tact-sub-key">{tu(lang, 'teamKey')}</label>
          <textarea
            id="tact-sub-key"
            rows={2}
            spellCheck={false}
            placeholder={tu(lang, 'teamKeyPlaceholder')}
            value={key}
            onChange={(e) => setKey(e.target.value)}
            aria-describedby="tact-sub-key-help"
          />
          <p id="tact-sub-key-help" className="tact-help">
            {tu(lang, 'teamKeyHelp')}
          </p>
          <button type="submit" className="tact-primary" disabled={Boolean(busy)}>
            {tu(lang, 'subscribe')}
          </button>
          {error && (
            <p className="tact-error" role="alert">
              {error}
            </p>
          )}
        </form>
      </section>
      <section className="tact-section" aria-labelledby="tact-subs-title">
        <h3 id="tact-subs-title">{tu(lang, 'subscriptions')}</h3>
        {subs.length === 0 ? (
          <p className="tact-muted tact-empty">{tu(lang, 'noSubscriptions')}</p>
        ) : (
          <div className="tact-table-wrap">
            <table className="tact-table tact-subscriptions">
              <thead>
                <tr>
                  {(['colUrl', 'colPack', 'colKey', 'colStatus', 'colChecked', 'colActions'] as const).map((k) => (
                    <th key={k} scope="col">
                      {tu(lang, k)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {subs.map((s) => (
                  <tr key={s.url} data-url={s.url} data-status={s.status}>
                    <th scope="row" className="tact-url">
                      {s.url}
                    </th>
                    <td>{s.packId ?? '—'}</td>
                    <td>{s.keyId ? <code>{s.keyId}</code> : <span className="tact-muted">{tu(lang, 'keyNotPinned')}</span>}</td>
                    <td>
                      <span className={`tact-badge tact-badge--sub-${s.status}`}>{tu(lang, STATUS[s.status])}</span>
                      {s.message && <div className={`tact-small ${s.status === 'failed' ? 'tact-error' : 'tact-muted'} tact-sub-message`}>{s.message}</div>}
                    </td>
                    <td>{s.lastChecked ? formatWhen(lang, s.lastChecked) : '—'}</td>
                    <td className="tact-actions-cell">
                      <button type="button" onClick={() => void check(s.url)} disabled={busy === s.url}>
                        {busy === s.url ? tu(lang, 'checking') : tu(lang, 'checkNow')}
                      </button>
                      <button type="button" onClick={() => void unsubscribe(s)}>
                        {tu(lang, 'unsubscribe')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {/* The row shows the outcome; this line only announces it to screen readers. */}
        <p className="tact-visually-hidden" role="status" aria-live="polite" data-outcome={last?.status ?? ''}>
          {last ? `${last.url}: ${last.message}` : ''}
        </p>
      </section>
    </>
  );
}
