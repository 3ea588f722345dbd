import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateSigningKey, signPack, type SigningKeyFile } from '@/knowledge/signature';
import { checkAllSubscriptions, checkSubscription, originPattern, parseSubscriptionUrl } from '@/knowledge/subscription-check';
import { rollbackAndRecord } from '@/knowledge/subscription-install';
import { addSubscription, getSubscriptions, packSignaturesItem, whatsNewItem } from '@/knowledge/subscription-store';
import { dump, fakeServer, freshDb, teamPack } from './helpers';

const URL_ = 'https://packs.lumen.example/cs/lumen-team.json';
beforeEach(() => fakeBrowser.reset());

async function setup(pinned?: SigningKeyFile) {
  const db = freshDb();
  const server = fakeServer();
  let clock = 1_000;
  await addSubscription({ url: URL_, addedAt: 0, status: 'new', ...(pinned ? { publicKey: pinned.publicKey, keyId: pinned.keyId } : {}) });
  const check = () => checkSubscription(URL_, { db, fetch: server.fetch, now: () => ++clock });
  const sub = async () => (await getSubscriptions())[0];
  return { db, server, check, sub };
}

const signed = async (version: 'v1' | 'v2', key: SigningKeyFile) => JSON.stringify(await signPack(teamPack(version), key));

describe('parseSubscriptionUrl', () => {
  it('accepts https only and asks for the host alone', () => {
    expect(parseSubscriptionUrl(' https://packs.lumen.example/a.json#x ').href).toBe('https://packs.lumen.example/a.json');
    expect(() => parseSubscriptionUrl('http://packs.lumen.example/a.json')).toThrow(/only https/);
    expect(() => parseSubscriptionUrl('https://user:pw@packs.lumen.example/a.json')).toThrow(/user name/);
    expect(() => parseSubscriptionUrl('packs.json')).toThrow(/not a URL/);
    expect(originPattern('https://packs.lumen.example:8443/a/b.json?v=1')).toBe('https://packs.lumen.example/*');
  });
});

