/** The release build carries no test hooks; the test build (npm run build) does. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '@/scripts/lib/browser/launch';

const HOOKS = ['tactLoading', 'tactCountry', '__tactRunCommand'];

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
  it('has none of the test hooks that the test build has', () => {
    const testBuild = bundleText(EXTENSION_DIR);
    for (const hook of HOOKS) expect(testBuild, `test build has ${hook}`).toContain(hook);
    const outDir = mkdtempSync(join(tmpdir(), 'tact-release-'));
    const { WXT_TEST_HOOKS: _hooks, ...rest } = process.env;
    const env = { ...rest, TACT_OUT_DIR: outDir };
    execFileSync('npx', ['wxt', 'build'], { env, stdio: 'pipe' });
    const release = bundleText(join(outDir, 'chrome-mv3'));
    expect(release).toContain('tact-assist');
    for (const hook of HOOKS) expect(release, `release build has ${hook}`).not.toContain(hook);
  }, 120_000);
});
