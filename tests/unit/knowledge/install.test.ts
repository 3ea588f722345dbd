import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensureBundledPack, installPack, InstallError, parsePackText, removePack, rollbackPack, setEnabled, setPriority } from '@/knowledge/install';
import { SCHEMA_VERSION } from '@/knowledge/schema';
import type { PackRecord } from '@/knowledge/db';
import { dump, fixturePack, freshDb, withVersion } from './helpers';

const entryOf = (record: PackRecord, id: string) => record.pack.entries.find((e) => e.id === id);

afterEach(() => vi.restoreAllMocks());

describe('installPack', () => {
  it('writes the pack record once, whole (entries and countries inside it)', async () => {
    const db = freshDb();
    const result = await installPack(db, fixturePack('mini'), { source: 'file' });
    expect(result).toEqual({ id: 'mini', version: '1.0.0', status: 'installed' });
    const record = await db.packs.get('mini');
    expect(record).toMatchObject({ id: 'mini', version: '1.0.0', source: 'file', priority: 10, enabled: true, entryCount: 20 });
    expect(record!.pack.entries).toHaveLength(20);
    expect(record!.pack.entries.find((e) => e.id === 'tpl.refund.amazon')).toMatchObject({ kind: 'template', intent: 'refund_request' });
    expect(record!.pack.countries.filter((c) => c.code === 'AT')).toHaveLength(1);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['meta', 'packs']);
  });

  it('gives the bundled pack priority 0 and imported packs a higher default', async () => {
    const db = freshDb();
    await installPack(db, fixturePack('mini'), { source: 'bundled' });
    await installPack(db, fixturePack('upper'), { source: 'url', url: 'https://example.test/upper.json' });
    expect((await db.packs.get('mini'))!.priority).toBe(0);
    expect(await db.packs.get('upper')).toMatchObject({ priority: 10, url: 'https://example.test/upper.json' });
  });

  it('keeps the previous version on update and rolls back to it (and forward again)', async () => {
    const db = freshDb();
    const v1 = fixturePack('mini');
    await installPack(db, v1, { source: 'file', priority: 5, enabled: true });
    const v2 = withVersion(v1, '1.1.0', (p) => {
      p.entries = p.entries.filter((e) => e.id !== 'tip.de.weather');
      p.entries[0].title.en = 'Changed in 1.1.0';
    });
    expect(await installPack(db, v2, { source: 'file' })).toMatchObject({ status: 'updated', previousVersion: '1.0.0' });
    let record = (await db.packs.get('mini'))!;
    expect(record).toMatchObject({ version: '1.1.0', priority: 5, entryCount: 19 });
    expect(record.previous).toMatchObject({ version: '1.0.0', entryCount: 20 });
    expect(record.previous).not.toHaveProperty('previous');
    expect(entryOf(record, 'tip.de.weather')).toBeUndefined();

    await setPriority(db, 'mini', 7);
    expect(await rollbackPack(db, 'mini')).toMatchObject({ version: '1.0.0', previousVersion: '1.1.0' });
    record = (await db.packs.get('mini'))!;
    expect(record).toMatchObject({ version: '1.0.0', priority: 7, entryCount: 20 });
    expect(record.previous!.version).toBe('1.1.0');
    expect(entryOf(record, 'tip.de.formal')!.title.en).toBe(v1.entries[0].title.en);
    expect(entryOf(record, 'tip.de.weather')).toBeDefined();
    await rollbackPack(db, 'mini');
    expect((await db.packs.get('mini'))!.version).toBe('1.1.0');
  });

  it('refuses rollback without a previous version, and unknown packs', async () => {
    const db = freshDb();
    await installPack(db, fixturePack('mini'), { source: 'file' });
    await expect(rollbackPack(db, 'mini')).rejects.toThrow('mini: no previous version to roll back to');
    await expect(setEnabled(db, 'nope', false)).rejects.toThrow(InstallError);
    await expect(removePack(db, 'nope')).rejects.toThrow('nope: no such pack is installed');
  });

  it('removes imported packs but only disables the bundled one', async () => {
    const db = freshDb();
    await installPack(db, fixturePack('mini'), { source: 'bundled' });
    await installPack(db, fixturePack('upper'), { source: 'file' });
    await removePack(db, 'upper');
    expect(await db.packs.get('upper')).toBeUndefined();
    await expect(removePack(db, 'mini')).rejects.toThrow('the bundled pack can be disabled but not removed');
    await setEnabled(db, 'mini', false);
    expect((await db.packs.get('mini'))!.enabled).toBe(false);
  });

  it('refuses bad priorities', async () => {
    const db = freshDb();
    await expect(installPack(db, fixturePack('mini'), { source: 'file', priority: 1.5 })).rejects.toThrow(/priority: expected an integer/);
    await installPack(db, fixturePack('mini'), { source: 'file' });
    await expect(setPriority(db, 'mini', 5000)).rejects.toThrow(/priority/);
  });

  it('stores HTML and script text as plain text, unchanged', async () => {
    const db = freshDb();
    await installPack(db, fixturePack('mini'), { source: 'file' });
    const row = entryOf((await db.packs.get('mini'))!, 'tpl.html.text');
    expect(row!.title.en).toBe('Stored as text <b>bold</b>');
    expect(row!.kind === 'template' && row!.variants[0].text).toBe("<script>alert('x')</script> stays plain text");
  });
});

