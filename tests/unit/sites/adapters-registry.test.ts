import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterFor } from '@/utils/sites/adapters';
import { routeFixture } from '@/scripts/lib/browser/fixture-server';
import { FIXTURE_VARIANTS } from '@/tests/fixtures/sites/manifest';
import { SITES } from './fixture-dom';

const SITE_DIR = join(process.cwd(), 'utils/sites');
const adapterFiles = ['amazon', 'aliexpress'].flatMap((dir) =>
  readdirSync(join(SITE_DIR, dir)).filter((f) => f.endsWith('.ts') && f !== 'selectors.ts').map((f) => join(dir, f)),
);
const pages = ['amazon', 'aliexpress'].flatMap((dir) => readdirSync(join(SITES, dir)).filter((f) => f.endsWith('.html')).map((f) => `${dir}/${f}`));

describe('adapter registry', () => {
  it.each(adapterFiles)('%s is registered', (file) => {
    const source = readFileSync(join(SITE_DIR, file), 'utf8');
    const exported = source.match(/export const (\w+): SiteAdapter/)?.[1];
    expect(exported, `${file} exports a SiteAdapter`).toBeTruthy();
    expect(ADAPTERS.map((a) => a.id)).toContain(source.match(/id: '([^']+)'/)![1]);
  });

  it('has one adapter file per registered adapter (ids are unique)', () => {
    expect(new Set(ADAPTERS.map((a) => a.id)).size).toBe(ADAPTERS.length);
    expect(adapterFiles).toHaveLength(ADAPTERS.length);
  });

  it.each(ADAPTERS.map((a) => [a.id] as const))('%s has fixture pages, including one where no conversation is open', (id) => {
    const variants = FIXTURE_VARIANTS.filter((v) => v.adapter === id);
    expect(variants.filter((v) => v.expect.state === 'ready').length).toBeGreaterThan(0);
    expect(variants.filter((v) => v.expect.state === 'no-conversation').length).toBeGreaterThan(0);
  });
});

describe('fixture manifest', () => {
  it.each(FIXTURE_VARIANTS.map((v) => [v.variant, v] as const))('%s: served at its URL and handled by its adapter', (_name, v) => {
    const url = new URL(v.url);
    expect(existsSync(join(SITES, v.file)), v.file).toBe(true);
    expect(routeFixture(url.hostname, url)).toBe(v.file);
    expect(adapterFor(url)?.id).toBe(v.adapter);
  });

  // A committed page nobody opens tests nothing (frames are loaded by the page that embeds them).
  it.each(pages)('%s is opened by a manifest entry', (page) => {
    expect(FIXTURE_VARIANTS.some((v) => v.file === page)).toBe(true);
  });
});
