/**
 * The trust rules through the admin API, as the options page and the alarm use it: pack ids owned by their
 * first source and key, a read-only core pack, downgrades and key changes only on an explicit flag, strict
 * UTF-8, depth limits, and a subscription fetch with one deadline and a streaming size cap.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPackAdmin } from '@/knowledge/pack-admin';
import { ensureBundledPack } from '@/knowledge/install';
import { generateSigningKey, signPack, toBase64 } from '@/knowledge/signature';
import type { FetchLike, ResponseLike } from '@/knowledge/subscription-check';
import { getSubscriptions, whatsNewItem } from '@/knowledge/subscription-store';
import type { Pack } from '@/knowledge/schema';
import { dump, fakeServer, freshDb, teamPack } from './helpers';

beforeEach(() => fakeBrowser.reset());

const TEAM_URL = 'https://packs.lumen.example/cs/lumen-team.json';
const EVIL_URL = 'https://mirror.evil.example/lumen-team.json';
const withVersion = (pack: Pack, version: string): Pack => ({ ...structuredClone(pack), version });
const core = (): Pack => ({ ...teamPack('v1'), id: 'tact-core', name: 'Tact core', version: '0.1.0' });

/** One fake server per URL, as two subscriptions would reach two hosts. */
function servers() {
  const team = fakeServer();
  const evil = fakeServer();
  const fetch: FetchLike = (url, init) => (url === TEAM_URL ? team.fetch(url, init) : evil.fetch(url, init));
  return { team, evil, fetch };
}

function streamed(chunks: Uint8Array[], options: { delayMs?: number; headers?: Record<string, string> } = {}): ResponseLike {
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
      if (i < chunks.length) controller.enqueue(chunks[i++]);
      else controller.close();
    },
  });
  const headers = options.headers ?? {};
  return { status: 200, ok: true, headers: { get: (n) => headers[n.toLowerCase()] ?? null }, body, text: () => Promise.reject(new Error('read the body with a reader')) };
}

describe('pack identity through the admin', () => {
  it('a second, keyless subscription serving lumen-team@99.0.0 signed by another key is refused; the team update still installs', async () => {
    const db = freshDb();
    const { team, evil, fetch } = servers();
    const teamKey = await generateSigningKey();
    const otherKey = await generateSigningKey();
    const admin = createPackAdmin({ db: () => db, fetch });
    team.serve(JSON.stringify(await signPack(teamPack('v1'), teamKey)), '"1"');
    expect(await admin.subscribe({ url: TEAM_URL, publicKey: teamKey.publicKey })).toMatchObject({ status: 'installed' });
    const before = await dump(db);

    evil.serve(JSON.stringify(await signPack(withVersion(teamPack('v2'), '99.0.0'), otherKey)), '"99"');
    const hijack = await admin.subscribe({ url: EVIL_URL });
    expect(hijack.status).toBe('failed');
    expect(hijack.message).toContain(
      `"lumen-team" belongs to the subscription ${TEAM_URL}, signed by key ${teamKey.keyId}; the subscription ${EVIL_URL} (signed by key ${otherKey.keyId}) cannot replace it`,
    );
    // An older copy from the other subscription is refused for the same reason, by name (not as "older than…").
    evil.serve(JSON.stringify(await signPack(withVersion(teamPack('v1'), '0.0.1'), otherKey)), '"0"');
    expect((await admin.check(EVIL_URL)).message).toMatch(/^"lumen-team" belongs to the subscription https:\/\/packs\.lumen\.example/);
    expect(await dump(db)).toEqual(before);
    // The refused subscription did not claim the pack or pin the other key.
    expect((await getSubscriptions()).find((s) => s.url === EVIL_URL)).not.toHaveProperty('packId');

    team.serve(JSON.stringify(await signPack(teamPack('v2'), teamKey)), '"2"');
    expect(await admin.check(TEAM_URL)).toMatchObject({ status: 'updated' });
    expect(await db.packs.get('lumen-team')).toMatchObject({ version: '1.1.0', source: 'url', url: TEAM_URL, signer: { keyId: teamKey.keyId } });
  });

  it('a file cannot take a subscribed pack id, and a file with the core id cannot replace or remove the core pack', async () => {
    const db = freshDb();
    await ensureBundledPack(db, core());
    const { team, fetch } = servers();
    const admin = createPackAdmin({ db: () => db, fetch });
    team.serve(JSON.stringify(teamPack('v1')), '"1"');
    await admin.subscribe({ url: TEAM_URL });
    const before = await dump(db);

    const file = await admin.importFile({ name: 'team.json', text: JSON.stringify(withVersion(teamPack('v2'), '99.0.0')) });
    expect(file).toMatchObject({ ok: false, refused: true });
    expect(file.ok === false && file.problems[0].message).toMatch(
      /^"lumen-team" belongs to the subscription https:\/\/packs\.lumen\.example\/cs\/lumen-team\.json, unsigned; this file \(unsigned\) cannot replace it/,
    );

    const hijackCore = await admin.importFile({ name: 'core.json', text: JSON.stringify(withVersion(core(), '99.0.0')) });
    expect(hijackCore.ok === false && hijackCore.problems[0].message).toMatch(/^"tact-core" is the bundled core pack and is read-only/);
    await expect(admin.remove('tact-core')).rejects.toThrow(/not removed/);
    expect(await dump(db)).toEqual(before);
  });
});

