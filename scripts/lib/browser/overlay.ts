/** Reading the overlay from a page the way a person (and the brief's test hooks) would. */
import type { Page } from 'playwright-core';

export const HOST = 'tact-assist';

export interface OverlayHooks {
  state: string | null;
  country: string | null;
  intent: string | null;
  language: string | null;
  loading: string | null;
}

export async function overlayHooks(page: Page): Promise<OverlayHooks> {
  return page.evaluate((tag) => {
    const host = document.querySelector(tag) as HTMLElement | null;
    return {
      state: host?.dataset.tactState ?? null,
      country: host?.dataset.tactCountry ?? null,
      intent: host?.dataset.tactIntent ?? null,
      language: host?.dataset.tactLanguage ?? null,
      loading: host?.dataset.tactLoading ?? null,
    };
  }, HOST);
}

/** Waits until the overlay settles in a state (and, optionally, with a given intent/country). */
export async function waitForOverlay(page: Page, expected: Partial<OverlayHooks>, timeout = 15000): Promise<OverlayHooks> {
  await page
    .waitForFunction(
      ({ tag, expected }) => {
        const host = document.querySelector(tag) as HTMLElement | null;
        if (!host || host.dataset.tactLoading === 'true') return false;
        const d = host.dataset;
        const actual: Record<string, string | undefined> = { state: d.tactState, country: d.tactCountry, intent: d.tactIntent, language: d.tactLanguage };
        return Object.entries(expected).every(([k, v]) => actual[k] === v);
      },
      { tag: HOST, expected },
      { timeout },
    )
    .catch(async (error: Error) => {
      // Say what the overlay showed instead: a timeout alone doesn't tell a wrong reading from a stuck one.
      const seen = await overlayHooks(page).catch(() => null);
      throw new Error(`${error.message}\nexpected ${JSON.stringify(expected)}, the overlay showed ${JSON.stringify(seen)} on ${page.url()}`);
    });
  return overlayHooks(page);
}

/** Playwright's CSS engine pierces open shadow roots, so `tact-assist .tact-panel` reaches inside. */
export const inOverlay = (selector: string) => `${HOST} ${selector}`;

export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}
