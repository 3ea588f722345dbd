import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../utils/sites/adapters';

const SITE_DIR = join(process.cwd(), 'utils/sites');
const adapterFiles = ['amazon', 'aliexpress'].flatMap((dir) =>
  readdirSync(join(SITE_DIR, dir)).filter((f) => f.endsWith('.ts') && f !== 'selectors.ts').map((f) => join(dir, f)),
);

describe('adapter registry', () => {
  it.each(adapterFiles)('%s is registered', (file) => {
    const source = readFileSync(join(SITE_DIR, file), 'utf8');
    const exported = source.match(/export const (\w+): SiteAdapter/)?.[1];
    expect(exported, `${file} exports a SiteAdapter`).toBeTruthy();
    expect(ADAPTERS.map((a) => a.id)).toContain(source.match(/id: '([^']+)'/)![1]);
  });

  it.each(ADAPTERS.map((a) => [a.id, a.marketplace] as const))('%s has fixture pages', (_id, marketplace) => {
    const fixtures = readdirSync(join(process.cwd(), 'tests/fixtures/sites', marketplace)).filter((f) => f.endsWith('.html'));
    expect(fixtures.length).toBeGreaterThan(0);
  });
});
