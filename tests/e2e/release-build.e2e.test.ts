/**
 * The release build: no test hooks (the test build, npm run build, has them), and what a marketplace page
 * loads — the content script and the overlay UI it imports — within its 75 KB gzip budget.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '@/scripts/lib/browser/launch';

const HOOKS = ['tactLoading', 'tactCountry', '__tactRunCommand'];
/** Content script + overlay UI, gzip level 9 (as the bench's content_total_gzip_bytes). */
const PAGE_BUDGET_BYTES = 75 * 1024;

function bundleText(dir: string): string {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.js')) out.push(readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out.join('\n');
}

describe('release build', () => {
  let releaseDir = '';
  beforeAll(() => {
    const outDir = mkdtempSync(join(tmpdir(), 'tact-release-'));
    const { WXT_TEST_HOOKS: _hooks, ...rest } = process.env;
    execFileSync('npx', ['wxt', 'build'], { env: { ...rest, TACT_OUT_DIR: outDir }, stdio: 'pipe' });
    releaseDir = join(outDir, 'chrome-mv3');
  }, 120_000);

  it('has none of the test hooks that the test build has', () => {
    const testBuild = bundleText(EXTENSION_DIR);
    for (const hook of HOOKS) expect(testBuild, `test build has ${hook}`).toContain(hook);
    const release = bundleText(releaseDir);
    expect(release).toContain('tact-assist');
    for (const hook of HOOKS) expect(release, `release build has ${hook}`).not.toContain(hook);
  });

  it('keeps what a marketplace page loads (content script + overlay UI) within 75 KB gzip', () => {
    const gzip = (file: string) => gzipSync(readFileSync(join(releaseDir, file)), { level: 9 }).length;
    const sizes = { contentScript: gzip('content-scripts/assist.js'), overlayUi: gzip('overlay-ui.js') };
    const total = sizes.contentScript + sizes.overlayUi;
    expect(total, `content script ${sizes.contentScript} B + overlay UI ${sizes.overlayUi} B`).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
  });
});
