/** Starts Debian's Chromium with the built extension, the marketplace hostnames mapped to the fixture server. */
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createHash, createPublicKey } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { selfSignedCert } from './cert';
import { AMAZON_HOSTS } from '@/utils/sites/amazon-hosts';
import { ALIEXPRESS_HOSTS } from '@/utils/sites/aliexpress-hosts';

export const EXTENSION_DIR = resolve(process.env.TACT_OUT_DIR ?? '.output', 'chrome-mv3');
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].filter(Boolean) as string[];

export interface TactBrowser {
  context: BrowserContext;
  server: FixtureServer;
  extensionId: string;
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

/** base64 SHA-256 of the fixture certificate's public key, as --ignore-certificate-errors-spki-list takes it. */
function fixtureSpki(): string {
  const der = createPublicKey(selfSignedCert().cert).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('base64');
}

export function chromiumPath(): string {
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH)');
  return found;
}

export interface LaunchOptions {
  headless?: boolean;
  viewport?: { width: number; height: number };
  /** Hosts served by another local server (e.g. a pack subscription), as host -> port. */
  extraHosts?: Record<string, number>;
}

export async function launchTact(options: LaunchOptions = {}): Promise<TactBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`no build in ${EXTENSION_DIR}: run npm run build`);
  const server = await startFixtureServer();
  const profile = mkdtempSync(join(tmpdir(), 'tact-profile-'));
  const extra = options.extraHosts ?? {};
  const map = [
    ...Object.entries(extra).map(([h, port]) => `MAP ${h} 127.0.0.1:${port}`),
    ...[...AMAZON_HOSTS, ...ALIEXPRESS_HOSTS].filter((h) => !(h in extra)).map((h) => `MAP ${h} 127.0.0.1:${server.port}`),
  ].join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: false, // --headless=new below: extensions need the new headless mode
    ignoreHTTPSErrors: true,
    viewport: options.viewport ?? { width: 1400, height: 860 },
    args: [
      ...(options.headless === false ? [] : ['--headless=new']),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--host-resolver-rules=${map}`,
      // Playwright's ignoreHTTPSErrors covers pages only: the service worker's fetches (pack subscriptions) trust
      // the local servers' certificate through its pinned public key.
      `--ignore-certificate-errors-spki-list=${fixtureSpki()}`,
    ],
  });
  const serviceWorker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  const extensionId = new URL((await serviceWorker()).url()).host;
  return {
    context,
    server,
    extensionId,
    serviceWorker,
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Stops the extension's service worker as Chrome does after 30 s idle (CDP Target.closeTarget). The
 * marker left in the worker's global scope shows whether the next answer came from a fresh worker.
 */
export async function stopServiceWorker(tact: TactBrowser, page: import('playwright-core').Page): Promise<void> {
  const worker = await tact.serviceWorker();
  await worker.evaluate(() => ((self as unknown as { __tactMarker: number }).__tactMarker = 1));
  const cdp = await tact.context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${tact.extensionId}/`));
  if (!target) throw new Error('extension service worker not found');
  await cdp.send('Target.closeTarget', { targetId: target.targetId });
  await cdp.detach();
}

/** True when the worker answering now is not the one stopServiceWorker marked. */
export async function workerWasRestarted(tact: TactBrowser): Promise<boolean> {
  const worker = await tact.serviceWorker();
  return worker.evaluate(() => (self as unknown as { __tactMarker?: number }).__tactMarker === undefined);
}
