/**
 * Popup wiring: the extension client, the active tab's marketplace (a seller-central tab is readable thanks
 * to the marketplace host permissions), side panel (Chrome) or sidebar (Firefox) and options buttons, and the
 * first-results timing that the bench reads as popup_first_results_ms (data-first-results-ms on <html>, and a
 * performance mark).
 */
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { amazonMarketplaceCountry } from '@/utils/sites/amazon-hosts';
import { marketplaceOfHost } from '@/utils/sites/marketplace-hosts';
import type { SearchHit } from '@/utils/messaging/protocol';
import { createExtensionClient } from '@/components/shared/knowledge-client';
import { PopupApp, type PopupActions } from './popup-app';
import type { PasteContext } from './paste-panel';
import { SEARCH_LIMIT } from './popup-search';
import { cachedFirstPage, rememberFirstPage } from './first-page-cache';
import { sidePanelOpener, type SidePanelApis } from './side-panel-opener';

export const FIRST_RESULTS_MARK = 'tact:first-results';
const FIRST_RENDER_WAIT_MS = 80;
/** How long a remembered page waits for the worker's fresh answer before it is drawn. */
const CACHE_GRACE_MS = 15;

interface FirstPage {
  hits: SearchHit[];
  source: 'worker' | 'cache';
}

function recordFirstResults(source: 'worker' | 'cache') {
  const ms = performance.now();
  performance.mark(FIRST_RESULTS_MARK);
  document.documentElement.dataset.firstResultsMs = ms.toFixed(1);
  document.documentElement.dataset.firstResultsSource = source;
}

async function activeTabContext(): Promise<PasteContext | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (!tab?.url) return undefined;
    const url = new URL(tab.url);
    const marketplace = marketplaceOfHost(url.hostname);
    if (marketplace === 'aliexpress') return { marketplace, url: url.href };
    if (marketplace === 'amazon') {
      const country = amazonMarketplaceCountry(url.hostname, url.searchParams.get('marketplaceID'))?.country;
      return { marketplace, url: url.href, ...(country ? { marketplaceCountry: country } : {}) };
    }
  } catch {
    // No tab (opened as a page) or no access: the agent picks the marketplace.
  }
  return undefined;
}

export function mountPopup(container: HTMLElement) {
  performance.mark('tact:popup-script');
  const client = createExtensionClient();
  // Ask for the first results now: the worker answers while React renders the shell.
  const initialResults = client.search({ query: '', filters: {}, limit: SEARCH_LIMIT });
  const root = createRoot(container);
  let windowId: number | undefined;
  const openSidePanel = sidePanelOpener(
    browser as unknown as SidePanelApis,
    () => windowId,
    () => window.close(),
  );
  const actions: PopupActions = {
    openOptions: () => void browser.runtime.openOptionsPage(),
    ...(openSidePanel ? { openSidePanel } : {}),
  };
  // A warm worker answers in a few ms; a sleeping one needs a few hundred: then the remembered first page is
  // drawn at once and the worker's answer replaces it. Either way React draws shell and results in one pass.
  const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  const fromWorker = initialResults.then((hits): FirstPage => ({ hits, source: 'worker' }));
  const remembered = cachedFirstPage();
  void Promise.all([initialResults, remembered]).then(
    ([hits, old]) => rememberFirstPage(hits, old),
    () => undefined,
  );
  const fromCache = remembered.then((hits) => (hits ? delay(CACHE_GRACE_MS).then((): FirstPage => ({ hits, source: 'cache' })) : new Promise<never>(() => undefined)));
  const first = Promise.race([fromWorker, fromCache, delay(FIRST_RENDER_WAIT_MS).then(() => null)]).catch(() => null);
  const render = (page: FirstPage | null, context?: PasteContext) =>
    root.render(
      <PopupApp client={client} context={context} actions={actions} onFirstResults={() => recordFirstResults(page?.source ?? 'worker')} initialResults={initialResults} initialHits={page?.hits} />,
    );
  void first.then((page) => {
    performance.mark('tact:render-start');
    render(page);
    void activeTabContext().then((context) => context && render(page, context));
  });
  void browser.windows?.getCurrent().then(
    (w) => (windowId = w.id),
    () => undefined,
  );
}