describe('checkSubscription', () => {
  it('installs, then sends If-None-Match and treats 304 as unchanged, then updates on a new ETag', async () => {
    const key = await generateSigningKey();
    const { db, server, check, sub } = await setup(key);
    server.serve(await signed('v1', key), '"v1"');
    expect(await check()).toMatchObject({ status: 'installed', message: 'installed 1.0.0: 3 added, 0 changed, 0 removed' });
    expect(await sub()).toMatchObject({ status: 'updated', etag: '"v1"', packId: 'lumen-team', lastChecked: expect.any(Number), lastUpdated: expect.any(Number) });
    expect((await packSignaturesItem.getValue())['lumen-team@1.0.0'].status).toBe('verified');

    expect(await check()).toMatchObject({ status: 'unchanged', message: 'not modified since the last check' });
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe('"v1"');

    server.serve(await signed('v2', key), '"v2"');
    const outcome = await check();
    expect(outcome).toMatchObject({ status: 'updated', message: 'updated to 1.1.0: 1 added, 1 changed, 1 removed' });
    expect(outcome.record).toMatchObject({ fromVersion: '1.0.0', toVersion: '1.1.0', source: 'url' });
    expect((await db.packs.get('lumen-team'))!).toMatchObject({ version: '1.1.0', source: 'url', url: URL_ });
    expect(await whatsNewItem.getValue()).toHaveLength(2);
  });

  it('a tampered update is refused, the installed version kept, and the reason stored', async () => {
    const key = await generateSigningKey();
    const { db, server, check, sub } = await setup(key);
    server.serve(await signed('v1', key), '"v1"');
    await check();
    const before = await dump(db);
    const bad = JSON.parse(await signed('v2', key));
    bad.pack.entries.find((e: { kind: string }) => e.kind === 'template').variants[0].text += '\nPlease leave us 5 stars.';
    server.serve(JSON.stringify(bad), '"v2-bad"');
    const outcome = await check();
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toMatch(/refused, the signature does not verify: .*changed after it was signed.*\(the installed version was kept\)$/);
    expect(await dump(db)).toEqual(before);
    expect(await sub()).toMatchObject({ status: 'failed', etag: '"v1"', message: outcome.message });
  });

  it('refuses an unsigned pack or another key once a key is pinned', async () => {
    const key = await generateSigningKey();
    const { server, check } = await setup(key);
    server.serve(JSON.stringify(teamPack('v1')), '"u"');
    expect(await check()).toMatchObject({ status: 'failed', message: expect.stringContaining('not signed') });
    server.serve(await signed('v1', await generateSigningKey()), '"x"');
    expect(await check()).toMatchObject({ status: 'failed', message: expect.stringContaining('trusts only key') });
  });

  it('pins the key of the first signed pack when none was given (trust on first use)', async () => {
    const key = await generateSigningKey();
    const { server, check, sub } = await setup();
    server.serve(await signed('v1', key), '"1"');
    await check();
    expect(await sub()).toMatchObject({ publicKey: key.publicKey, keyId: key.keyId });
    server.serve(await signed('v2', await generateSigningKey()), '"2"');
    expect(await check()).toMatchObject({ status: 'failed', message: expect.stringContaining('trusts only key') });
  });

  it('keeps the installed version on HTTP errors, invalid packs, older versions and another pack id', async () => {
    const { db, server, check } = await setup();
    server.serve(JSON.stringify(teamPack('v2')), '"2"');
    await check();
    const before = await dump(db);
    server.serve({ status: 503 });
    expect(await check()).toMatchObject({ status: 'failed', message: 'the server answered HTTP 503 (the installed version was kept)' });
    server.serve('{"schemaVersion":1,"id":"lumen-team"}', '"broken"');
    expect(await check()).toMatchObject({ status: 'failed', message: expect.stringContaining('lumen-team.json: name: expected string') });
    server.serve(JSON.stringify(teamPack('v1')), '"old"');
    expect(await check()).toMatchObject({ status: 'failed', message: expect.stringContaining('offers 1.0.0, older than the installed 1.1.0') });
    server.serve(JSON.stringify({ ...teamPack('v2'), id: 'someone-else', version: '9.0.0' }), '"other"');
    expect(await check()).toMatchObject({ status: 'failed', message: expect.stringContaining('used to serve pack "lumen-team"') });
    expect(await dump(db)).toEqual(before);
  });

  it('reports an unreachable server and a timeout', async () => {
    const { db } = await setup();
    const down = await checkSubscription(URL_, { db, fetch: async () => Promise.reject(new TypeError('Failed to fetch')) });
    expect(down).toMatchObject({ status: 'failed', message: 'could not reach the server: Failed to fetch (the installed version was kept)' });
    const hang = await checkSubscription(URL_, {
      db,
      timeoutMs: 20,
      fetch: (_url, init) => new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    });
    expect(hang.message).toMatch(/^no complete answer from the server within 20 ms \(one deadline covers the headers and the body\)/);
  });

  it('does not reinstall a version the agent rolled back from, but takes a newer one', async () => {
    const { db, server, check, sub } = await setup();
    server.serve(JSON.stringify(teamPack('v1')), '"1"');
    await check();
    server.serve(JSON.stringify(teamPack('v2')), '"2"');
    await check();
    await rollbackAndRecord(db, 'lumen-team');
    server.serve(JSON.stringify(teamPack('v2')), '"2b"');
    expect(await check()).toMatchObject({ status: 'unchanged', message: expect.stringContaining('rolled back') });
    expect((await db.packs.get('lumen-team'))!.version).toBe('1.0.0');
    server.serve(JSON.stringify({ ...teamPack('v2'), version: '1.2.0' }), '"3"');
    expect(await check()).toMatchObject({ status: 'updated' });
    expect((await sub()).heldVersion).toBeUndefined();
  });

  it('checkAllSubscriptions goes through every subscription', async () => {
    const { db, server } = await setup();
    await addSubscription({ url: 'https://other.example/pack.json', addedAt: 0, status: 'new' });
    server.serve(JSON.stringify(teamPack('v1')), '"1"');
    const outcomes = await checkAllSubscriptions({ db, fetch: server.fetch });
    expect(outcomes.map((o) => o.url)).toEqual([URL_, 'https://other.example/pack.json']);
  });
});
