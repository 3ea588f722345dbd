/**
 * `busy_page_cpu_share`: Tact's share of the page's main-thread time while the page makes about 1,000 DOM
 * mutations a second for 20 s (a live clock, counters, an ad carousel: mutations that are not the
 * conversation). A Chrome trace attributes every script task to its URL; Tact's are the ones from its
 * chrome-extension:// origin. The figure is Tact's script time over the wall time of the run.
 */
import type { Page } from 'playwright-core';
import { launchTact } from '@/scripts/lib/browser/launch';
import { waitForOverlay } from '@/scripts/lib/browser/overlay';
import { startTrace, tactScriptTime } from './long-tasks';

const THREAD = 'https://sellercentral.amazon.de/messaging/inbox?fi=ACTION_NEEDED&threadId=T-DE-1';
const RUN_MS = 20_000;

/** In the page: every 10 ms, ten mutations in a widget beside the thread (text, attributes, nodes). */
const CHURN = `(() => {
  const widget = document.createElement('div');
  widget.id = 'bench-churn';
  document.body.append(widget);
  let n = 0;
  window.__churn = setInterval(() => {
    for (let i = 0; i < 10; i++) {
      n++;
      if (i % 3 === 0) widget.textContent = 'tick ' + n;
      else if (i % 3 === 1) widget.setAttribute('data-n', String(n));
      else { const s = document.createElement('span'); s.textContent = String(n); widget.append(s); if (widget.childNodes.length > 50) widget.firstChild.remove(); }
    }
  }, 10);
})()`;

export async function run() {
  const tact = await launchTact();
  try {
    const page = await tact.context.newPage();
    await page.goto(THREAD);
    await waitForOverlay(page, { state: 'ready' });
    const cdp = await tact.context.newCDPSession(page);
    const stopTrace = await startTrace(cdp);
    const mutations = await churn(page);
    const events = await stopTrace();
    const tactMs = tactScriptTime(events, tact.extensionId);
    return {
      busy_page_cpu_share: Math.round((tactMs / RUN_MS) * 10000) / 100,
      busy_page_tact_ms: Math.round(tactMs * 10) / 10,
      busy_page_mutations_per_s: Math.round(mutations / (RUN_MS / 1000)),
    };
  } finally {
    await tact.close();
  }
}

async function churn(page: Page): Promise<number> {
  await page.evaluate(CHURN);
  await page.waitForTimeout(RUN_MS);
  return (await page.evaluate(`(() => { clearInterval(window.__churn); return Number(document.getElementById('bench-churn').getAttribute('data-n')); })()`)) as number;
}
