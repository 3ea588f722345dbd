/**
 * Serves the fixture pages over https at the real marketplace paths; Chromium maps the real hostnames
 * here with --host-resolver-rules, so content-script matches and URL parsing run as on the live sites.
 */
import { createServer, type Server } from 'node:https';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { selfSignedCert } from './cert';

export const FIXTURE_ROOT = join(process.cwd(), 'tests/fixtures/sites');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

const AMAZON_THREADS: Record<string, string> = {
  'T-DE-1': 'amazon/thread-de-1.html',
  'T-DE-2': 'amazon/thread-de-2.html',
  'T-US-1': 'amazon/thread-us-1.html',
  'T-UK-1': 'amazon/thread-uk-1.html',
  'T-UK-2': 'amazon/thread-uk-2.html',
  'T-FR-1': 'amazon/thread-renamed.html',
  'T-ES-1': 'amazon/thread-hashed.html',
  'T-IT-1': 'amazon/thread-wrapped.html',
  'T-JP-1': 'amazon/thread-jp-1.html',
  // A redesign no rule or heuristic reads (teach mode's page).
  'T-REDESIGN': 'teach/redesigned-inbox.html',
  // An earlier thread view, hidden, keeps its own reply box before the visible one.
  'T-HIDDEN-BOX': 'teach/hidden-thread-box.html',
};

/** A shop's own helpdesk, not a marketplace: Tact runs there only once the agent enables it. */
export const UNSEEN_HOST = 'helpdesk.shop-example.com';

/** Which fixture file answers a request, or null for a 404. */
export function routeFixture(host: string, url: URL): string | null {
  if (url.pathname.startsWith('/__fixtures/')) return url.pathname.slice('/__fixtures/'.length);
  if (host.startsWith('sellercentral')) {
    // The inbox as Seller Central sometimes ships it: the whole messaging app in a same-origin iframe.
    if (/^\/messaging\/inbox(-v3)?\/?$/.test(url.pathname) && url.searchParams.get('fx') === 'frame') return 'amazon/inbox-framed.html';
    if (/^\/messaging\/(inbox(-v3)?|thread)\/?$/.test(url.pathname)) {
      const thread = url.searchParams.get('threadId');
      return thread ? (AMAZON_THREADS[thread] ?? null) : 'amazon/inbox-empty.html';
    }
    if (url.pathname === '/messaging/contact') return 'amazon/contact.html';
    if (url.pathname === '/messaging/contact/returns') return 'amazon/contact-returns.html';
    if (url.pathname === '/home') return 'amazon/home.html';
  }
  // A seller chat Tact has no rule for (issue 12, "Use Tact on this site"): launchTact's extraHosts maps the host here.
  if (host === UNSEEN_HOST && /^\/tickets\/\d+$/.test(url.pathname)) return 'unseen/helpdesk-ticket.html';
  if (host === 'gsp.aliexpress.com' && url.pathname === '/m_apps/im-chat/im') return 'aliexpress/im.html';
  if (host === 'msg.aliexpress.com' && url.pathname === '/sellerMsgListNew.htm') return 'aliexpress/legacy-list.html';
  if (host === 'message.aliexpress.com' && /^\/(message\/(messagecenter_list\.htm)?)?$/.test(url.pathname)) return 'aliexpress/message-center.html';
  return null;
}

export interface FixtureServer {
  port: number;
  close(): Promise<void>;
}

export async function startFixtureServer(port = 0): Promise<FixtureServer> {
  const { key, cert } = selfSignedCert();
  const server: Server = createServer({ key, cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    const file = routeFixture(host, url);
    const path = file ? normalize(join(FIXTURE_ROOT, file)) : null;
    if (!path || !path.startsWith(FIXTURE_ROOT) || !existsSync(path)) {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<!doctype html><title>Not found</title><h1>Not found</h1>');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
