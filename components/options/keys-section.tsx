/** Team keys: public keys the agent trusts for imported files; subscriptions' pinned keys are listed too. */
import { useState, type FormEvent } from 'react';
import { keyIdOf, normalizePublicKey } from '@/knowledge/signature';
import { subscriptionsItem, trustedKeysItem, type Subscription, type TrustedKey } from '@/knowledge/subscription-store';
import type { UiLang } from '@/components/i18n';
import { tu } from '@/components/i18n-ui';
import { formatWhen } from '@/components/shared/whats-new-list';
import { useStorageItem } from './use-storage-item';

export function KeysSection({ lang }: { lang: UiLang }) {
  const keys = useStorageItem(trustedKeysItem, [] as TrustedKey[]);
  const subs = useStorageItem(subscriptionsItem, [] as Subscription[]);
  const [label, setLabel] = useState('');
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const publicKey = normalizePublicKey(key);
      if (keys.some((k) => k.publicKey === publicKey)) throw new Error(tu(lang, 'keyAlreadyTrusted'));
      await trustedKeysItem.setValue([...keys, { publicKey, keyId: await keyIdOf(publicKey), label: label.trim() || tu(lang, 'teamKeyDefaultLabel'), addedAt: Date.now() }]);
      setKey('');
      setLabel('');
    } catch (err) {
      setError((err as Error).message);
    }
  };

  const pinned = subs.filter((s) => s.keyId);
  return (
    <section className="tact-section" aria-labelledby="tact-keys-title">
      <h3 id="tact-keys-title">{tu(lang, 'trustedKeys')}</h3>
      <p className="tact-help">{tu(lang, 'signaturesHelp')}</p>
      <ul className="tact-keys">
        {keys.map((k) => (
          <li key={k.publicKey} data-key-id={k.keyId}>
            <strong>{k.label}</strong> <code>{k.keyId}</code> <span className="tact-muted">{formatWhen(lang, k.addedAt)}</span>{' '}
            <button type="button" onClick={() => void trustedKeysItem.setValue(keys.filter((x) => x.publicKey !== k.publicKey))}>
              {tu(lang, 'remove')}
            </button>
          </li>
        ))}
        {pinned.map((s) => (
          <li key={s.url}>
            <strong>{tu(lang, 'pinnedBy')}</strong> <code>{s.keyId}</code> <span className="tact-muted tact-url">{s.url}</span>
          </li>
        ))}
        {keys.length + pinned.length === 0 && <li className="tact-muted">{tu(lang, 'noKeys')}</li>}
      </ul>
      <form className="tact-form" onSubmit={(e) => void add(e)}>
        <label htmlFor="tact-key-label">{tu(lang, 'keyLabel')}</label>
        <input id="tact-key-label" value={label} onChange={(e) => setLabel(e.target.value)} placeholder={tu(lang, 'teamKeyDefaultLabel')} />
        <label htmlFor="tact-key-value">{tu(lang, 'publicKey')}</label>
        <textarea id="tact-key-value" rows={2} spellCheck={false} required value={key} onChange={(e) => setKey(e.target.value)} placeholder={tu(lang, 'teamKeyPlaceholder')} />
        <button type="submit">{tu(lang, 'trustKey')}</button>
        {error && (
          <p className="tact-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
