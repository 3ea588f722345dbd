/**
 * Nothing a buyer wrote, no buyer name and no order id reaches any storage area: after a session of 20
 * conversations (every fixture Tact reads, with corrections and Inserts along the way), the worker dumps
 * chrome.storage (local, session, sync) and every IndexedDB database, and none of them holds any of it.
 */
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTactBrowser } from './support/session';
import { inOverlay, waitForOverlay } from '@/scripts/lib/browser/overlay';
import { FIXTURE_VARIANTS } from '@/tests/fixtures/sites/manifest';

const session = useTactBrowser();

/** In the page: what the site rule reads there (the buyer's texts, the name, the order id) — the strings to look for. */
const READ_ENTRY = `
import { adapterFor } from '@/utils/sites/adapters';
window.__tactSecrets = () => {
  const url = new URL(location.href);
  const c = adapterFor(url)?.read(document, url);
  if (!c) return [];
  return [c.buyerName, c.orderId, c.trackingNumber, ...c.messages.filter((m) => m.from === 'buyer').map((m) => m.text.slice(0, 60))].filter(Boolean);
};
`;

/** In the worker: every storage area as one string. */
const DUMP = async () => {
  const c = (globalThis as unknown as { chrome: { storage: Record<string, { get(k: null): Promise<unknown> } | undefined> } }).chrome;
  const areas: Record<string, unknown> = {};
  for (const name of ['local', 'session', 'sync']) areas[name] = await c.storage[name]?.get(null).catch(() => null);
  const dbs: Record<string, unknown> = {};
  for (const info of await indexedDB.databases()) {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(info.name!);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    for (const store of db.objectStoreNames) {
      dbs[`${info.name}/${store}`] = await new Promise((resolve) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => resolve(null);
      });
    }
    db.close();
  }
  return JSON.stringify({ areas, dbs });
};

let readScript = '';
beforeAll(async () => {
  const out = await build({ stdin: { contents: READ_ENTRY, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'iife', write: false, target: 'chrome120', tsconfig: 'tsconfig.json' });
  readScript = out.outputFiles[0].text;
});

describe('storage after a session of 20 conversations', () => {
  it('holds no buyer text, buyer name or order id anywhere', async () => {
    const secrets = new Set<string>();
    const ready = FIXTURE_VARIANTS.filter((v) => v.expect.state === 'ready');
    let conversations = 0;
    for (let round = 0; conversations < 20; round++) {
      for (const v of ready) {
        if (conversations >= 20) break;
        const { page } = await session.open(v.url);
        await waitForOverlay(page, { state: 'ready' });
        await page.addScriptTag({ content: readScript });
        for (const s of (await page.evaluate('window.__tactSecrets()')) as string[]) if (s.trim().length >= 6) secrets.add(s.trim());
        // Corrections and Inserts are what writes storage: make some of each.
        if (conversations % 3 === 0) await page.selectOption(inOverlay('select[aria-label="Country"]'), round % 2 ? 'AT' : 'CH');
        if (conversations % 4 === 1) await page.locator(inOverlay('.tact-template [data-action="insert"]')).first().click();
        await page.waitForTimeout(300);
        await page.close();
        conversations++;
      }
    }
    expect(secrets.size).toBeGreaterThan(20);
    const dump = await (await session.browser.serviceWorker()).evaluate(DUMP);
    expect(dump.length).toBeGreaterThan(1000); // the knowledge DB is in it
    const found = [...secrets].filter((s) => dump.includes(s) || dump.includes(JSON.stringify(s).slice(1, -1)));
    expect(found).toEqual([]);
  }, 240_000);
});
