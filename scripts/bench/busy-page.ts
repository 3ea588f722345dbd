/**
 * `busy_page_cpu_share`: Tact's share of the page's main-thread time while the page makes about 1,000 DOM
 * mutations a second for 20 s (a live clock, counters, an ad carousel: mutations that are not the
 * conversation). `long_thread_cpu_share`: the same on a 5,000-message thread, with half the mutations
 * inside the thread itself (a typing indicator's text and attributes beside the rows). A Chrome trace
 * attributes every script task to its URL; Tact's are the ones from its chrome-extension:// origin. The
 * figure is Tact's script time over the wall time of the run.
 */
import type { Page } from 'playwright-core';
import { launchTact } from '@/scripts/lib/browser/launch';
import { waitForOverlay } from '@/scripts/lib/browser/overlay';
import { startTrace, tactScriptTime } from './long-tasks';
import { amazonThreadHtml } from './reading';

const THREAD = 'https://sellercentral.amazon.de/messaging/inbox?fi=ACTION_NEEDED&threadId=T-DE-1';
const LONG_THREAD = 'https://sellercentral.amazon.de/messaging/inbox?fi=ACTION_NEEDED&threadId=BENCH-LONG';
const LONG_MESSAGES = 5000;
const RUN_MS = 20_000;

/**
 * In the page: every 10 ms, `perTick` mutations in a widget (text, attributes, nodes) beside the thread,
 * or — `inside` — in a typing indicator inside the thread's message list.
 */
const churnScript = (inside: boolean, perTick: number) => `(() => {
  const widget = document.createElement('div');
  widget.className = 'bench-churn';
  ${inside ? "document.querySelector('.case-message-view-messages').append(widget);" : 'document.body.append(widget);'}
  let n = 0;
  (window.__churns ??= []).push(setInterval(() => {
    for (let i = 0; i < ${perTick}; i++) {
      n++;
      if (i % 3 === 0) widget.textContent = 'tick ' + n;
      else if (i % 3 === 1) widget.setAttribute('data-n', String(n));
      else { const s = document.createElement('span'); s.textContent = String(n); widget.append(s); if (widget.childNodes.length > 50) widget.firstChild.remove(); }
    }
    widget.dataset.count = String(n);
  }, 10));
})()`;

export async function run() {
  const tact = await launchTact();
  try {
    const busy = await measure(tact, THREAD, [false]);
    // Two churns, one in the thread's own list and one around it: a 5,000-message page keeps up with ~1,000 a second in all.
    const long = await measure(tact, LONG_THREAD, [true, false]);
    return {
      busy_page_cpu_share: busy.share,
      busy_page_tact_ms: busy.tactMs,
      busy_page_mutations_per_s: busy.perSecond,
      long_thread_cpu_share: long.share,
      long_thread_tact_ms: long.tactMs,
      long_thread_mutations_per_s: long.perSecond,
    };
  } finally {
    await tact.close();
  }
}

/** Tact's share while each churn in `churns` runs at once (true: inside the thread). */
async function measure(tact: Awaited<ReturnType<typeof launchTact>>, url: string, churns: boolean[]) {
  const page = await tact.context.newPage();
  // The long thread is generated here and served at the real host (the fixture server has no such page).
  if (url === LONG_THREAD) await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: amazonThreadHtml(LONG_MESSAGES) }));
  await page.goto(url);
  await waitForOverlay(page, { state: 'ready' });
  const cdp = await tact.context.newCDPSession(page);
  const stopTrace = await startTrace(cdp);
  const mutations = await churn(page, churns);
  const events = await stopTrace();
  const tactMs = tactScriptTime(events, tact.extensionId);
  await page.close();
  const perSecond = Math.round(mutations / (RUN_MS / 1000));
  return { share: Math.round((tactMs / RUN_MS) * 10000) / 100, tactMs: Math.round(tactMs * 10) / 10, perSecond };
}

async function churn(page: Page, churns: boolean[]): Promise<number> {
  for (const inside of churns) await page.evaluate(churnScript(inside, 10));
  await page.waitForTimeout(RUN_MS);
  return (await page.evaluate(
    `(() => { window.__churns.forEach(clearInterval); return [...document.querySelectorAll('.bench-churn')].reduce((n, w) => n + Number(w.dataset.count), 0); })()`,
  )) as number;
}
