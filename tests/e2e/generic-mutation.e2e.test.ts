/**
 * The mutation suite: the generic reader on every ready fixture page and on chat layouts of unknown sites,
 * each page also with every class and id renamed at random and extra wrapper divs (scripts/lib/browser/
 * mutate-page.ts), in real Chromium. A variant passes when the reader finds the buyer's latest message
 * (the site adapter's reading of the unmutated page, or the page's known text) and a reply box that takes
 * a marker text in the right element. No extension: the reader is bundled with esbuild and injected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from '@/scripts/lib/browser/fixture-server';
import { chromiumPath } from '@/scripts/lib/browser/launch';
import { FIXTURE_VARIANTS } from '@/tests/fixtures/sites/manifest';
import { GENERIC_PAGES } from '@/tests/fixtures/sites/generic/pages';

const SEEDS = [11, 23, 37];
const PASS_SHARE = 0.9;

interface Case {
  name: string;
  url: string;
  /** Known expectation (generic pages); site fixture pages take theirs from the site adapter. */
  known?: { latestBuyerText: string; reply: string[] };
}

interface Outcome {
  text: boolean;
  reply: boolean;
  got?: string;
  expected?: string;
}

const CASES: Case[] = [
  ...FIXTURE_VARIANTS.filter((v) => v.expect.state === 'ready').map((v) => ({ name: `${v.adapter}: ${v.variant}`, url: v.url })),
  ...GENERIC_PAGES.map((p) => ({ name: `generic: ${p.variant}`, url: p.url, known: { latestBuyerText: p.latestBuyerText, reply: p.reply } })),
];

const ENTRY = `
import { readGenericConversation, findGenericReplyTarget } from '@/utils/sites/generic';
import { insertReply } from '@/utils/reply/insert';
import { mutatePage } from '@/scripts/lib/browser/mutate-page';
window.__generic = { readGenericConversation, findGenericReplyTarget, insertReply, mutatePage };
`;
/** The site layer, for the expectations; built apart so a site layer mid-rewrite costs only the cross-check. */
const SITE_ENTRY = `
import { adapterFor } from '@/utils/sites/adapters';
window.__generic.adapterFor = adapterFor;
`;

/** What the injected bundle puts on the page's window. */
interface PageApi {
  readGenericConversation: typeof import('@/utils/sites/generic').readGenericConversation;
  findGenericReplyTarget: typeof import('@/utils/sites/generic').findGenericReplyTarget;
  adapterFor?: typeof import('@/utils/sites/adapters').adapterFor;
  insertReply: typeof import('@/utils/reply/insert').insertReply;
  mutatePage: typeof import('@/scripts/lib/browser/mutate-page').mutatePage;
}
type PageWindow = Window & { __generic: PageApi; __expectInput: HTMLElement | null };

let browser: Browser;
let context: BrowserContext;
let server: FixtureServer;
let bundle: string;
let expectedFrom = '';
const table: { name: string; seed: string; text: boolean; reply: boolean; note: string }[] = [];

beforeAll(async () => {
  const bundleOf = async (contents: string) =>
    (await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'iife', write: false, target: 'chrome120', tsconfig: 'tsconfig.json', logLevel: 'silent' }))
      .outputFiles[0].text;
  bundle = await bundleOf(ENTRY);
  try {
    bundle += `\n${await bundleOf(SITE_ENTRY)}`;
    expectedFrom = 'the site adapter on the unmutated page';
  } catch (error) {
    // Without the site layer the unmutated page's generic reading is the reference: the suite then measures
    // robustness to mutation only, and says so.
    expectedFrom = `the generic reader on the unmutated page (site layer did not build: ${String(error).split('\n')[1] ?? error})`;
  }
  server = await startFixtureServer();
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', `--host-resolver-rules=MAP * 127.0.0.1:${server.port}`],
  });
  context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1400, height: 860 } });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** How long a page takes to show its messages: the fixtures' late and batched variants say so in the URL. */
function settleMs(url: string): number {
  const u = new URL(url.replace('#', '%23'));
  const search = new URLSearchParams(u.search.replace(/%23.*/, ''));
  const fx = search.get('fx') ?? '';
  const delay = Number(search.get('delay') ?? (fx === 'late' ? 2500 : 600));
  return delay + (fx === 'batches' ? Number(search.get('batch2') ?? 1500) : 0) + 500;
}

async function openPage(url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs(url));
  await page.addScriptTag({ content: bundle });
  return page;
}

