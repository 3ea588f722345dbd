/**
 * The generic reader's read time on a big thread: a 2,000-message, ~20,000-node page in real Chromium
 * (no extension: the reader bundled with esbuild and injected), read 200 times. Reports the p50/p95 of a
 * read on the settled page (`read_p95_ms`, what the bench's budget is for), the first read (which finds the
 * region and the reply box), and a read right after a new message lands (the page's layout is dirty then).
 * `run()` for scripts/bench.ts; `npx tsx scripts/bench/generic-read.ts` prints the figures alone.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { chromiumPath } from '@/scripts/lib/browser/launch';
import { percentile } from './stats';

export const MESSAGES = 2000;
const READS = 200;

/** Runs in the page (bundled, so tsx's helpers never reach page.evaluate): times `n` reads. */
const ENTRY = `
import { readGenericConversation } from '@/utils/sites/generic';
window.__benchGenericRead = (n) => {
  const time = () => {
    const t = performance.now();
    const c = readGenericConversation(document);
    const ms = performance.now() - t;
    if (!c || !c.messages.length) throw new Error('the generic reader read nothing on the bench page');
    return ms;
  };
  const first = time();
  const settled = Array.from({ length: n }, time);
  // A new message lands before each of these reads, as the content script reads after every change.
  const log = document.querySelector('[role=log]');
  const appended = Array.from({ length: Math.min(n, 50) }, (_, i) => {
    const row = log.lastElementChild.cloneNode(true);
    row.querySelector('p').textContent = 'A new message ' + i;
    log.append(row);
    return time();
  });
  let nodes = 0;
  for (const w = document.createTreeWalker(document.body); w.nextNode(); ) nodes++;
  return { first, settled, appended, nodes, messages: readGenericConversation(document).messages.length };
};
`;

/** The thread page: an inbox column, a header, 2,000 rows of 10 nodes each, a reply box with Send. */
export function bigThreadHtml(messages = MESSAGES): string {
  const rows: string[] = [];
  for (let i = 0; i < messages; i++) {
    const own = i % 3 === 1;
    const minute = String(i % 60).padStart(2, '0');
    rows.push(
      `<div class="r${own ? ' o' : ''}"><div class="m"><span>${own ? 'Shop' : 'Buyer'}</span><time datetime="2026-11-20T10:${minute}:00Z">10:${minute}</time></div><div class="b"><p>Message number ${i}: the parcel, the size and the colour, asked about again.</p><span>✓</span></div></div>`,
    );
  }
  const inbox = Array.from({ length: 40 }, (_, i) => `<li aria-selected="${i === 0}">Buyer ${i}</li>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body{margin:0;font:14px sans-serif;display:flex;height:100vh} ul{width:220px;overflow:auto;margin:0}
    main{flex:1;display:flex;flex-direction:column;min-width:0} .log{flex:1;overflow:auto;padding:8px}
    .r{max-width:70%;margin:6px 0} .r.o{margin-left:auto} .b{background:#eee;padding:6px} footer{display:flex;gap:8px;padding:8px}
    textarea{flex:1;min-height:60px}</style></head><body><ul>${inbox}</ul>
    <main><header><h2>Buyer Name</h2><div>Order 123-1234567-1234567</div></header><div class="log" role="log">${rows.join('')}</div>
    <footer><textarea placeholder="Write a reply"></textarea><button type="button">Send</button></footer></main></body></html>`;
}

export interface GenericReadFigures {
  read_p50_ms: number;
  read_p95_ms: number;
  read_first_ms: number;
  read_after_append_p95_ms: number;
  read_nodes: number;
  read_messages: number;
}

export async function measureGenericRead(reads = READS): Promise<GenericReadFigures> {
  const out = await build({ stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'iife', write: false, target: 'chrome120', tsconfig: 'tsconfig.json' });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.setContent(bigThreadHtml());
    await page.addScriptTag({ content: out.outputFiles[0].text });
    const r = (await page.evaluate(`window.__benchGenericRead(${reads})`)) as { first: number; settled: number[]; appended: number[]; nodes: number; messages: number };
    return {
      read_p50_ms: round(percentile(r.settled, 50)),
      read_p95_ms: round(percentile(r.settled, 95)),
      read_first_ms: round(r.first),
      read_after_append_p95_ms: round(percentile(r.appended, 95)),
      read_nodes: r.nodes,
      read_messages: r.messages,
    };
  } finally {
    await browser.close();
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The bench section: figures under generic_* so they sit beside the lead's read_p95_ms. */
export async function run(): Promise<Record<string, unknown>> {
  const f = await measureGenericRead();
  return Object.fromEntries(Object.entries(f).map(([k, v]) => [`generic_${k}`, v]));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  measureGenericRead().then((f) => console.log(JSON.stringify(f, null, 2)));
}
