/**
 * A team's pack server for the subscription tests: https, ETag / If-None-Match (304), content swapped by the
 * test between checks, every request logged.
 *
 * Chrome shows the optional-permission prompt as a native dialog that headless automation cannot answer (the
 * request just stays pending), so the e2e browser reaches this server under a host the extension already
 * holds (PACK_HOST, one of the marketplace hosts): chrome.permissions.request then resolves true at once and
 * the rest of the path — fetch, ETag, signature, install, What's new — runs for real. The prompt/denial logic
 * itself is covered by the component tests with a fake permissions API.
 */
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selfSignedCert } from '@/scripts/lib/browser/cert';
import { launchTact, type TactBrowser } from '@/scripts/lib/browser/launch';

export const PACK_HOST = 'msg.aliexpress.com';

export interface PackServer {
  port: number;
  /** The https URL agents subscribe to (PACK_HOST, mapped to this server). */
  url(path: string): string;
  serve(path: string, body: string, etag: string): void;
  requests: Array<{ path: string; ifNoneMatch: string | null; status: number }>;
  close(): Promise<void>;
}

export async function startPackServer(): Promise<PackServer> {
  const { key, cert } = selfSignedCert();
  const files = new Map<string, { body: string; etag: string }>();
  const requests: PackServer['requests'] = [];
  const server: Server = createServer({ key, cert }, (req, res) => {
    const path = new URL(req.url ?? '/', 'https://packs').pathname;
    const file = files.get(path);
    const ifNoneMatch = (req.headers['if-none-match'] as string | undefined) ?? null;
    const status = !file ? 404 : ifNoneMatch === file.etag ? 304 : 200;
    requests.push({ path, ifNoneMatch, status });
    if (status !== 200) {
      res.writeHead(status, file ? { etag: file.etag } : {}).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', etag: file!.etag, 'cache-control': 'no-cache' }).end(file!.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (path) => `https://${PACK_HOST}${path}`,
    serve: (path, body, etag) => void files.set(path, { body, etag }),
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** launchTact's browser, with PACK_HOST routed to the pack server instead of the marketplace fixtures. */
export function launchTactWithPacks(packs: PackServer): Promise<TactBrowser> {
  return launchTact({ extraHosts: { [PACK_HOST]: packs.port } });
}

/** The Lumen team pack fixtures compiled, signed with a fresh team key, and one signed copy tampered with. */
export interface TeamPackFiles {
  dir: string;
  publicKey: string;
  keyId: string;
  v1: string;
  v2: string;
  v1Signed: string;
  v2Signed: string;
  v2Tampered: string;
  broken: string;
  text(path: string): string;
}

export async function writeTeamPackFiles(): Promise<TeamPackFiles> {
  const { compilePack } = await import('@/knowledge/compiler');
  const { readSourceDir } = await import('@/scripts/lib/pack-files');
  const { generateSigningKey, signPack } = await import('@/knowledge/signature');
  const { readFileSync, writeFileSync, copyFileSync } = await import('node:fs');
  const fixtures = join(process.cwd(), 'tests/fixtures/packs-distribution');
  const dir = mkdtempSync(join(tmpdir(), 'tact-team-packs-'));
  const key = await generateSigningKey();
  const write = (name: string, value: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
    return path;
  };
  const v1 = compilePack(readSourceDir(join(fixtures, 'team-v1')));
  const v2 = compilePack(readSourceDir(join(fixtures, 'team-v2')));
  const signed2 = await signPack(v2, key);
  const tampered = structuredClone(signed2) as typeof signed2 & { pack: typeof v2 };
  const shade = tampered.pack.entries.find((e) => e.id === 'team.lumen.damaged_item.amazon.glass-shade')!;
  if (shade.kind === 'template') shade.variants[0].text = shade.variants[0].text.replace('kostenlos', 'gegen eine Gebühr von 9,99 €');
  const broken = join(dir, 'broken-team.yaml');
  copyFileSync(join(fixtures, 'broken-team.yaml'), broken);
  return {
    dir,
    publicKey: key.publicKey,
    keyId: key.keyId,
    v1: write('lumen-team-1.0.0.json', v1),
    v2: write('lumen-team-1.1.0.json', v2),
    v1Signed: write('lumen-team-1.0.0.signed.json', await signPack(v1, key)),
    v2Signed: write('lumen-team-1.1.0.signed.json', signed2),
    v2Tampered: write('lumen-team-1.1.0.tampered.signed.json', tampered),
    broken,
    text: (path) => readFileSync(path, 'utf8'),
  };
}

/**
 * README screenshots: with TACT_SCREENSHOTS=<dir> the e2e tests save the popup, side panel and options at
 * their telling moments (light, and dark where `dark` is set); without it this does nothing.
 */
export async function snap(page: import('playwright-core').Page, name: string, options: { dark?: boolean; fullPage?: boolean } = {}): Promise<void> {
  const dir = process.env.TACT_SCREENSHOTS;
  if (!dir) return;
  const { mkdirSync } = await import('node:fs');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: options.fullPage ?? false });
  if (options.dark) {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(dir, `${name}-dark.png`), fullPage: options.fullPage ?? false });
    await page.emulateMedia({ colorScheme: null });
  }
}