describe('atomicity: on any failure the database is exactly as before', () => {
  async function seeded() {
    const db = freshDb();
    await installPack(db, fixturePack('mini'), { source: 'bundled' });
    await installPack(db, fixturePack('upper'), { source: 'file' });
    return db;
  }

  const bad: Array<[string, (p: ReturnType<typeof fixturePack>) => unknown, RegExp]> = [
    ['a schema violation', (p) => ({ ...p, entries: [{ ...p.entries[0], title: { en: 3, zh: 'x' } }] }), /entries\[0\]\.title\.en: expected string, got number/],
    ['a duplicate id', (p) => ({ ...p, entries: [p.entries[0], p.entries[0]] }), /entries\[1\]\.id: duplicate id "tip\.de\.formal"/],
    ['an unknown kind', (p) => ({ ...p, entries: [{ ...p.entries[0], kind: 'recipe' }] }), /entries\[0\]\.kind: unknown kind/],
    [
      'an unknown placeholder',
      (p) => ({ ...p, entries: p.entries.map((e) => (e.kind === 'template' ? { ...e, variants: [{ ...e.variants[0], text: 'Hi {{customer}}' }] } : e)) }),
      /unknown placeholder \{\{customer\}\}/,
    ],
    ['a newer schemaVersion', (p) => ({ ...p, schemaVersion: SCHEMA_VERSION + 1 }), /schemaVersion 2 is newer than this extension supports \(1\); update Tact/],
    ['too many entries', (p) => ({ ...p, entries: Array.from({ length: 60001 }, () => p.entries[0]) }), /entries: .*60000/],
    ['not an object', () => 'hello', /expected a pack object, got string/],
  ];

  it.each(bad)('refuses %s with a specific error and changes nothing', async (_name, mutate, message) => {
    const db = await seeded();
    const before = await dump(db);
    const update = mutate(withVersion(fixturePack('mini'), '9.0.0'));
    await expect(installPack(db, update, { source: 'file' })).rejects.toThrow(message);
    expect(await dump(db)).toEqual(before);
  });

  it('rolls the transaction back when writing the pack fails', async () => {
    const db = await seeded();
    const before = await dump(db);
    const table = 'packs';
    vi.spyOn(db.packs, 'put').mockImplementation(() => Promise.reject(new Error(`disk full writing ${table}`)) as never);
    await expect(installPack(db, withVersion(fixturePack('upper'), '2.0.0'), { source: 'file' })).rejects.toThrow(`disk full writing ${table}`);
    vi.restoreAllMocks();
    expect(await dump(db)).toEqual(before);
  });

  it('rolls back a failed rollback and a failed remove', async () => {
    const db = await seeded();
    await installPack(db, withVersion(fixturePack('upper'), '3.0.0'), { source: 'file' });
    const before = await dump(db);
    vi.spyOn(db.packs, 'put').mockImplementation(() => Promise.reject(new Error('boom')) as never);
    await expect(rollbackPack(db, 'upper')).rejects.toThrow('boom');
    vi.restoreAllMocks();
    vi.spyOn(db.packs, 'delete').mockImplementation(() => Promise.reject(new Error('boom')) as never);
    await expect(removePack(db, 'upper')).rejects.toThrow('boom');
    vi.restoreAllMocks();
    expect(await dump(db)).toEqual(before);
  });
});

