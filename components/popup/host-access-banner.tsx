/**
 * Firefox MV3 treats host permissions as opt-in (and Chrome lets the agent restrict site access): without the
 * marketplace hosts the overlay never appears. The popup says so and asks for them with one click.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { UiLang } from '@/components/i18n';
import { tu } from '@/components/i18n-ui';
import { MARKETPLACE_MATCHES } from '@/utils/sites/matches';
import './host-access-banner.css';

type Access = 'unknown' | 'granted' | 'missing' | 'denied';

async function hasMarketplaceAccess(): Promise<boolean> {
  return browser.permissions.contains({ origins: MARKETPLACE_MATCHES });
}

export function HostAccessBanner({ lang }: { lang: UiLang }) {
  const [access, setAccess] = useState<Access>('unknown');

  useEffect(() => {
    let live = true;
    const check = () =>
      void Promise.resolve()
        .then(hasMarketplaceAccess)
        .then(
          (ok) => live && setAccess((prev) => (ok ? 'granted' : prev === 'denied' ? 'denied' : 'missing')),
          () => undefined, // No permissions API to ask: nothing to show.
        );
    check();
    // Granted or revoked elsewhere (about:addons, the toolbar's site access menu) while the popup is open.
    const watched = [browser.permissions.onAdded, browser.permissions.onRemoved].filter((event) => {
      try {
        event.addListener(check);
        return true;
      } catch {
        return false; // An API without these events: the next popup open checks again.
      }
    });
    return () => {
      live = false;
      watched.forEach((event) => event.removeListener(check));
    };
  }, []);

  if (access !== 'missing' && access !== 'denied') return null;

  const grant = () => {
    // No await before this call: the browser only prompts during the click's user gesture.
    const granted = browser.permissions.request({ origins: MARKETPLACE_MATCHES });
    void granted.then(
      (ok) => setAccess(ok ? 'granted' : 'denied'),
      () => setAccess('denied'),
    );
  };

  return (
    <div className="tact-host-access" role="alert" data-host-access={access}>
      <strong>{tu(lang, 'hostAccessNeeded')}</strong>
      <p className="tact-small">{tu(lang, access === 'denied' ? 'hostAccessDenied' : 'hostAccessWhy')}</p>
      <button type="button" className="tact-primary" onClick={grant}>
        {tu(lang, 'hostAccessGrant')}
      </button>
    </div>
  );
}
