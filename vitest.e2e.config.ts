import './tests/node20-polyfills.ts';
import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in Debian's Chromium, one browser per file, files one at a time.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
