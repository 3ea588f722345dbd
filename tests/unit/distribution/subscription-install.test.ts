import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installPack } from '@/knowledge/install';
import { PackError } from '@/knowledge/validation-errors';
import { generateSigningKey, signPack, SignatureError } from '@/knowledge/signature';
import { installReceived, receivePackText, rollbackAndRecord } from '@/knowledge/subscription-install';
import { addSubscription, getSubscriptions, packSignaturesItem, whatsNewItem } from '@/knowledge/subscription-store';
import { brokenPackText, dump, freshDb, teamPack } from './helpers';

beforeEach(() => fakeBrowser.reset());

const json = (value: unknown) => JSON.stringify(value, null, 2);

describe('receivePackText', () => {
  it('marks an unsigned pack as unsigned', async () => {
    const r = await receivePackText(json(teamPack('v1')), { fileName: 'team.json' });
    expect(r).toMatchObject({ status: 'unsigned', pack: { id: 'lumen-team', version: '1.0.0' } });
  });

  it('verified when the key is trusted, signed when nobody trusts it yet', async () => {
    const key = await generateSigningKey();
    const text = json(await signPack(teamPack('v1'), key));
    expect(await receivePackText(text, { fileName: 't.json' })).toMatchObject({ status: 'signed', keyId: key.keyId });
    expect(await receivePackText(text, { fileName: 't.json', trustedKeys: [{ publicKey: key.publicKey }] })).toMatchObject({ status: 'verified' });
    await addSubscription({ url: 'https://packs.example.com/lumen.json', publicKey: key.publicKey, addedAt: 1, status: 'new' });
    expect(await receivePackText(text, { fileName: 't.json' })).toMatchObject({ status: 'verified' });
  });

  it('refuses a tampered signed pack with a message that says so', async () => {
    const signed = await signPack(teamPack('v1'), await generateSigningKey());
    (signed.pack as ReturnType<typeof teamPack>).entries[0].keywords = ['tampered'];
    const error = await receivePackText(json(signed), { fileName: 'lumen.signed.json' }).catch((e) => e);
    expect(error).toBeInstanceOf(SignatureError);
    expect(error.message).toMatch(/^lumen\.signed\.json: refused, the signature does not verify: .*changed after it was signed/);
  });

  it('with a pinned key, refuses unsigned packs and packs signed by another key', async () => {
    const team = await generateSigningKey();
    await expect(receivePackText(json(teamPack('v1')), { fileName: 'a.json', pinnedKey: team.publicKey })).rejects.toThrow(`not signed but this subscription requires key ${team.keyId}`);
    const other = json(await signPack(teamPack('v1'), await generateSigningKey()));
    await expect(receivePackText(other, { fileName: 'a.json', pinnedKey: team.publicKey })).rejects.toThrow(/trusts only key/);
  });

  it('names every validation problem by file and path', async () => {
    const error = await receivePackText(brokenPackText(), { fileName: 'broken-team.yaml' }).catch((e) => e);
    expect(error).toBeInstanceOf(PackError);
    expect(error.problems).toEqual([
      'broken-team.yaml: entries[0].title.zh: expected string, got nothing',
      expect.stringMatching(/^broken-team\.yaml: entries\[1\]\.intent: expected one of "shipping_status"/),
    ]);
  });

  it('names malformed files', async () => {
    await expect(receivePackText('{"schemaVersion": 1,', { fileName: 'cut.json' })).rejects.toThrow(/^cut\.json: malformed JSON/);
  });
});

describe('installReceived and rollbackAndRecord', () => {
  it('installs, records the signature and what is new; the same file again changes nothing', async () => {
    const db = freshDb();
    const r1 = await receivePackText(json(teamPack('v1')), { fileName: 'v1.json' });
    const first = await installReceived(db, r1, { source: 'file', now: 1000 });
    expect(first.status).toBe('installed');
    expect(first.record).toMatchObject({ reason: 'installed', counts: { added: 3, changed: 0, removed: 0 }, seen: false });
    expect((await packSignaturesItem.getValue())['lumen-team@1.0.0']).toEqual({ status: 'unsigned', checkedAt: 1000 });
    const before = await dump(db);
    expect((await installReceived(db, r1, { source: 'file' })).status).toBe('unchanged');
    expect(await dump(db)).toEqual(before);
    expect(await whatsNewItem.getValue()).toHaveLength(1);
  });

  it('an update logs added/changed/removed with the pack changelog; rollback logs the reverse and holds the version', async () => {
    const db = freshDb();
    await installReceived(db, await receivePackText(json(teamPack('v1')), { fileName: 'v1.json' }), { source: 'url', url: 'https://packs.example.com/lumen.json' });
    await addSubscription({ url: 'https://packs.example.com/lumen.json', packId: 'lumen-team', addedAt: 1, status: 'updated' });
    const update = await installReceived(db, await receivePackText(json(teamPack('v2')), { fileName: 'v2.json' }), { source: 'url', url: 'https://packs.example.com/lumen.json' });
    expect(update.record).toMatchObject({ reason: 'updated', fromVersion: '1.0.0', toVersion: '1.1.0', counts: { added: 1, changed: 1, removed: 1 } });
    expect(update.record!.notes.map((n) => n.version)).toEqual(['1.1.0']);

    const { record } = await rollbackAndRecord(db, 'lumen-team');
    expect(record).toMatchObject({ reason: 'rolled_back', fromVersion: '1.1.0', toVersion: '1.0.0', counts: { added: 1, changed: 1, removed: 1 } });
    expect(record.added[0].id).toBe('team.lumen.playbook.quality_defect.flicker');
    expect((await db.packs.get('lumen-team'))!.version).toBe('1.0.0');
    expect((await getSubscriptions())[0].heldVersion).toBe('1.1.0');
  });

  it('a refused pack leaves the installed one untouched', async () => {
    const db = freshDb();
    await installPack(db, teamPack('v1'), { source: 'file' });
    const before = await dump(db);
    const signed = await signPack(teamPack('v2'), await generateSigningKey());
    signed.signedAt = '2031-01-01T00:00:00Z';
    await expect(receivePackText(json(signed), { fileName: 'v2.json' }).then((r) => installReceived(db, r, { source: 'file' }))).rejects.toThrow(SignatureError);
    expect(await dump(db)).toEqual(before);
    expect(await whatsNewItem.getValue()).toEqual([]);
  });
});
