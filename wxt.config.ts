import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { MARKETPLACE_MATCHES } from './utils/sites/matches';

/** The add-on id Firefox MV3 requires (the Firefox tests read it from the built manifest). */
const GECKO_ID = 'tact@tact.example';

export default defineConfig({
  // Parallel builds (a second worktree, a helper's test run) can build elsewhere; tests read the same variable.
  outDir: process.env.TACT_OUT_DIR ?? '.output',
  // TACT_ONLY=assist,background builds a subset (quick checks while other entrypoints are being written).
  filterEntrypoints: process.env.TACT_ONLY ? process.env.TACT_ONLY.split(',') : undefined,
  modules: ['@wxt-dev/module-react'],
  manifestVersion: 3,
  // Name, description and command descriptions come from public/_locales/{en,zh_CN}/messages.json.
  manifest: ({ browser }) => {
    const firefox = browser === 'firefox';
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      // scripting + contextMenus: "Use Tact on this site" (entrypoints/background/any-site.ts); activeTab lets the popup and
      // the context menu see the current tab's URL on a site Tact doesn't hold yet.
      permissions: ['storage', 'unlimitedStorage', 'alarms', 'scripting', 'contextMenus', 'activeTab'],
      // Pack subscriptions and "Use Tact on this site": each https host is requested when needed, never up front.
      optional_host_permissions: ['https://*/*'],
      // The marketplaces only; subscribed pack URLs are requested as optional permissions when subscribing.
      // Firefox MV3 lets the user withhold these: the popup then asks for them (components/popup/host-access-banner.tsx).
      host_permissions: MARKETPLACE_MATCHES,
      // The overlay UI, loaded by the content script with import() (utils/assist/overlay-ui.ts); on Chrome only at the
      // per-session URL runtime.getURL gives, so a page cannot detect Tact by fetching it. Firefox has no
      // use_dynamic_url: its moz-extension:// host is already a random per-install UUID. Any https page, since a site
      // the agent enabled (optional permission + registered content script) loads it too: still not probeable on
      // Chrome (dynamic URL); on Firefox a page would need the per-install UUID to fetch it.
      web_accessible_resources: [{ resources: ['overlay-ui.js'], matches: ['https://*/*'], ...(firefox ? {} : { use_dynamic_url: true }) }],
      commands: {
        'toggle-overlay': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_cmdToggleOverlay__' },
        'insert-top-suggestion': { suggested_key: { default: 'Alt+Shift+Y' }, description: '__MSG_cmdInsertTopSuggestion__' },
      },
      ...(firefox
        ? {
            browser_specific_settings: {
              gecko: {
                id: GECKO_ID,
                // 140 (the current ESR): data_collection_permissions; MV3 needs 109 and Ed25519 in WebCrypto 129.
                strict_min_version: '140.0',
                // Nothing leaves the computer: knowledge, settings and usage counts stay in the extension's storage.
                data_collection_permissions: { required: ['none'] },
              },
              // Firefox for Android reads data_collection_permissions from 142.
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : {
            // Ed25519 in WebCrypto (pack signatures) arrived in Chrome 137.
            minimum_chrome_version: '137',
          }),
    };
  },
  hooks: {
    // The overlay UI runs inside marketplace pages, within a 75 KB gzip budget: its React API is served by
    // preact/compat (~9 KB gzip against react-dom's ~42 KB). Popup, options and side panel keep React itself.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.some((e) => e.name === 'overlay-ui')) return;
      const preact = [
        { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
        { find: /^react-dom$/, replacement: 'preact/compat' },
        { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' },
        { find: /^react$/, replacement: 'preact/compat' },
      ];
      config.resolve ??= {};
      const existing = config.resolve.alias;
      const list = Array.isArray(existing) ? existing : Object.entries(existing ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve.alias = [...preact, ...list];
    },
    // Firefox opens an add-on's sidebar at install unless told not to; like Chrome's side panel, Tact's waits
    // for the agent (the popup's Side panel button).
    'build:manifestGenerated'(_wxt, manifest) {
      const sidebar = (manifest as { sidebar_action?: { open_at_install?: boolean } }).sidebar_action;
      if (sidebar) sidebar.open_at_install = false;
    },
    // The compiled core pack ships as a file: the worker reads it only on install/update, not on every wake.
    'build:publicAssets'(_wxt, files) {
      files.push({ absoluteSrc: resolve('knowledge/generated/core-pack.json'), relativeDest: 'core-pack.json' });
    },
  },
});
