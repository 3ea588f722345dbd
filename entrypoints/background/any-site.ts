/**
 * "Use Tact on this site": an optional host permission per origin, and the manifest's content script
 * registered for that origin (scripting.registerContentScripts, persisted) and injected into the tab at once.
 * Removing the permission — from the popup, the browser's site-access menu or about:addons — removes Tact
 * from the site (permissions.onRemoved). A worker start reconciles registrations with granted permissions.
 *
 * The browser APIs come in as AnySiteApis so the logic runs against fakes in tests/unit/background.
 */
import { browser } from 'wxt/browser';
import { getSubscriptions } from '@/knowledge/subscription-store';
import { enabledSitesItem, siteRequestItem, PENDING_TTL_MS, type SiteRequest } from '@/utils/sites/any-site-store';
import { planReconcile, siteHost, siteOriginPattern, siteScriptId } from '@/utils/sites/any-site-origin';

export const MENU_PAGE = 'tact-use-on-site';
export const MENU_ACTION = 'tact-use-on-site-action';

interface ScriptRegistration {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: 'document_idle' | 'document_start' | 'document_end';
  allFrames?: boolean;
  persistAcrossSessions?: boolean;
}

export interface AnySiteApis {
  permissions: {
    getAll(): Promise<{ origins?: string[] }>;
    contains(p: { origins: string[] }): Promise<boolean>;
    request(p: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<ScriptRegistration[]>;
    registerContentScripts(scripts: ScriptRegistration[]): Promise<void>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
    executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
  };
  /** The built files of the manifest's content script (content-scripts/assist.js): the same code everywhere. */
  contentScriptFiles(): string[];
  /** Hosts granted for something else (subscribed pack servers): never treated as sites. */
  otherHosts(): Promise<string[]>;
  sites: { get(): Promise<string[]>; set(sites: string[]): Promise<void> };
  request: { get(): Promise<SiteRequest | null>; set(r: SiteRequest | null): Promise<void> };
  /** Where a request from a context without a user gesture goes instead (Firefox: the popup). */
  openPopup?(): Promise<void>;
  now?(): number;
}

export function createAnySite(apis: AnySiteApis) {
  const now = apis.now ?? Date.now;
  // One change at a time: reconcile, an enable and a removal must not interleave their register/unregister calls.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const registeredIds = async () => (await apis.scripting.getRegisteredContentScripts()).map((s) => s.id);

  async function register(pattern: string) {
    const id = siteScriptId(pattern);
    if ((await apis.scripting.getRegisteredContentScripts({ ids: [id] })).length) return;
    // As the manifest declares it for the marketplaces: top frame, after load.
    await apis.scripting.registerContentScripts([{ id, matches: [pattern], js: apis.contentScriptFiles(), runAt: 'document_idle', allFrames: false, persistAcrossSessions: true }]);
  }

  async function setSites(change: (sites: string[]) => string[]) {
    const next = [...new Set(change(await apis.sites.get()))].sort();
    await apis.sites.set(next);
  }

  /** Registers the site (the permission must be held) and injects into the tab, so the agent needn't reload. */
  const enable = (pattern: string, tabId?: number) =>
    serial(async () => {
      if (!siteHost(pattern)) throw new Error(`Tact can't be enabled on ${pattern}: only a https site that isn't a marketplace`);
      if (!(await apis.permissions.contains({ origins: [pattern] }))) return false;
      await register(pattern);
      await setSites((sites) => [...sites, pattern]);
      if (tabId !== undefined) await apis.scripting.executeScript({ target: { tabId }, files: apis.contentScriptFiles() }).catch(() => undefined); // The tab navigated away or closed: the registration covers its next load.
      return true;
    });

  const disable = (patterns: string[]) =>
    serial(async () => {
      const ids = patterns.filter((p) => siteHost(p)).map(siteScriptId);
      const existing = new Set(await registeredIds());
      const gone = ids.filter((id) => existing.has(id));
      if (gone.length) await apis.scripting.unregisterContentScripts({ ids: gone });
      await setSites((sites) => sites.filter((s) => !patterns.includes(s)));
    });

  const reconcile = () =>
    serial(async () => {
      const [{ origins = [] }, ids, other] = await Promise.all([apis.permissions.getAll(), registeredIds(), apis.otherHosts()]);
      const plan = planReconcile(origins, ids, other);
      if (plan.unregister.length) await apis.scripting.unregisterContentScripts({ ids: plan.unregister });
      for (const pattern of plan.register) await register(pattern);
      await apis.sites.set(plan.sites);
      return plan;
    });

  /** The agent's request from the popup, if it is for one of these origins and recent. */
  async function takeRequest(origins: string[]): Promise<SiteRequest | null> {
    const request = await apis.request.get();
    if (!request || !origins.includes(request.pattern) || now() - request.at > PENDING_TTL_MS) return null;
    await apis.request.set(null);
    return request;
  }

  return {
    enable,
    disable,
    reconcile,
    /**
     * Only a grant the agent asked for through Tact enables a site: the options page grants a pack server's
     * host the same way, before the subscription is stored. Grants made elsewhere (the browser's site-access
     * menu) are picked up by the next reconcile.
     */
    async onAdded(origins: string[]) {
      const request = await takeRequest(origins);
      if (request) await enable(request.pattern, request.tabId);
    },
    /** The popup asked and the permission was already held (no onAdded follows): enable now. */
    async onRequest(request: SiteRequest | null) {
      if (!request || now() - request.at > PENDING_TTL_MS) return;
      if (!(await apis.permissions.contains({ origins: [request.pattern] }))) return; // onAdded follows the grant
      if (await takeRequest([request.pattern])) await enable(request.pattern, request.tabId);
    },
    async onRemoved(origins: string[]) {
      const removed = origins.filter((p) => siteHost(p));
      if (removed.length) await disable(removed);
    },
    /**
     * The context menu. permissions.request runs synchronously in the click's handler: both Chrome's worker
     * and Firefox's event page count a context-menu click as a user action, but only until the first await.
     */
    onMenuClicked(pageUrl: string | undefined, tabId: number | undefined): Promise<boolean> {
      const pattern = siteOriginPattern(pageUrl);
      if (!pattern) return Promise.resolve(false);
      let asked: Promise<boolean>;
      try {
        asked = apis.permissions.request({ origins: [pattern] });
      } catch (err) {
        asked = Promise.reject(err);
      }
      return asked.then(
        (granted) => (granted ? enable(pattern, tabId) : false),
        // A browser that refuses the request here ("only from a user input handler"): the popup's button asks instead.
        async () => {
          await apis.request.set({ pattern, tabId, at: now() });
          await apis.openPopup?.().catch(() => undefined);
          return false;
        },
      );
    },
  };
}

export type AnySite = ReturnType<typeof createAnySite>;

function browserApis(): AnySiteApis {
  const scripting = browser.scripting as unknown as AnySiteApis['scripting'];
  return {
    permissions: browser.permissions as unknown as AnySiteApis['permissions'],
    scripting,
    // Firefox's getManifest() gives these as absolute moz-extension:// URLs; scripting wants paths from the extension root.
    contentScriptFiles: () => (browser.runtime.getManifest().content_scripts?.[0]?.js ?? []).map((file) => file.replace(/^[a-z-]+:\/\/[^/]+\//, '')),
    otherHosts: async () => (await getSubscriptions()).map((s) => new URL(s.url).hostname),
    sites: { get: () => enabledSitesItem.getValue(), set: (v) => enabledSitesItem.setValue(v) },
    request: { get: () => siteRequestItem.getValue(), set: (v) => siteRequestItem.setValue(v) },
    openPopup: async () => void (await (browser.action as unknown as { openPopup?(): Promise<void> }).openPopup?.()),
  };
}

/** Called synchronously from setupBackground: a worker woken by one of these events must find its listener. */
export function setupAnySite(apis: AnySiteApis = browserApis()): AnySite {
  const site = createAnySite(apis);
  const origins = (p: { origins?: string[] }) => p.origins ?? [];
  browser.permissions.onAdded.addListener((p) => void site.onAdded(origins(p)));
  browser.permissions.onRemoved.addListener((p) => void site.onRemoved(origins(p)));
  siteRequestItem.watch((request) => void site.onRequest(request));
  browser.runtime.onInstalled.addListener(() => createMenus());
  browser.contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_PAGE && info.menuItemId !== MENU_ACTION) return;
    void site.onMenuClicked(info.pageUrl ?? tab?.url, tab?.id);
  });
  void site.reconcile().catch((err) => console.warn('Tact: reconciling site registrations failed', err));
  return site;
}

function createMenus() {
  const menus = browser.contextMenus;
  if (!menus) return;
  const title = browser.i18n.getMessage('menuUseOnSite') || 'Use Tact on this site';
  void menus.removeAll().then(() => {
    // Right-click on a https page, and the toolbar icon's own menu.
    menus.create({ id: MENU_PAGE, title, contexts: ['page'], documentUrlPatterns: ['https://*/*'] });
    menus.create({ id: MENU_ACTION, title, contexts: ['action'] });
  });
}
