import { describe, expect, it, vi } from 'vitest';
import { installPack, setEnabled } from '@/knowledge/install';
import { INDEX_META_KEY } from '@/knowledge/search/knowledge-search';
import { getKnowledge, invalidateKnowledge, mergeDetectionSources } from '@/knowledge/service';
import { TactDb } from '@/knowledge/db';
import { createPackAdmin } from '@/knowledge/pack-admin';
import { loadKnowledgeBase } from '@/knowledge/layering';
import { fixturePack, freshDb, withVersion } from './helpers';

describe('knowledge service', () => {
  it('installs the bundled pack on first use and answers search, suggest and status', async () => {
    const db = freshDb();
    const kb = await getKnowledge(fixturePack('mini'), { db });
    expect(kb.status()).toEqual({ ready: true, packs: 1, entries: 20 });
    expect((await kb.search({ query: 'refnd' }))[0].entry.id).toMatch(/refund/);
    const s = kb.suggest({
      detection: {
        language: 'de',
        languageConfidence: 1,
        intent: 'refund_request',
        labels: ['refund_request'],
        polarity: 'negative',
        anger: 0.2,
        urgency: 0,
        angry: false,
        urgent: false,
        toneReasons: [],
        intents: [],
        sentiment: 'calm',
        risk: false,
        country: 'DE',
        countries: [],
      },
      marketplace: 'amazon',
      language: 'de',
    });
    expect(s.templates[0].variant.language).toBe('de');
    expect(await db.meta.get(INDEX_META_KEY)).toBeDefined();
  });

  it('caches between calls; a change through the pack admin (the one writer) is seen by the next call', async () => {
    const db = freshDb();
    const first = await getKnowledge(fixturePack('mini'), { db });
    expect(await getKnowledge(fixturePack('mini'), { db })).toBe(first);
    const admin = createPackAdmin({ db: () => db, onChange: invalidateKnowledge });
    const result = await admin.importFile({ name: 'upper.json', text: JSON.stringify(fixturePack('upper')) });
    expect(result).toMatchObject({ ok: true, status: 'installed', id: 'upper' });
    const next = await getKnowledge(fixturePack('mini'), { db });
    expect(next).not.toBe(first);
    expect(next.status().packs).toBe(2);
    expect((await next.search({ query: 'full name' }))[0]).toMatchObject({ packId: 'upper' });
  });

  it('offers facet values of enabled packs only, and entries by pack and id', async () => {
    const db = freshDb();
    await installPack(db, fixturePack('mini'), { source: 'bundled' });
    await installPack(db, fixturePack('upper'), { source: 'file' });
    const admin = createPackAdmin({ db: () => db, onChange: invalidateKnowledge });
    const all = (await getKnowledge(fixturePack('mini'), { db })).facetOptions();
    await admin.setEnabled('mini', false);
    const kb = await getKnowledge(fixturePack('mini'), { db });
    const upperOnly = kb.facetOptions();
    expect(all.countries.length).toBeGreaterThan(upperOnly.countries.length);
    expect(all.countries).toContain('AT');
    expect(upperOnly.countries).not.toContain('AT');
    expect(kb.getEntry('mini', 'tpl.refund.amazon')).toMatchObject({ kind: 'template' });
    expect(kb.getEntry('mini', 'nope')).toBeNull();
  });

  it('survives the worker dying: a fresh module state and a closed DB rebuild from IndexedDB with the persisted index', async () => {
    const db = freshDb();
    await getKnowledge(fixturePack('mini'), { db });
    db.close();
    invalidateKnowledge();
    const reopened = await getKnowledge(fixturePack('mini'), { db });
    expect(db.isOpen()).toBe(true);
    expect((await reopened.search({ query: 'damged' }))[0].entry.id).toMatch(/damaged/);

    vi.resetModules();
    const fresh = await import('@/knowledge/service');
    const cold = new TactDb(db.name);
    const { KnowledgeSearch } = await import('@/knowledge/search/knowledge-search');
    const load = vi.spyOn(KnowledgeSearch, 'build');
    const kb = await fresh.getKnowledge(fixturePack('mini'), { db: cold });
    expect((await kb.search({ query: 'damged' }))[0].entry.id).toMatch(/damaged/);
    expect(load).not.toHaveBeenCalled();
    expect(kb.status().entries).toBe(20);
  });

  it('updates the bundled pack when its version changes, but only checks once per worker unless asked', async () => {
    const db = freshDb();
    await getKnowledge(fixturePack('mini'), { db });
    const v2 = withVersion(fixturePack('mini'), '1.2.0', (p) => (p.entries = p.entries.slice(1)));
    expect((await getKnowledge(v2, { db })).status().entries).toBe(20);
    const kb = await getKnowledge(v2, { db, checkBundled: true });
    expect(kb.status().entries).toBe(19);
    expect((await db.packs.get('mini'))!.version).toBe('1.2.0');
  });

  it('reads the bundled file on a cold start only when no bundled pack is stored', async () => {
    const db = freshDb();
    const load = vi.fn(() => fixturePack('mini'));
    await getKnowledge(load, { db });
    expect(load).toHaveBeenCalledTimes(1);
    invalidateKnowledge();
    await getKnowledge(load, { db: new TactDb(db.name) });
    expect(load).toHaveBeenCalledTimes(1);
    await getKnowledge(load, { db, checkBundled: true });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('accepts the core pack lazily and keeps working when it is broken', async () => {
    const db = freshDb();
    await installPack(db, fixturePack('upper'), { source: 'file' });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const kb = await getKnowledge(() => ({ nonsense: true }), { db });
    expect(error).toHaveBeenCalled();
    expect(kb.status()).toEqual({ ready: true, packs: 1, entries: 2 });
    error.mockRestore();
  });

  it('shares one load between concurrent callers', async () => {
    const db = freshDb();
    const [a, b] = await Promise.all([getKnowledge(fixturePack('mini'), { db }), getKnowledge(fixturePack('mini'), { db })]);
    expect(a).toBe(b);
  });

  it('merges detection lexicons and signals across enabled packs, highest priority first', async () => {
    const db = freshDb();
    await installPack(db, fixturePack('mini'), { source: 'bundled' });
    await installPack(db, fixturePack('upper'), { source: 'file' });
    let sources = mergeDetectionSources(await loadKnowledgeBase(db));
    const refund = sources.intents.find((i) => i.id === 'refund_request')!;
    expect(refund.lexicon).toEqual({ en: ['reimburse', 'refund', 'money back'], de: ['geld zurück', 'rückerstattung'] });
    expect(refund.examples).toEqual({ en: ['I want my money back'] });
    expect(sources.signals.angry).toEqual({ en: ['scam', 'ridiculous', 'unacceptable'] });
    await setEnabled(db, 'upper', false);
    sources = mergeDetectionSources(await loadKnowledgeBase(db));
    expect(sources.signals.angry).toEqual({ en: ['ridiculous', 'unacceptable'] });
    const kb = await getKnowledge(fixturePack('mini'), { db });
    expect(kb.detectionSources().intents.find((i) => i.id === 'refund_request')!.lexicon.en).toEqual(['refund', 'money back']);
  });
});
