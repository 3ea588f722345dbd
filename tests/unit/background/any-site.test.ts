import { describe, expect, it } from 'vitest';
import { createAnySite, type AnySiteApis } from '@/entrypoints/background/any-site';
import { planReconcile, siteOriginPattern, siteScriptId } from '@/utils/sites/any-site-origin';
import type { SiteRequest } from '@/utils/sites/any-site-store';

const SITE = 'https://helpdesk.shop-example.com/*';
const MARKET = 'https://sellercentral.amazon.de/*';

function fakeApis(granted: string[], opts: { registered?: string[]; requestThrows?: boolean; grantOnRequest?: boolean } = {}) {
  const state = {
    granted: new Set(granted),
    scripts: new Map((opts.registered ?? []).map((id) => [id, { id, matches: [] as string[], js: ['content-scripts/assist.js'] }])),
    sites: [] as string[],
    request: null as SiteRequest | null,
    injected: [] as number[],
    popupOpened: 0,
  };
  const apis: AnySiteApis = {
    permissions: {
      getAll: async () => ({ origins: [...state.granted] }),
      contains: async ({ origins }) => origins.every((o) => state.granted.has(o)),
      request: ({ origins }) => {
        if (opts.requestThrows) throw new Error('permissions.request may only be called from a user input handler');
        if (opts.grantOnRequest) origins.forEach((o) => state.granted.add(o));
        return Promise.resolve(opts.grantOnRequest ?? false);
      },
    },
    scripting: {
      getRegisteredContentScripts: async (filter) => [...state.scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
      registerContentScripts: async (scripts) => {
        for (const s of scripts) {
          if (state.scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          state.scripts.set(s.id, { id: s.id, matches: s.matches ?? [], js: s.js ?? [] });
        }
      },
      unregisterContentScripts: async (filter) => filter?.ids?.forEach((id) => state.scripts.delete(id)),
      executeScript: async ({ target }) => void state.injected.push(target.tabId),
    },
    contentScriptFiles: () => ['content-scripts/assist.js'],
    otherHosts: async () => ['packs.team.example'],
    sites: { get: async () => state.sites, set: async (v) => void (state.sites = v) },
    request: { get: async () => state.request, set: async (v) => void (state.request = v) },
    openPopup: async () => void state.popupOpened++,
    now: () => 1_000_000,
  };
  return { apis, state, site: createAnySite(apis) };
}

describe('siteOriginPattern', () => {
  it('asks for the https origin of a page, never a marketplace or http', () => {
    expect(siteOriginPattern('https://Helpdesk.Shop-Example.com:8443/tickets/42?x=1')).toBe(SITE);
    expect(siteOriginPattern('http://helpdesk.shop-example.com/')).toBeNull();
    expect(siteOriginPattern('https://sellercentral.amazon.de/messaging/inbox')).toBeNull();
    expect(siteOriginPattern('chrome://extensions')).toBeNull();
    expect(siteOriginPattern('not a url')).toBeNull();
    expect(siteOriginPattern(undefined)).toBeNull();
  });
  it('refuses an id for anything but a per-site pattern', () => {
    expect(siteScriptId(SITE)).toBe('tact-site:helpdesk.shop-example.com');
    expect(() => siteScriptId('https://*/*')).toThrow(/not a per-site origin pattern/);
    expect(() => siteScriptId(MARKET)).toThrow(/not a per-site/);
  });
});

describe('planReconcile', () => {
  it('registers granted sites, drops registrations without a permission, ignores marketplaces, wildcards, pack hosts and foreign scripts', () => {
    const plan = planReconcile(
      [MARKET, SITE, 'https://*/*', 'https://packs.team.example/*', 'https://shop.example.org/*'],
      ['tact-site:shop.example.org', 'tact-site:gone.example.net', 'someone-else'],
      ['packs.team.example'],
    );
    expect(plan).toEqual({ register: [SITE], unregister: ['tact-site:gone.example.net'], sites: [SITE, 'https://shop.example.org/*'] });
  });
});

describe('any-site worker logic', () => {
  it('reconciles on start: one registration per granted site, none left without permission', async () => {
    const { site, state } = fakeApis([MARKET, SITE], { registered: ['tact-site:old.example.com'] });
    await site.reconcile();
    expect([...state.scripts.keys()]).toEqual([siteScriptId(SITE)]);
    expect(state.scripts.get(siteScriptId(SITE))).toMatchObject({ matches: [SITE], js: ['content-scripts/assist.js'] });
    expect(state.sites).toEqual([SITE]);
    await site.reconcile(); // idempotent: no duplicate-id error
    expect(state.scripts.size).toBe(1);
  });

  it('enables on the grant the popup asked for and injects into that tab; ignores grants it did not ask for', async () => {
    const { site, state } = fakeApis([]);
    state.granted.add('https://packs.team.example/*');
    await site.onAdded(['https://packs.team.example/*']); // a pack subscription's grant
    expect(state.scripts.size).toBe(0);
    state.request = { pattern: SITE, tabId: 7, at: 1_000_000 };
    state.granted.add(SITE);
    await site.onAdded([SITE]);
    expect([...state.scripts.keys()]).toEqual([siteScriptId(SITE)]);
    expect(state.injected).toEqual([7]);
    expect(state.sites).toEqual([SITE]);
    expect(state.request).toBeNull();
  });

  it('ignores a stale request, and enables at once when the permission was already held', async () => {
    const { site, state } = fakeApis([SITE]);
    await site.onRequest({ pattern: SITE, tabId: 3, at: 1_000_000 - 10 * 60_000 });
    expect(state.scripts.size).toBe(0);
    state.request = { pattern: SITE, tabId: 3, at: 1_000_000 };
    await site.onRequest(state.request);
    expect(state.injected).toEqual([3]);
    expect(state.scripts.size).toBe(1);
  });

  it('does not register without the permission', async () => {
    const { site, state } = fakeApis([]);
    expect(await site.enable(SITE, 1)).toBe(false);
    expect(state.scripts.size).toBe(0);
    await expect(site.enable(MARKET)).rejects.toThrow(/only a https site that isn't a marketplace/);
  });

  it('removing the permission removes Tact from the site', async () => {
    const { site, state } = fakeApis([SITE]);
    await site.reconcile();
    state.granted.delete(SITE);
    await site.onRemoved([SITE, MARKET]);
    expect(state.scripts.size).toBe(0);
    expect(state.sites).toEqual([]);
  });

  it('context menu: requests the page origin, enables on grant, falls back to the popup when the browser refuses', async () => {
    const ok = fakeApis([], { grantOnRequest: true });
    expect(await ok.site.onMenuClicked('https://helpdesk.shop-example.com/tickets/42', 9)).toBe(true);
    expect(ok.state.injected).toEqual([9]);
    expect(await ok.site.onMenuClicked('https://sellercentral.amazon.de/home', 9)).toBe(false);
    const refused = fakeApis([], { requestThrows: true });
    expect(await refused.site.onMenuClicked('https://helpdesk.shop-example.com/tickets/42', 9)).toBe(false);
    expect(refused.state.popupOpened).toBe(1);
    expect(refused.state.request).toMatchObject({ pattern: SITE, tabId: 9 });
  });
});
