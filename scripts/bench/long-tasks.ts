/**
 * Long tasks on the host page, and which of them are Tact's. The page's own PerformanceObserver gives each
 * long task's true duration; a Chrome trace taken at the same time tells how much of it ran Tact's code
 * (the content script's evaluation, compilation and callbacks, all from its chrome-extension:// URL).
 * A long task counts against Tact when Tact's share is what takes it past 50 ms and is more than the trace's
 * own noise (a sub-millisecond observer callback inside the page's 50 ms task is the page's long task);
 * the fixture page's own long tasks (its first script run, its layout) are reported apart.
 */
import type { CDPSession, Page } from 'playwright-core';

export const LONG_TASK = 50;
/** Tracing itself lengthens tasks by about this much: a smaller share of Tact's cannot be told apart. */
const TRACE_NOISE_MS = 1;

/** Installed before any page script: collects every long task, in the page's own world. */
export const LONG_TASK_OBSERVER = `window.__longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });`;

const SYNC_MARK = 'tact-bench-sync';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

export interface LongTask {
  startMs: number;
  durationMs: number;
  /** Time spent running Tact's content script inside it. */
  tactMs: number;
}

export interface LongTaskReport {
  /** Long tasks that would not be long without Tact. */
  tact: LongTask[];
  /** The page's own long tasks (Tact's share, if any, is not what makes them long). */
  host: LongTask[];
}

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

/** Marks a moment seen by both clocks (the page's performance.now() and the trace's), then ends the trace. */
export async function longTaskReport(page: Page, stopTrace: () => Promise<TraceEvent[]>, extensionId: string): Promise<LongTaskReport> {
  const markMs = (await page.evaluate(`performance.mark('${SYNC_MARK}').startTime`)) as number;
  const tasks = (await page.evaluate('window.__longTasks')) as [number, number][];
  const events = await stopTrace();
  const mark = events.find((e) => e.name === SYNC_MARK);
  if (!mark) throw new Error('trace has no sync mark: cannot place long tasks in it');
  const offsetUs = mark.ts - markMs * 1000;
  const origin = `chrome-extension://${extensionId}/`;
  const tact = outermost(
    events.filter((e) => e.ph === 'X' && e.dur && e.pid === mark.pid && (e.name === 'EvaluateScript' || e.name === 'FunctionCall' || e.name === 'v8.compile') && e.args?.data?.url?.startsWith(origin)),
  );
  const report: LongTaskReport = { tact: [], host: [] };
  for (const [startMs, durationMs] of tasks) {
    const from = offsetUs + startMs * 1000;
    const to = from + durationMs * 1000;
    const tactUs = tact.reduce((sum, e) => sum + Math.max(0, Math.min(to, e.ts + e.dur!) - Math.max(from, e.ts)), 0);
    const task = { startMs: Math.round(startMs), durationMs: Math.round(durationMs), tactMs: Math.round(tactUs / 100) / 10 };
    const tacts = durationMs - task.tactMs <= LONG_TASK && task.tactMs > TRACE_NOISE_MS;
    (tacts ? report.tact : report.host).push(task);
  }
  return report;
}

/** Milliseconds of script time (evaluation, compilation, callbacks) from Tact's extension origin in a trace. */
export function tactScriptTime(events: TraceEvent[], extensionId: string): number {
  const origin = `chrome-extension://${extensionId}/`;
  const tact = outermost(events.filter((e) => e.ph === 'X' && e.dur && (e.name === 'EvaluateScript' || e.name === 'FunctionCall' || e.name === 'v8.compile') && e.args?.data?.url?.startsWith(origin)));
  return tact.reduce((sum, e) => sum + e.dur!, 0) / 1000;
}

/** Drops events nested in another kept one (a compile inside an evaluation), so no time counts twice. */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const out: TraceEvent[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && last.tid === e.tid && e.ts + e.dur! <= last.ts + last.dur!) continue;
    out.push(e);
  }
  return out;
}