describe('updates under policy, through the admin', () => {
  it('file import: a downgrade and a key change are refused by default and pass on the explicit flags, which are logged', async () => {
    const db = freshDb();
    const admin = createPackAdmin({ db: () => db });
    const keyA = await generateSigningKey();
    const keyB = await generateSigningKey();
    const file = async (pack: Pack, key: typeof keyA) => JSON.stringify(await signPack(pack, key));
    expect(await admin.importFile({ name: 't.json', text: await file(teamPack('v2'), keyA) })).toMatchObject({ ok: true, status: 'installed' });

    const down = await admin.importFile({ name: 't.json', text: await file(teamPack('v1'), keyA) });
    expect(down.ok === false && down.problems[0].message).toBe('"lumen-team" 1.0.0 is older than the installed 1.1.0; refused (a team lead can allow a downgrade explicitly)');
    const rekey = await admin.importFile({ name: 't.json', text: await file(withVersion(teamPack('v2'), '1.2.0'), keyB) });
    expect(rekey.ok === false && rekey.problems[0].message).toMatch(
      new RegExp(`^"lumen-team" is signed by key ${keyA.keyId} \\(a file import, signed by key ${keyA.keyId}\\), but this copy is signed by another key, ${keyB.keyId}`),
    );

    // A truthy non-boolean is not an explicit choice.
    const sloppy = await admin.importFile({ name: 't.json', text: await file(teamPack('v1'), keyA), allowDowngrade: 'yes' as unknown as boolean });
    expect(sloppy.ok).toBe(false);
    expect(await admin.importFile({ name: 't.json', text: await file(teamPack('v1'), keyA), allowDowngrade: true })).toMatchObject({ ok: true, overrides: ['downgrade'] });
    expect(await admin.importFile({ name: 't.json', text: await file(withVersion(teamPack('v2'), '1.2.0'), keyB), allowKeyChange: true })).toMatchObject({ ok: true, overrides: ['keyChange'] });
    const log = await whatsNewItem.getValue();
    expect(log.slice(0, 2).map((r) => r.overrides)).toEqual([['keyChange'], ['downgrade']]);
  });

  it('subscription: a new signing key is refused, then accepted on check({ url, allowKeyChange }) and the pin moves to it', async () => {
    const db = freshDb();
    const { team, fetch } = servers();
    const keyA = await generateSigningKey();
    const keyB = await generateSigningKey();
    const admin = createPackAdmin({ db: () => db, fetch });
    team.serve(JSON.stringify(await signPack(teamPack('v1'), keyA)), '"1"');
    await admin.subscribe({ url: TEAM_URL });
    expect((await getSubscriptions())[0].keyId).toBe(keyA.keyId);
    team.serve(JSON.stringify(await signPack(teamPack('v2'), keyB)), '"2"');
    expect((await admin.check(TEAM_URL)).message).toMatch(new RegExp(`signed with key ${keyB.keyId}, but this subscription trusts only key ${keyA.keyId}`));
    const allowed = await admin.check({ url: TEAM_URL, allowKeyChange: true });
    expect(allowed).toMatchObject({ status: 'updated', message: expect.stringContaining('(explicitly allowed: keyChange)') });
    expect((await getSubscriptions())[0]).toMatchObject({ keyId: keyB.keyId, publicKey: keyB.publicKey });
    expect((await db.packs.get('lumen-team'))!.signer!.keyId).toBe(keyB.keyId);
  });

  it('subscription: a downgrade is refused by default and installed on check({ url, allowDowngrade })', async () => {
    const db = freshDb();
    const { team, fetch } = servers();
    const admin = createPackAdmin({ db: () => db, fetch });
    team.serve(JSON.stringify(teamPack('v2')), '"2"');
    await admin.subscribe({ url: TEAM_URL });
    team.serve(JSON.stringify(teamPack('v1')), '"1"');
    expect((await admin.check(TEAM_URL)).message).toMatch(/the server offers 1\.0\.0, older than the installed 1\.1\.0; refused/);
    expect(await admin.check({ url: TEAM_URL, allowDowngrade: true })).toMatchObject({ status: 'updated', message: expect.stringContaining('explicitly allowed: downgrade') });
    expect((await db.packs.get('lumen-team'))!.version).toBe('1.0.0');
  });
});

