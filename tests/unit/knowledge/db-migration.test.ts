import { describe, expect, it } from 'vitest';
import { SCHEMA_HISTORY, TactDb } from '@/knowledge/db';
import { installPack } from '@/knowledge/install';
import { loadKnowledgeBase } from '@/knowledge/layering';
import * as v1 from './db-versions/v1';
import * as v2 from './db-versions/v2';
import { fixturePack } from './helpers';

/** One hand-built fixture per schema version ever released. */
const VERSIONS = [v1, v2];

describe('knowledge DB schema versions', () => {
  it('has a hand-built fixture for every schema version', () => {
    expect(VERSIONS.map((v) => v.VERSION)).toEqual(SCHEMA_HISTORY.map((h) => h.version));
  });

  it.each(VERSIONS.map((v) => [v.VERSION, v] as const))('opens a version %i database with the current class and keeps its data', async (_version, fixture) => {
    const name = `tact-migration-${fixture.VERSION}-${Math.random()}`;
    await fixture.build(name);
    const db = new TactDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1].version);
    expect(await db.packs.get('v1pack')).toMatchObject({ version: '1.0.0', priority: 10, enabled: true });
    // Entries live only inside their pack: v1's copies are dropped on upgrade.
    expect([...db.backendDB().objectStoreNames].sort()).toEqual(['meta', 'packs']);
    // The migrated store keeps working: layering reads it, and new installs go through.
    expect((await loadKnowledgeBase(db)).entries.map((e) => e.entry.id)).toEqual(['tip.de.formal']);
    await installPack(db, fixturePack('mini'), { source: 'bundled' });
    // mini's 20 entries; its tip.de.formal is hidden by the stored pack's (higher priority).
    expect((await loadKnowledgeBase(db)).entries).toHaveLength(20);
    db.close();
  });
});