describe('parsePackText', () => {
  it('parses JSON and YAML and refuses malformed text and prototype keys', () => {
    expect(parsePackText('{"a":1}', 'p.json')).toEqual({ a: 1 });
    expect(parsePackText('a: 1\n', 'p.yaml')).toEqual({ a: 1 });
    expect(() => parsePackText('{"a":', 'p.json')).toThrow(/p\.json: malformed JSON/);
    expect(() => parsePackText('a: [', 'p.yml')).toThrow(/p\.yml: malformed YAML/);
    expect(() => parsePackText('{"entries":[{"__proto__":{"x":1}}]}', 'p.json')).toThrow('p.json: the key "__proto__" is not allowed');
    expect(() => parsePackText('{"constructor":{}}', 'p.json')).toThrow('the key "constructor" is not allowed');
    expect(() => parsePackText('{"a":[{"\\u005f_proto__":{}}]}', 'p.json')).toThrow('the key "__proto__" is not allowed');
    expect(parsePackText('{"text":"say \\"constructor\\": fine"}', 'p.json')).toEqual({ text: 'say "constructor": fine' });
    expect(() => parsePackText('x'.repeat(41 * 1024 * 1024), 'big.json')).toThrow(/over the 40 MB pack limit/);
  });
});

describe('ensureBundledPack', () => {
  it('installs when missing, skips when unchanged, updates on a new version or content, keeps the agent choices', async () => {
    const db = freshDb();
    const core = fixturePack('mini');
    expect(await ensureBundledPack(db, core)).toBe('installed');
    expect(await ensureBundledPack(db, core)).toBe('unchanged');
    await setEnabled(db, 'mini', false);
    expect(await ensureBundledPack(db, withVersion(core, '1.0.1'))).toBe('updated');
    expect(await db.packs.get('mini')).toMatchObject({ version: '1.0.1', enabled: false, priority: 0, source: 'bundled' });
    // Same version, rebuilt content (a developer edited the YAML): still updated.
    expect(
      await ensureBundledPack(
        db,
        withVersion(core, '1.0.1', (p) => (p.description = 'edited')),
      ),
    ).toBe('updated');
  });

  it('repairs the core pack when another source holds its id (a hijack stored before the identity rules), dropping the intruder', async () => {
    const db = freshDb();
    const core = fixturePack('mini');
    // As an older Tact stored it: a file with the core id replaced the bundled record.
    await db.packs.put({
      id: 'mini',
      name: 'x',
      version: '99.0.0',
      publisher: 'x',
      priority: 50,
      enabled: false,
      source: 'file',
      installedAt: 1,
      entryCount: 0,
      pack: { ...core, version: '99.0.0', entries: [] },
    });
    expect(await ensureBundledPack(db, core)).toBe('updated');
    const repaired = (await db.packs.get('mini'))!;
    expect(repaired).toMatchObject({ source: 'bundled', version: core.version, entryCount: core.entries.length, priority: 0, enabled: true });
    expect(repaired.previous).toBeUndefined();
    expect(repaired.pack.entries).toEqual(core.entries);
  });

  it('repairs a bundled record whose entries were damaged, even with a matching content hash', async () => {
    const db = freshDb();
    const core = fixturePack('mini');
    await ensureBundledPack(db, core);
    await db.packs.update('mini', { entryCount: 1, 'pack.entries': core.entries.slice(0, 1) } as never);
    expect(await ensureBundledPack(db, core)).toBe('updated');
    expect((await db.packs.get('mini'))!.pack.entries).toHaveLength(core.entries.length);
    expect(await ensureBundledPack(db, core)).toBe('unchanged');
  });
});

