/**
 * Real-Chromium figures for the content script: its gzip size, time from page load to overlay ready,
 * time from a new buyer message appearing to suggestions rendered (warm, and cold with the service worker
 * stopped first), and long tasks on the host page (in a second, traced run, so tracing never slows the
 * timed one). Needs a build (npm run build).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchTact, stopServiceWorker, type TactBrowser } from '@/scripts/lib/browser/launch';
import { waitForOverlay } from '@/scripts/lib/browser/overlay';
import { loadAverage, percentile } from './stats';
import { LONG_TASK_OBSERVER, longTaskReport, startTrace, type LongTask } from './long-tasks';
import { OVERLAY_UI_FILE } from '@/entrypoints/assist.content/load-overlay-ui';

const CHAT = 'https://gsp.aliexpress.com/m_apps/im-chat/im#/window?sessionId=2200871234567002';
const MESSAGES: [string, string][] = [
  ['Hola, quiero un reembolso completo de este pedido, por favor.', 'refund_request'],
  ['¿Dónde está mi paquete? El seguimiento no se actualiza desde hace días.', 'shipping_status'],
];
const WARM_RUNS = 40;
/** Cold starts are few and vary more: the median of these. */
const COLD_RUNS = 3;

/**
 * In the page: a buyer message arrives; resolves when the overlay shows templates for its intent. A string,
 * because tsx adds helper calls to functions that playwright would ship into the page without them.
 */
const TIME_SUGGESTION = `({ text, intent }) => new Promise((resolve, reject) => {
  const host = document.querySelector('tact-assist');
  const root = host.shadowRoot;
  let t0 = 0;
  const observer = new MutationObserver(() => {
    if (!root.querySelector('.tact-template[data-template-id^="tpl.' + intent + '."]') || host.dataset.tactLoading !== 'false') return;
    observer.disconnect();
    resolve(performance.now() - t0);
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true });
  observer.observe(host, { attributes: true });
  setTimeout(() => reject(new Error('no suggestions for ' + intent + ' within 5 s')), 5000);
  // The clock starts once the message is in the page: the fixture's own re-render is the host's time, not Tact's.
  window.fixtureBuyerSays(text, 'Gracias, lo revisamos ahora mismo.');
  t0 = performance.now();
})`;

function timeSuggestion(page: Page, text: string, intent: string): Promise<number> {
  return page.evaluate(`(${TIME_SUGGESTION})(${JSON.stringify({ text, intent })})`) as Promise<number>;
}

export async function run() {
  const script = readFileSync(join(EXTENSION_DIR, 'content-scripts/assist.js'));
  // The overlay's React UI, which the content script imports on marketplace pages (utils/assist/overlay-ui.ts).
  const ui = readFileSync(join(EXTENSION_DIR, OVERLAY_UI_FILE));
  const gzip = (b: Buffer) => gzipSync(b, { level: 9 }).length;
  const load = loadAverage();
  const timed = await timedRun();
  const tasks = await longTaskRun();
  return {
    content_script_bytes: script.length,
    content_script_gzip_bytes: gzip(script),
    overlay_ui_gzip_bytes: gzip(ui),
    /** What a marketplace page loads in all: the content script and the overlay UI it imports. */
    content_total_gzip_bytes: gzip(script) + gzip(ui),
    ...timed,
    long_tasks_over_50ms: tasks.tact.length,
    longest_task_ms: Math.max(0, ...tasks.tact.map((t) => t.durationMs)),
    host_long_tasks_over_50ms: tasks.host.length,
    ...(tasks.tact.length ? { tact_long_tasks: tasks.tact } : {}),
    browser_load_average: load,
  };
}

async function timedRun() {
  const tact = await launchTact();
  try {
    const page = await tact.context.newPage();
    await page.goto(CHAT);
    await waitForOverlay(page, { state: 'ready' });
    const readyMs = await page.evaluate(() => performance.now());
    const warm: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      const [text, intent] = MESSAGES[i % 2];
      warm.push(await timeSuggestion(page, `${text} (${i})`, intent));
    }
    const cold: number[] = [];
    for (let i = 0; i < COLD_RUNS; i++) cold.push(await coldSuggestion(tact, page, i));
    const popup = await popupFirstResults(tact.context, tact.extensionId);
    return {
      overlay_ready_after_load_ms: Math.round(readyMs),
      suggest_p50_ms: round(percentile(warm, 50)),
      suggest_p95_ms: round(percentile(warm, 95)),
      suggest_cold_ms: round(percentile(cold, 50)),
      suggest_cold_runs_ms: cold.map(round),
      popup_first_results_ms: popup,
    };
  } finally {
    await tact.close();
  }
}

/** The service worker stopped as Chrome stops an idle one, then a buyer message arrives. */
async function coldSuggestion(tact: TactBrowser, page: Page, i: number): Promise<number> {
  await stopServiceWorker(tact, page);
  await page.waitForTimeout(500);
  const [text, intent] = MESSAGES[i % 2];
  return timeSuggestion(page, `${text} [${i}]`, intent);
}

/** A fresh browser, traced: page load, overlay ready, ten messages, a cold start. */
async function longTaskRun(): Promise<{ tact: LongTask[]; host: LongTask[] }> {
  const tact = await launchTact();
  try {
    await tact.context.addInitScript(LONG_TASK_OBSERVER);
    const page = await tact.context.newPage();
    const cdp = await tact.context.newCDPSession(page);
    const stopTrace = await startTrace(cdp);
    await page.goto(CHAT);
    await waitForOverlay(page, { state: 'ready' });
    for (let i = 0; i < 10; i++) await timeSuggestion(page, `${MESSAGES[i % 2][0]} (${i})`, MESSAGES[i % 2][1]);
    await coldSuggestion(tact, page, 0);
    await page.waitForTimeout(300);
    return await longTaskReport(page, stopTrace, tact.extensionId);
  } finally {
    await tact.close();
  }
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The popup stamps `data-first-results-ms` on <html> when its first results are on screen (median of 5 opens). */
async function popupFirstResults(context: import('playwright-core').BrowserContext, extensionId: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.waitForSelector('html[data-first-results-ms]');
    times.push(Number(await popup.getAttribute('html', 'data-first-results-ms')));
    await popup.close();
  }
  return round(percentile(times, 50));
}
