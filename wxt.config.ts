import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { MARKETPLACE_MATCHES } from './utils/sites/matches';

export default defineConfig({
  // Parallel builds (a second worktree, a helper's test run) can build elsewhere; tests read the same variable.
  outDir: process.env.TACT_OUT_DIR ?? '.output',
  // TACT_ONLY=assist,background builds a subset (quick checks while other entrypoints are being written).
  filterEntrypoints: process.env.TACT_ONLY ? process.env.TACT_ONLY.split(',') : undefined,
  modules: ['@wxt-dev/module-react'],
  manifestVersion: 3,
  manifest: {
    name: 'Tact — marketplace reply assistant',
    description:
      'Culture tips, dispute playbooks and reply templates beside Amazon Seller Central and AliExpress buyer chats.',
    permissions: ['storage', 'unlimitedStorage', 'alarms'],
    // Pack subscriptions: the team's https host is requested when the lead subscribes, never up front.
    optional_host_permissions: ['https://*/*'],
    // Ed25519 in WebCrypto (pack signatures) arrived in Chrome 137.
    minimum_chrome_version: '137',
    // The marketplaces only; subscribed pack URLs are requested as optional permissions when subscribing.
    host_permissions: MARKETPLACE_MATCHES,
    // The overlay UI, loaded by the content script with import() (utils/assist/overlay-ui.ts); only at the
    // per-session URL runtime.getURL gives, so a page cannot detect Tact by fetching it.
    web_accessible_resources: [{ resources: ['overlay-ui.js'], matches: MARKETPLACE_MATCHES, use_dynamic_url: true }],
    commands: {
      'toggle-overlay': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Show or hide the Tact panel' },
      'insert-top-suggestion': { suggested_key: { default: 'Alt+Shift+Y' }, description: 'Insert the top suggested reply' },
    },
  },
  hooks: {
    // The compiled core pack ships as a file: the worker reads it only on install/update, not on every wake.
    'build:publicAssets'(_wxt, files) {
      files.push({ absoluteSrc: resolve('knowledge/generated/core-pack.json'), relativeDest: 'core-pack.json' });
    },
  },
});
