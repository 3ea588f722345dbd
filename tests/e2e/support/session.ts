/** One browser per test file: launched before the file's tests, closed after; pages opened with error capture. */
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchTact, type LaunchOptions, type TactBrowser } from '@/scripts/lib/browser/launch';
import { collectPageErrors } from '@/scripts/lib/browser/overlay';

export interface TactSession {
  readonly browser: TactBrowser;
  /** A new tab at `url`, with the page's console errors and exceptions collected. */
  open(url: string): Promise<{ page: Page; errors: string[] }>;
}

export function useTactBrowser(options?: LaunchOptions): TactSession {
  let tact: TactBrowser | undefined;
  beforeAll(async () => {
    tact = await launchTact(options);
  });
  afterAll(async () => {
    await tact?.close();
  });
  const session: TactSession = {
    get browser() {
      if (!tact) throw new Error('the browser starts in beforeAll');
      return tact;
    },
    async open(url) {
      const page = await session.browser.context.newPage();
      const errors = collectPageErrors(page);
      await page.goto(url);
      return { page, errors };
    },
  };
  return session;
}
