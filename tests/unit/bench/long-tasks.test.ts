/** The bench's attribution of host-page long tasks: Tact's share decides, nested events count once. */
import { describe, expect, it } from 'vitest';
import { longTaskReport } from '@/scripts/bench/long-tasks';

const EXT = 'chrome-extension://abc/';
const MARK_MS = 1000;
/** Trace clock: the sync mark sits at 5 s; page time t ms is at 5_000_000 + (t - MARK_MS) * 1000 µs. */
const at = (pageMs: number) => 5_000_000 + (pageMs - MARK_MS) * 1000;
const ev = (name: string, pageMs: number, durMs: number, url: string) => ({ name, ph: 'X', ts: at(pageMs), dur: durMs * 1000, pid: 7, tid: 1, args: { data: { url } } });

function fakePage(longTasks: [number, number][]) {
  return {
    async evaluate(expr: string) {
      return expr.includes('performance.mark') ? MARK_MS : longTasks;
    },
  } as unknown as import('playwright-core').Page;
}

describe('long task attribution', () => {
  it("counts a task against Tact when its script is what makes it long, and the page's own apart", async () => {
    const events = [
      { name: 'tact-bench-sync', ph: 'R', ts: at(MARK_MS), pid: 7, tid: 1 },
      // 100: Tact's content script evaluation, compile nested inside (counted once).
      ev('EvaluateScript', 100, 70, `${EXT}content-scripts/assist.js`),
      ev('v8.compile', 101, 40, `${EXT}content-scripts/assist.js`),
      // 300: the page's own script; a 4 ms Tact callback inside it does not make it long.
      ev('EvaluateScript', 300, 80, 'https://gsp.aliexpress.com/app.js'),
      ev('FunctionCall', 370, 4, `${EXT}content-scripts/assist.js`),
      // 500: 40 ms of page work + 20 ms of Tact: Tact pushed it past 50.
      ev('FunctionCall', 540, 20, `${EXT}overlay-ui.js`),
      // 700: a 51 ms page task with a 0.5 ms Tact callback in it: within the trace's own noise, the page's.
      ev('FunctionCall', 720, 0.5, `${EXT}content-scripts/assist.js`),
    ];
    const report = await longTaskReport(
      fakePage([
        [100, 72],
        [300, 84],
        [500, 60],
        [700, 51],
      ]),
      async () => events as never,
      'abc',
    );
    expect(report.tact.map((t) => [t.startMs, t.tactMs])).toEqual([
      [100, 70],
      [500, 20],
    ]);
    expect(report.host.map((t) => [t.startMs, t.tactMs])).toEqual([
      [300, 4],
      [700, 0.5],
    ]);
  });

  it('refuses a trace it cannot line up with the page', async () => {
    await expect(longTaskReport(fakePage([]), async () => [], 'abc')).rejects.toThrow(/sync mark/);
  });
});
