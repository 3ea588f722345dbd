/**
 * `read_p95_ms`: one read of a 2,000-message, ~20,000-node Amazon thread page by the layer that reads it
 * (the core `amazon-inbox` site rule, bundled with esbuild and injected into real Chromium), p95 over reads
 * that each follow a new message landing — the content script reads after every change, so a read of an
 * unchanged page would flatter it. The page's first read (every newest row parsed, code not yet optimised)
 * is `read_first_ms`. Three fresh pages, each read 200 times; the figures are the median page's. The generic reader's figures (scripts/bench/generic-read.ts) sit beside it.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath } from '@/scripts/lib/browser/launch';
import { percentile } from './stats';
import { run as runGeneric } from './generic-read';

const MESSAGES = 2000;
const READS = 200;
const URL_ = 'https://sellercentral.amazon.de/messaging/inbox?fi=ACTION_NEEDED&threadId=BENCH';

const ENTRY = `
import { adapterFor } from '@/utils/sites/adapters';
window.__benchRuleRead = (n, href) => {
  const url = new URL(href);
  const adapter = adapterFor(url);
  if (!adapter) throw new Error('no site rule applies to ' + href);
  const list = document.querySelector('.case-message-view-messages');
  // The first read parses the newest rows afresh (and runs code not yet optimised): reported on its own.
  const t0 = performance.now();
  if (!adapter.read(document, url)) throw new Error('the site rule read nothing on the bench page');
  const first = performance.now() - t0;
  const times = [];
  for (let i = 0; i < n; i++) {
    const row = list.lastElementChild.cloneNode(true);
    row.querySelector('.message-body-text').textContent = 'A new message ' + i;
    list.append(row);
    const t = performance.now();
    const c = adapter.read(document, url);
    times.push(performance.now() - t);
    if (!c || !c.messages.length) throw new Error('the site rule read nothing on the bench page');
  }
  let nodes = 0;
  for (const w = document.createTreeWalker(document.body); w.nextNode(); ) nodes++;
  return { times, nodes, first };
};
`;

/** An Amazon inbox thread page as the public markup has it, with `messages` rows (every third the seller's). */
export function amazonThreadHtml(messages = MESSAGES): string {
  const rows: string[] = [];
  for (let i = 0; i < messages; i++) {
    const own = i % 3 === 1;
    rows.push(
      `<div class="message-component${own ? ' sent-message-component' : ''}"><div class="message-head"><span class="sender">${own ? 'You' : 'Buyer'}</span><span class="case-message-view-message-date">20 Nov 2026 10:${String(i % 60).padStart(2, '0')}</span></div><div class="message-body"><p class="message-body-text">Message number ${i}: where is the parcel, please?</p></div></div>`,
    );
  }
  return `<!doctype html><html><head><meta charset="utf-8"></head><body><div id="messaging-app"><div class="case-message-view">
    <div class="case-message-view-header"><span class="buyer-name">Lukas Schmidt</span><kat-link data-ph-capture-attribute-order-id label="302-1234567-7654321"></kat-link></div>
    <div class="case-message-view-messages">${rows.join('')}</div><div class="reply"><textarea></textarea><kat-button label="Send"></kat-button></div></div></div></body></html>`;
}

/** Fresh pages the read loop runs on; the figures are the median run's (a shared machine's pauses land in one run, not all). */
const RUNS = 3;

export async function run(): Promise<Record<string, unknown>> {
  const out = await build({ stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'iife', write: false, target: 'chrome120', tsconfig: 'tsconfig.json' });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  const runs: { times: number[]; nodes: number; first: number }[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
      await page.setContent(amazonThreadHtml());
      await page.addScriptTag({ content: out.outputFiles[0].text });
      runs.push((await page.evaluate(`window.__benchRuleRead(${READS}, ${JSON.stringify(URL_)})`)) as (typeof runs)[number]);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const p95s = runs.map((r) => percentile(r.times, 95));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return {
    read_p95_ms: round(median(p95s)),
    read_p95_runs_ms: p95s.map(round),
    read_p50_ms: round(median(runs.map((r) => percentile(r.times, 50)))),
    read_first_ms: round(median(runs.map((r) => r.first))),
    read_nodes: runs[0].nodes,
    ...(await runGeneric()),
  };
}
