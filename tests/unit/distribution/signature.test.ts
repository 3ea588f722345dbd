import { describe, expect, it } from 'vitest';
import { canonicalJson, generateSigningKey, keyIdOf, normalizePublicKey, signPack, unwrapPackFile, verifySignature, type SignedPackFile } from '@/knowledge/signature';
import { teamPack } from './helpers';

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined like JSON', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'x', c: null }], u: undefined })).toBe('{"a":[{"c":null,"d":"x"}],"b":1}');
  });
  it('is the same for the same data however it was written', () => {
    const a = JSON.parse('{"x":{"z":1,"y":"é"},"w":[1,2]}');
    const b = JSON.parse('{ "w": [1, 2], "x": { "y": "\\u00e9", "z": 1.0 } }');
    expect(canonicalJson(a)).toBe(canonicalJson(b));
  });
  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/non-finite/);
  });
});

describe('Ed25519 pack signatures', () => {
  it('signs and verifies; a re-serialised file still verifies', async () => {
    const key = await generateSigningKey();
    expect(key.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(key.keyId).toBe(await keyIdOf(key.publicKey));
    const signed = await signPack(teamPack('v1'), key, '2026-11-20T10:00:00Z');
    const roundTrip = JSON.parse(JSON.stringify(signed, null, 4));
    await expect(verifySignature(roundTrip)).resolves.toEqual({ status: 'valid', keyId: key.keyId, publicKey: key.publicKey, signedAt: '2026-11-20T10:00:00Z' });
    await expect(verifySignature(roundTrip, key.publicKey)).resolves.toMatchObject({ status: 'valid' });
  });

  it('detects any change to the pack, the date or the key id', async () => {
    const key = await generateSigningKey();
    const signed = await signPack(teamPack('v1'), key);
    const tamper = async (change: (f: SignedPackFile & { pack: ReturnType<typeof teamPack> }) => void) => {
      const copy = structuredClone(signed) as SignedPackFile & { pack: ReturnType<typeof teamPack> };
      change(copy);
      return verifySignature(copy);
    };
    const content = await tamper((f) => {
      f.pack.entries[0].title.en = 'Broken glass shade: ask the buyer to pay for return shipping';
    });
    expect(content).toMatchObject({ status: 'invalid', reason: expect.stringContaining('changed after it was signed') });
    expect(await tamper((f) => (f.signedAt = '2030-01-01T00:00:00Z'))).toMatchObject({ status: 'invalid' });
    expect(await tamper((f) => (f.keyId = '0000000000000000'))).toMatchObject({ status: 'invalid', reason: expect.stringContaining('does not belong') });
    expect(await tamper((f) => (f.signature = f.signature.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))))).toMatchObject({ status: 'invalid' });
  });

  it('refuses a pack signed by another key than the pinned one, even with a valid signature', async () => {
    const team = await generateSigningKey();
    const stranger = await generateSigningKey();
    const signed = await signPack(teamPack('v1'), stranger);
    const check = await verifySignature(signed, team.publicKey);
    expect(check).toMatchObject({ status: 'invalid', reason: expect.stringContaining(`trusts only key ${team.keyId}`) });
    // Swapping in the team's public key doesn't help: the key id and the signature no longer match.
    const swapped = { ...signed, publicKey: team.publicKey, keyId: team.keyId };
    expect(await verifySignature(swapped, team.publicKey)).toMatchObject({ status: 'invalid' });
  });

  it('treats a plain pack as unsigned and malformed envelopes as invalid', async () => {
    expect(await unwrapPackFile(teamPack('v1'))).toMatchObject({ check: { status: 'unsigned' } });
    expect(await unwrapPackFile({ tactSignedPack: 1, algorithm: 'RSA', pack: {} })).toMatchObject({ check: { status: 'invalid', reason: expect.stringContaining('algorithm') } });
    expect(await unwrapPackFile({ tactSignedPack: 2 })).toMatchObject({ check: { status: 'invalid', reason: expect.stringContaining('format') } });
  });

  it('accepts a public key as pasted and rejects what is not one', async () => {
    const { publicKey } = await generateSigningKey();
    expect(normalizePublicKey(`  ed25519:${publicKey.slice(0, 20)}\n${publicKey.slice(20)} `)).toBe(publicKey);
    expect(() => normalizePublicKey('not a key!')).toThrow(/base64/);
    expect(() => normalizePublicKey(btoa('short'))).toThrow(/32 bytes/);
  });

  it('refuses to sign with a key file whose halves do not match', async () => {
    const a = await generateSigningKey();
    const b = await generateSigningKey();
    await expect(signPack(teamPack('v1'), { ...a, publicKey: b.publicKey })).rejects.toThrow(/do not match/);
  });
});
