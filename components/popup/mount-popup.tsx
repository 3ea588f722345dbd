/**
 * Popup wiring: the extension client, the active tab's marketplace (a seller-central tab is readable thanks
 * to the marketplace host permissions), side panel / options buttons, and the first-results timing that the
 * bench reads as popup_first_results_ms (data-first-results-ms on <html>, and a performance mark).
 */
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { amazonMarketplaceCountry } from '../../utils/sites/amazon-hosts';
import { createExtensionClient } from '../shared/knowledge-client';
import { PopupApp, type PopupActions } from './popup-app';
import type { PasteContext } from './paste-panel';

export const FIRST_RESULTS_MARK = 'tact:first-results';

function recordFirstResults() {
  const ms = performance.now();
  performance.mark(FIRST_RESULTS_MARK);
  document.documentElement.dataset.firstResultsMs = ms.toFixed(1);
}

async function activeTabContext(): Promise<PasteContext | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (!tab?.url) return undefined;
    const url = new URL(tab.url);
    if (url.hostname.endsWith('.aliexpress.com')) return { marketplace: 'aliexpress', url: url.href };
    if (url.hostname.includes('sellercentral')) {
      const country = amazonMarketplaceCountry(url.hostname, url.searchParams.get('marketplaceID'))?.country;
      return { marketplace: 'amazon', url: url.href, ...(country ? { marketplaceCountry: country } : {}) };
    }
  } catch {
    // No tab (opened as a page) or no access: the agent picks the marketplace.
  }
  return undefined;
}

export function mountPopup(container: HTMLElement) {
  const client = createExtensionClient();
  const root = createRoot(container);
  let windowId: number | undefined;
  const actions: PopupActions = {
    openOptions: () => void browser.runtime.openOptionsPage(),
    // sidePanel.open needs the user's click: windowId is looked up beforehand so the call stays synchronous.
    ...(browser.sidePanel
      ? {
          openSidePanel: () => {
            if (windowId === undefined) return;
            void browser.sidePanel.open({ windowId }).then(() => window.close(), (e: unknown) => console.warn('tact: side panel', e));
          },
        }
      : {}),
  };
  const render = (context?: PasteContext) => root.render(<PopupApp client={client} context={context} actions={actions} onFirstResults={recordFirstResults} />);
  render();
  void browser.windows?.getCurrent().then((w) => (windowId = w.id), () => undefined);
  void activeTabContext().then((context) => context && render(context));
}
