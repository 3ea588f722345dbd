import { describe, expect, it } from 'vitest';
import { installPack, setEnabled, setPriority } from '@/knowledge/install';
import { loadKnowledgeBase } from '@/knowledge/layering';
import { KnowledgeSearch } from '@/knowledge/search/knowledge-search';
import { fixturePack, freshDb, withVersion } from './helpers';

async function twoPacks() {
  const db = freshDb();
  await installPack(db, fixturePack('mini'), { source: 'bundled' });
  await installPack(db, fixturePack('upper'), { source: 'file' });
  return db;
}

describe('layering', () => {
  it('lets a higher-priority pack override an entry id and adds its own entries', async () => {
    const kb = await loadKnowledgeBase(await twoPacks());
    const tip = kb.entries.find((e) => e.entry.id === 'tip.de.formal')!;
    expect(tip.packId).toBe('upper');
    expect(tip.entry.title.en).toMatch(/^Germany \(team\)/);
    expect(kb.entries.filter((e) => e.entry.id === 'tip.de.formal')).toHaveLength(1);
    expect(kb.entries.map((e) => e.entry.id)).toContain('tpl.team.thanks');
    expect(kb.entries).toHaveLength(21);
    expect(kb.packs.map((p) => p.id)).toEqual(['upper', 'mini']);
  });

  it('brings the lower entry back when the upper pack is disabled, and follows priority changes', async () => {
    const db = await twoPacks();
    await setEnabled(db, 'upper', false);
    let kb = await loadKnowledgeBase(db);
    expect(kb.entries.find((e) => e.entry.id === 'tip.de.formal')!.packId).toBe('mini');
    expect(kb.entries.map((e) => e.entry.id)).not.toContain('tpl.team.thanks');
    await setEnabled(db, 'upper', true);
    await setPriority(db, 'upper', -5);
    kb = await loadKnowledgeBase(db);
    expect(kb.entries.find((e) => e.entry.id === 'tip.de.formal')!.packId).toBe('mini');
  });

  it('breaks priority ties in favour of the later install', async () => {
    const db = freshDb();
    await installPack(db, fixturePack('mini'), { source: 'file', priority: 3 });
    await new Promise((r) => setTimeout(r, 5));
    const other = withVersion(fixturePack('upper'), '2.0.0');
    await installPack(db, other, { source: 'file', priority: 3 });
    const kb = await loadKnowledgeBase(db);
    expect(kb.entries.find((e) => e.entry.id === 'tip.de.formal')!.packId).toBe('upper');
  });

  it('layers country profiles the same way', async () => {
    const db = freshDb();
    await installPack(db, fixturePack('mini'), { source: 'bundled' });
    const upper = withVersion(fixturePack('upper'), '2.0.1', (p) => {
      p.countries = [{ ...fixturePack('mini').countries[0], tone: { en: 'Team tone.', zh: '团队语气。' } }];
    });
    await installPack(db, upper, { source: 'file' });
    expect((await loadKnowledgeBase(db)).countries.get('DE')).toMatchObject({ packId: 'upper', profile: { tone: { en: 'Team tone.' } } });
    await setEnabled(db, 'upper', false);
    expect((await loadKnowledgeBase(db)).countries.get('DE')!.packId).toBe('mini');
  });

  it('changes the layer key (and so the search results) whenever the effective set changes', async () => {
    const db = await twoPacks();
    const k1 = (await loadKnowledgeBase(db)).key;
    let search = await KnowledgeSearch.load(db);
    expect(search.search({ query: 'full name' })[0].entry.id).toBe('tip.de.formal');
    await setEnabled(db, 'upper', false);
    const k2 = (await loadKnowledgeBase(db)).key;
    expect(k2).not.toBe(k1);
    search = await KnowledgeSearch.load(db);
    expect(search.origin).toBe('built');
    expect(search.search({ query: 'full name' }).map((h) => h.entry.id)).not.toContain('tip.de.formal');
    expect(search.search({ query: 'Sie' })[0]).toMatchObject({ packId: 'mini', entry: { id: 'tip.de.formal' } });
  });
});