describe('reading pack bytes', () => {
  it('refuses invalid UTF-8 with the byte offset instead of storing U+FFFD', async () => {
    const db = freshDb();
    const admin = createPackAdmin({ db: () => db });
    const good = new TextEncoder().encode(JSON.stringify(teamPack('v1')));
    const at = good.indexOf(0x22, 200); // a byte inside the text, after a quote
    const bad = good.slice();
    bad[at + 1] = 0xff;
    const result = await admin.importFile({ name: 'team.json', base64: toBase64(bad) });
    expect(result.ok === false && result.problems[0].message).toBe(`not valid UTF-8 text: byte 0xff at byte offset ${at + 1} (line 1); save the file as UTF-8 and import it again`);
    expect(await db.packs.count()).toBe(0);
    expect(await admin.importFile({ name: 'team.json', base64: toBase64(good) })).toMatchObject({ ok: true, status: 'installed' });
  });

  it('refuses 100k-deep YAML and JSON with "nested deeper than 64 levels", not a stack overflow', async () => {
    const db = freshDb();
    const admin = createPackAdmin({ db: () => db });
    const n = 100_000;
    for (const [name, text] of [
      ['deep.yaml', `id: x\nentries: ${'['.repeat(n)}${']'.repeat(n)}\n`],
      ['dash.yaml', `id: x\nentries:\n${'- '.repeat(n)}x\n`],
      ['deep.json', `{"id":"x","entries":${'['.repeat(n)}${']'.repeat(n)}}`],
    ]) {
      const result = await admin.importFile({ name, text });
      expect(result.ok === false && result.problems[0].message, name).toMatch(/^nested deeper than 64 levels \(line \d+, column \d+\); a pack needs far fewer$/);
    }
  });
});

describe('subscription fetch: one deadline, streaming cap, a clear error for each failure', () => {
  async function checkWith(response: () => Promise<ResponseLike> | ResponseLike, options: { timeoutMs?: number; maxBytes?: number } = {}) {
    const { checkSubscription } = await import('@/knowledge/subscription-check');
    const { addSubscription } = await import('@/knowledge/subscription-store');
    const db = freshDb();
    fakeBrowser.reset();
    await addSubscription({ url: TEAM_URL, addedAt: 0, status: 'new' });
    const outcome = await checkSubscription(TEAM_URL, { db, fetch: async () => response(), ...options });
    return { outcome, db };
  }

  it('a body that drips one byte at a time hits the same deadline as the headers', async () => {
    const text = new TextEncoder().encode(JSON.stringify(teamPack('v1')));
    const started = Date.now();
    const { outcome, db } = await checkWith(
      () =>
        streamed(
          [...text.slice(0, 50)].map((b) => new Uint8Array([b])),
          { delayMs: 20 },
        ),
      { timeoutMs: 300 },
    );
    expect(outcome.message).toBe('no complete answer from the server within 300 ms (one deadline covers the headers and the body) (the installed version was kept)');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await db.packs.count()).toBe(0);
  });

  it('stops reading past the size cap (streamed, and up front from Content-Length)', async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({ pull: (c) => void (pulled++, c.enqueue(chunk)) });
    const big = await checkWith(() => ({ status: 200, ok: true, headers: { get: () => null }, body: endless, text: async () => '' }), { maxBytes: 1024 * 1024 });
    expect(big.outcome.message).toBe('the pack is over the 1.0 MB limit; stopped reading after 1.1 MB (the installed version was kept)');
    expect(pulled).toBeLessThan(40);
    const declared = await checkWith(() => streamed([chunk], { headers: { 'content-length': String(900 * 1048576) } }));
    expect(declared.outcome.message).toBe('the pack is 900.0 MB, over the 40.0 MB limit; not downloaded (the installed version was kept)');
  });

  it('names bad JSON, bad UTF-8, a bad signature and the HTTP status', async () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect((await checkWith(() => streamed([enc('{"id": "lumen-team", ')]))).outcome.message).toMatch(/^lumen-team\.json: malformed JSON: /);
    expect((await checkWith(() => streamed([new Uint8Array([0x7b, 0xc3, 0x28])]))).outcome.message).toMatch(/^lumen-team\.json: not valid UTF-8 text: byte 0xc3 at byte offset 1/);
    const key = await generateSigningKey();
    const signed = await signPack(teamPack('v1'), key);
    (signed.pack as Pack).version = '9.9.9';
    expect((await checkWith(() => streamed([enc(JSON.stringify(signed))]))).outcome.message).toMatch(/signature by key .* does not match the content/);
    const http = await checkWith(() => ({ status: 503, ok: false, headers: { get: () => null }, text: async () => '' }));
    expect(http.outcome.message).toBe('the server answered HTTP 503 (the installed version was kept)');
    const good = await checkWith(() => streamed([enc(JSON.stringify(teamPack('v1')).slice(0, 100)), enc(JSON.stringify(teamPack('v1')).slice(100))]));
    expect(good.outcome.status).toBe('installed');
  });
});
