/**
 * Starts Debian's Firefox ESR through puppeteer-core (WebDriver BiDi) with the built Firefox extension installed
 * as a temporary add-on. The marketplace hostnames reach the fixture server through a local HTTP proxy that
 * tunnels only those hosts (Firefox has no --host-resolver-rules): URLs, ports and content-script matches stay
 * exactly as on the live sites, and nothing else leaves the machine.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startFixtureServer, UNSEEN_HOST, type FixtureServer } from './fixture-server';
import { AMAZON_HOSTS } from '@/utils/sites/amazon-hosts';
import { ALIEXPRESS_HOSTS } from '@/utils/sites/aliexpress-hosts';

export const FIREFOX_EXTENSION_DIR = resolve(process.env.TACT_OUT_DIR ?? '.output', 'firefox-mv3');
const CANDIDATES = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean) as string[];

export interface TactFirefox {
  browser: Browser;
  server: FixtureServer;
  /** The add-on id (browser_specific_settings.gecko.id). */
  extensionId: string;
  /** moz-extension://<uuid>: the per-install host of the extension's pages. */
  origin: string;
  /** A new tab at `url` (about:blank when omitted). */
  open(url?: string): Promise<Page>;
  /** A new tab showing one of the extension's pages, e.g. `popup.html`, once its document has loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /**
   * What a click on Tact's toolbar button does in the front window: activeTab for the selected tab, and the popup
   * opened in its panel (which automation can't reach: drive popup.html in a background tab instead). Returns the
   * selected tab's URL.
   */
  pressToolbarButton(): Promise<string>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** Hosts served by another local server (e.g. a pack subscription), as host -> port. */
  extraHosts?: Record<string, number>;
}

export function firefoxPath(): string {
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error('Firefox not found: apt-get install -y firefox-esr (or set FIREFOX_PATH)');
  return found;
}

/** An HTTP proxy that answers CONNECT for the given hosts with a tunnel to a local port and refuses the rest. */
async function startTunnelProxy(routes: Map<string, number>): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const proxy: Server = createServer((_req, res) => res.writeHead(403).end('tact test proxy: https only'));
  proxy.on('connect', (req, client: Socket, head: Buffer) => {
    const [host, port] = (req.url ?? '').split(':');
    const target = port === '443' ? routes.get(host) : undefined;
    if (target === undefined) return void client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    const upstream = connect(target, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => (client.destroy(), upstream.destroy()));
    }
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  return {
    port: (proxy.address() as AddressInfo).port,
    close: () => new Promise((done) => (sockets.forEach((s) => s.destroy()), proxy.close(() => done()))),
  };
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/**
 * Runs `expression` in the browser window's privileged (chrome) scope: WebDriver BiDi's moz:scope, open to a
 * Firefox started with --remote-allow-system-access. For the browser's own UI, which no page can reach.
 */
async function evaluateInChrome(browser: Browser, expression: string): Promise<unknown> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string; url: string }[] };
  const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no browser window in the chrome scope');
  const reply = (await connection.send('script.evaluate', { expression, target: { context: window.context }, awaitPromise: true })).result as {
    type: string;
    result?: { value?: unknown };
    exceptionDetails?: { text?: string };
  };
  if (reply.type !== 'success') throw new Error(`chrome-scope script failed: ${reply.exceptionDetails?.text ?? 'unknown error'}`);
  return reply.result?.value;
}

/**
 * Navigates to (or reloads) a moz-extension:// page. Firefox performs the navigation, but puppeteer's BiDi
 * navigation tracking never sees it finish for extension pages: start it, then wait for the document itself.
 */
export async function loadExtensionPage(page: Page, url: string, timeout = 15000): Promise<void> {
  void page.goto(url, { timeout: 0 }).catch(() => undefined); // settles when the tab closes
  const until = Date.now() + timeout;
  for (;;) {
    const state = await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '');
    if (state === `${url} complete`) return;
    if (Date.now() > until) throw new Error(`${url} did not load (last seen: ${state || 'nothing'})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function launchTactFirefox(options: FirefoxLaunchOptions = {}): Promise<TactFirefox> {
  const manifestPath = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`no build in ${FIREFOX_EXTENSION_DIR}: run npm run build:firefox`);
  const extensionId: string = JSON.parse(readFileSync(manifestPath, 'utf8')).browser_specific_settings.gecko.id;
  const server = await startFixtureServer();
  const routes = new Map<string, number>([...AMAZON_HOSTS, ...ALIEXPRESS_HOSTS].map((h) => [h, server.port]));
  // The shop helpdesk of "Use Tact on this site": reachable always, but Tact runs there only once the agent enables it.
  routes.set(UNSEEN_HOST, server.port);
  for (const [host, port] of Object.entries(options.extraHosts ?? {})) routes.set(host, port);
  const proxy = await startTunnelProxy(routes);
  // Firefox keeps each add-on's moz-extension UUID in this pref: fixing it up front gives the tests its pages' URLs.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    acceptInsecureCerts: true, // the fixture server's self-signed certificate
    defaultViewport: { width: 1400, height: 860 },
    // WebDriver BiDi refuses to navigate to moz-extension:// pages (the popup) without this flag.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.dns.disablePrefetch': true,
      'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: uuid }),
      // permissions.request() grants without the doorhanger a headless browser can't click (the popup banner).
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  try {
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== extensionId) throw new Error(`installed ${installed}, expected ${extensionId}`);
  } catch (err) {
    await browser.close();
    await Promise.all([server.close(), proxy.close()]);
    throw err;
  }
  return {
    browser,
    server,
    extensionId,
    origin: `moz-extension://${uuid}`,
    async open(url) {
      const page = await browser.newPage();
      if (url) await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await loadExtensionPage(page, `moz-extension://${uuid}/${path.replace(/^\//, '')}`);
      return page;
    },
    async pressToolbarButton() {
      // browserAction's triggerAction is the toolbar click's own handler (also _execute_action's).
      const url = await evaluateInChrome(
        browser,
        `(async () => {
          const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
          const extension = WebExtensionPolicy.getByID(${JSON.stringify(extensionId)}).extension;
          const win = Services.wm.getMostRecentWindow('navigator:browser');
          await ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(win);
          return win.gBrowser.selectedBrowser.currentURI.spec;
        })()`,
      );
      if (typeof url !== 'string') throw new Error(`the toolbar button press returned ${String(url)}`);
      return url;
    },
    async close() {
      await browser.close();
      await Promise.all([server.close(), proxy.close()]);
    },
  };
}