describe('pack identity: (source, id, key)', () => {
  const keyA = { keyId: 'aaaaaaaaaaaaaaaa', publicKey: 'A'.repeat(43) + '=' };
  const keyB = { keyId: 'bbbbbbbbbbbbbbbb', publicKey: 'B'.repeat(43) + '=' };

  it('the bundled core pack is read-only: a file with its id is refused by name, and cannot remove it', async () => {
    const db = freshDb();
    await ensureBundledPack(db, { ...fixturePack('mini'), id: 'tact-core' });
    const before = await dump(db);
    await expect(installPack(db, { ...withVersion(fixturePack('mini'), '99.0.0'), id: 'tact-core' }, { source: 'file' })).rejects.toThrow(
      /"tact-core" is the bundled core pack and is read-only: this file \(unsigned\) cannot replace it/,
    );
    await expect(installPack(db, { ...fixturePack('mini'), id: 'tact-core' }, { source: 'url', url: 'https://x.example/p.json' })).rejects.toThrow(/read-only/);
    await expect(removePack(db, 'tact-core')).rejects.toThrow(/can be disabled but not removed/);
    expect(await dump(db)).toEqual(before);
  });

  it('the core id stays reserved even when the core pack is not installed', async () => {
    const db = freshDb();
    await expect(installPack(db, { ...fixturePack('mini'), id: 'tact-core' }, { source: 'file' })).rejects.toThrow(/bundled core pack and is read-only/);
    expect(await db.packs.count()).toBe(0);
  });

  it('a pack id belongs to its first source: another subscription URL or a file claiming it is refused, naming the owner', async () => {
    const db = freshDb();
    const url = 'https://packs.lumen.example/team.json';
    await installPack(db, fixturePack('upper'), { source: 'url', url, signer: keyA });
    const before = await dump(db);
    await expect(installPack(db, withVersion(fixturePack('upper'), '99.0.0'), { source: 'url', url: 'https://evil.example/team.json', signer: keyB })).rejects.toThrow(
      `"upper" belongs to the subscription ${url}, signed by key aaaaaaaaaaaaaaaa; the subscription https://evil.example/team.json (signed by key bbbbbbbbbbbbbbbb) cannot replace it`,
    );
    await expect(installPack(db, withVersion(fixturePack('upper'), '99.0.0'), { source: 'file', signer: keyA })).rejects.toThrow(/"upper" belongs to the subscription/);
    expect(await dump(db)).toEqual(before);
  });

  it('refuses a key change or a dropped signature unless explicitly allowed; an unsigned pack may gain its first key', async () => {
    const db = freshDb();
    await installPack(db, fixturePack('upper'), { source: 'file' });
    await installPack(db, withVersion(fixturePack('upper'), '2.1.0'), { source: 'file', signer: keyA });
    await expect(installPack(db, withVersion(fixturePack('upper'), '2.2.0'), { source: 'file', signer: keyB })).rejects.toThrow(
      /"upper" is signed by key aaaaaaaaaaaaaaaa \(a file import, signed by key aaaaaaaaaaaaaaaa\), but this copy is signed by another key, bbbbbbbbbbbbbbbb; refused/,
    );
    await expect(installPack(db, withVersion(fixturePack('upper'), '2.2.0'), { source: 'file' })).rejects.toThrow(/but this copy is not signed; refused/);
    const done = await installPack(db, withVersion(fixturePack('upper'), '2.2.0'), { source: 'file', signer: keyB, policy: { allowKeyChange: true } });
    expect(done.overrides).toEqual(['keyChange']);
    expect((await db.packs.get('upper'))!.signer).toEqual(keyB);
  });

  it('refuses a downgrade unless explicitly allowed, and says which override it used', async () => {
    const db = freshDb();
    await installPack(db, withVersion(fixturePack('upper'), '3.0.0'), { source: 'file' });
    await expect(installPack(db, withVersion(fixturePack('upper'), '1.9.9'), { source: 'file' })).rejects.toThrow(
      '"upper" 1.9.9 is older than the installed 3.0.0; refused (a team lead can allow a downgrade explicitly)',
    );
    const done = await installPack(db, withVersion(fixturePack('upper'), '1.9.9'), { source: 'file', policy: { allowDowngrade: true } });
    expect(done).toMatchObject({ status: 'updated', version: '1.9.9', previousVersion: '3.0.0', overrides: ['downgrade'] });
  });
});
