/**
 * "Use Tact on this site" in the popup: on a https page that is neither a marketplace nor enabled yet, one
 * button asks for that origin; once on, "Tact is on for this site · Remove". Below, the sites Tact is on, each
 * with Remove. Removing gives the permission back; the worker then unregisters the content script
 * (entrypoints/background/any-site.ts), and writes the list this panel shows.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { UiLang } from '@/components/i18n';
import { tu } from '@/components/i18n-ui';
import { enabledSitesItem, siteRequestItem, type SiteRequest } from '@/utils/sites/any-site-store';
import { siteHost, siteOriginPattern } from '@/utils/sites/any-site-origin';
import './host-access-banner.css';

export interface UseOnSiteDeps {
  activeTab(): Promise<{ id?: number; url?: string } | undefined>;
  request(origins: string[]): Promise<boolean>;
  remove(origins: string[]): Promise<boolean>;
  sites: { get(): Promise<string[]>; watch(cb: (sites: string[]) => void): () => void };
  setRequest(request: SiteRequest): Promise<void>;
}

export const browserUseOnSiteDeps: UseOnSiteDeps = {
  // The popup's opening click grants activeTab: the tab's URL is readable even on a site Tact doesn't hold.
  activeTab: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0],
  request: (origins) => browser.permissions.request({ origins }),
  remove: (origins) => browser.permissions.remove({ origins }),
  sites: { get: () => enabledSitesItem.getValue(), watch: (cb) => enabledSitesItem.watch((v) => cb(v ?? [])) },
  setRequest: (request) => siteRequestItem.setValue(request),
};

export function UseOnSite({ lang, deps = browserUseOnSiteDeps }: { lang: UiLang; deps?: UseOnSiteDeps }) {
  const [tab, setTab] = useState<{ id?: number; pattern: string | null }>({ pattern: null });
  const [sites, setSites] = useState<string[]>([]);
  const [denied, setDenied] = useState(false);

  useEffect(() => {
    void deps.activeTab().then(
      (t) => setTab({ id: t?.id, pattern: siteOriginPattern(t?.url) }),
      () => undefined,
    );
    void deps.sites.get().then(setSites, () => undefined);
    return deps.sites.watch(setSites);
  }, [deps]);

  const { pattern } = tab;
  const host = pattern ? siteHost(pattern) : null;
  const enabled = pattern !== null && sites.includes(pattern);

  const enable = () => {
    if (!pattern) return;
    // Recorded first, without waiting: the worker injects into this tab even if the popup closes during the prompt.
    const request = { pattern, at: Date.now(), ...(tab.id !== undefined ? { tabId: tab.id } : {}) };
    void deps.setRequest(request);
    // No await before this call: the browser only asks during the click's user gesture.
    const granted = deps.request([pattern]);
    void granted.then(
      // Already held (no onAdded follows): recording the request again tells the worker to go ahead.
      (ok) => (ok ? void deps.setRequest({ ...request, at: Date.now() }) : setDenied(true)),
      () => setDenied(true),
    );
  };
  const remove = (site: string) => void deps.remove([site]).catch(() => false);

  const others = sites.filter((s) => s !== pattern);
  if (!host && !others.length) return null;
  return (
    <div className="tact-host-access tact-use-on-site" data-use-on-site={enabled ? 'on' : host ? 'off' : 'none'}>
      {host && !enabled && (
        <>
          <button type="button" className="tact-primary" onClick={enable}>
            {tu(lang, 'useOnSite')}
          </button>
          <p className="tact-small">{tu(lang, denied ? 'useOnSiteDenied' : 'useOnSiteWhy', { host })}</p>
        </>
      )}
      {host && enabled && (
        <p className="tact-small">
          <strong>{tu(lang, 'useOnSiteOn')}</strong> ·{' '}
          <button type="button" className="tact-link" onClick={() => remove(pattern!)} aria-label={tu(lang, 'useOnSiteRemoveHost', { host })}>
            {tu(lang, 'remove')}
          </button>
        </p>
      )}
      {others.length > 0 && (
        <details>
          <summary className="tact-small">{tu(lang, 'useOnSiteSites', { count: others.length })}</summary>
          <ul className="tact-small">
            {others.map((site) => (
              <li key={site}>
                {siteHost(site)}{' '}
                <button type="button" className="tact-link" onClick={() => remove(site)} aria-label={tu(lang, 'useOnSiteRemoveHost', { host: siteHost(site) ?? site })}>
                  {tu(lang, 'remove')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