/** The expectation on the unmutated page: the latest buyer message and the reply element (kept as a reference). */
async function expectation(page: Page, c: Case): Promise<string | null> {
  return page.evaluate((known) => {
    const w = window as unknown as PageWindow;
    if (known) {
      let root: ParentNode | null = document;
      let el: Element | null = null;
      for (const hop of known.reply) {
        el = root?.querySelector(hop) ?? null;
        root = el?.tagName === 'IFRAME' ? ((el as HTMLIFrameElement).contentDocument ?? null) : (el?.shadowRoot ?? el);
      }
      w.__expectInput = el as HTMLElement | null;
      return known.latestBuyerText;
    }
    const url = new URL(location.href);
    if (!w.__generic.adapterFor) {
      const target = w.__generic.findGenericReplyTarget(document);
      w.__expectInput = target?.input ?? null;
      const plain = w.__generic.readGenericConversation(document, {});
      return plain ? ([...plain.messages].reverse().find((m) => m.from === 'buyer')?.text ?? '') : null;
    }
    const adapter = w.__generic.adapterFor(url);
    const conversation = adapter?.read(document, url);
    w.__expectInput = adapter?.replyTarget(document)?.input ?? null;
    if (!conversation) return null;
    return [...conversation.messages].reverse().find((m) => m.from === 'buyer')?.text ?? '';
  }, c.known ?? null);
}

/** Mutates (seed > 0), reads with the generic reader and inserts a marker through its reply target. */
async function readVariant(page: Page, seed: number): Promise<{ text: string; replyOk: boolean; stats?: unknown }> {
  const stats = seed ? await page.evaluate((s) => (window as unknown as PageWindow).__generic.mutatePage(document, s), seed) : undefined;
  await page.waitForTimeout(50);
  return page
    .evaluate((marker) => {
      const w = window as unknown as PageWindow;
      const conversation = w.__generic.readGenericConversation(document, {});
      const text = [...(conversation?.messages ?? [])].reverse().find((m) => m.from === 'buyer')?.text ?? '';
      const target = w.__generic.findGenericReplyTarget(document);
      const expected = w.__expectInput;
      if (!target || !expected) return { text, replyOk: false };
      w.__generic.insertReply(target, marker);
      const value = 'value' in expected ? (expected as HTMLTextAreaElement).value : (expected.textContent ?? '');
      return { text, replyOk: value.includes(marker) };
    }, `tact-marker-${seed}`)
    .then((r) => ({ ...r, stats }));
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The same text, or the text with a short meta line left on it (a time, a name). */
function sameText(got: string, expected: string): boolean {
  const [a, b] = [norm(got), norm(expected)];
  if (!b) return !a;
  return a === b || (a.includes(b) && a.length - b.length <= 40);
}

describe('generic reader mutation suite', () => {
  it(`reads the buyer's latest message and the reply box on >= ${PASS_SHARE * 100}% of mutated variants`, { timeout: 900_000 }, async () => {
    let passed = 0;
    let total = 0;
    for (const c of CASES) {
      for (const seed of [0, ...SEEDS]) {
        const page = await openPage(c.url);
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        let outcome: Outcome;
        try {
          const expected = await expectation(page, c);
          const got = await readVariant(page, seed);
          outcome = expected === null ? { text: false, reply: false, expected: '(site adapter read nothing)' } : { text: sameText(got.text, expected), reply: got.replyOk, got: got.text, expected };
        } catch (error) {
          outcome = { text: false, reply: false, got: String(error) };
        }
        await page.close();
        const ok = outcome.text && outcome.reply;
        if (seed) {
          total++;
          if (ok) passed++;
        }
        const note = outcome.text ? '' : `got ${JSON.stringify((outcome.got ?? '').slice(0, 60))} expected ${JSON.stringify((outcome.expected ?? '').slice(0, 60))}`;
        table.push({ name: c.name.slice(0, 70), seed: seed ? String(seed) : 'plain', text: outcome.text, reply: outcome.reply, note });
      }
    }
    const lines = table.map((r) => `${r.text && r.reply ? 'PASS' : 'FAIL'}  ${r.seed.padEnd(5)} text:${r.text ? 'y' : 'n'} reply:${r.reply ? 'y' : 'n'}  ${r.name}${r.note ? `  — ${r.note}` : ''}`);
    console.log(`generic reader, ${passed}/${total} mutated variants pass (${((passed / total) * 100).toFixed(1)}%); expected text from ${expectedFrom}\n${lines.join('\n')}`);
    expect(total).toBeGreaterThanOrEqual(CASES.length * SEEDS.length);
    expect(passed / total).toBeGreaterThanOrEqual(PASS_SHARE);
  });
});
