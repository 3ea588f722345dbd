import './tests/node20-polyfills.ts';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Real-browser tests, one browser per file, files one at a time: project "chromium" runs the Chrome build in
// Debian's Chromium (npm run test:e2e), project "firefox" the Firefox build in firefox-esr (npm run test:firefox).
export default defineConfig({
  // The `@/` imports the code base uses (WXT's tsconfig paths; the unit config gets them from WxtVitest).
  resolve: { alias: [{ find: /^@\//, replacement: fileURLToPath(new URL('./', import.meta.url)) }] },
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    projects: [
      { extends: true, test: { name: 'chromium', include: ['tests/e2e/**/*.e2e.test.ts'], exclude: ['tests/e2e/firefox/**'] } },
      { extends: true, test: { name: 'firefox', include: ['tests/e2e/firefox/**/*.e2e.test.ts'] } },
    ],
  },
});
