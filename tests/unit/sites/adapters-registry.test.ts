import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapters, adapterFor } from '@/utils/sites/adapters';
import { routeFixture } from '@/scripts/lib/browser/fixture-server';
import { FIXTURE_VARIANTS } from '@/tests/fixtures/sites/manifest';
import { SITES } from './fixture-dom';

const ADAPTERS = adapters();
const pages = ['amazon', 'aliexpress'].flatMap((dir) =>
  readdirSync(join(SITES, dir))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `${dir}/${f}`),
);

describe('site rules', () => {
  it('the hand-written adapters are gone: every site is a rule in knowledge/core/sites', () => {
    expect(existsSync(join(process.cwd(), 'utils/sites/amazon'))).toBe(false);
    expect(existsSync(join(process.cwd(), 'utils/sites/aliexpress'))).toBe(false);
    expect(ADAPTERS.map((a) => a.id).sort()).toEqual(['aliexpress-im', 'aliexpress-legacy', 'aliexpress-message-center', 'amazon-contact-buyer', 'amazon-inbox']);
  });

  it.each(ADAPTERS.filter((a) => a.id !== 'amazon-contact-buyer').map((a) => [a.id] as const))('%s has fixture pages, including one where no conversation is open', (id) => {
    const variants = FIXTURE_VARIANTS.filter((v) => v.adapter === id);
    expect(variants.filter((v) => v.expect.state === 'ready').length).toBeGreaterThan(0);
    expect(variants.filter((v) => v.expect.state === 'no-conversation').length).toBeGreaterThan(0);
  });

  it('the contact page has fixtures (it is a form: it always shows a conversation)', () => {
    expect(FIXTURE_VARIANTS.filter((v) => v.adapter === 'amazon-contact-buyer').length).toBeGreaterThan(1);
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
