import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError, diffCommand, keygenCommand, runDistributionCommand, signCommand, verifyCommand } from '@/scripts/lib/pack-commands-distribution';
import { verifySignature } from '@/knowledge/signature';
import { FIXTURES } from './helpers';

const dirs: string[] = [];
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'tact-cli-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function sink() {
  const lines: string[] = [];
  return { io: { out: (t: string) => void lines.push(t) }, text: () => lines.join('\n') };
}

describe('pack -- keygen / sign / verify / diff', () => {
  it('keygen writes a private key only its owner can read and prints the public key', async () => {
    const dir = tmp();
    const out = sink();
    const key = await keygenCommand(['-o', dir, '--name', 'lumen'], out.io);
    expect(statSync(join(dir, 'lumen.private.json')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'lumen.public.txt'), 'utf8').trim()).toBe(key.publicKey);
    expect(out.text()).toContain(key.publicKey);
    await expect(keygenCommand(['-o', dir, '--name', 'lumen'], sink().io)).rejects.toThrow(/refusing to overwrite/);
  });

  it('signs a YAML folder into a file that verifies with the team key', async () => {
    const dir = tmp();
    const key = await keygenCommand(['-o', dir, '--name', 'lumen'], sink().io);
    const out = sink();
    const file = await signCommand([join(FIXTURES, 'team-v1'), '--key', join(dir, 'lumen.private.json'), '-o', join(dir, 'lumen.signed.json')], out.io);
    expect(out.text()).toBe(`signed lumen-team@1.0.0 (3 entries) with key ${key.keyId}: ${file}`);
    const signed = JSON.parse(readFileSync(file, 'utf8'));
    expect(await verifySignature(signed, key.publicKey)).toMatchObject({ status: 'valid' });

    const ok = sink();
    await verifyCommand([file, '--key', join(dir, 'lumen.public.txt')], ok.io);
    expect(ok.text()).toContain(`valid signature by key ${key.keyId} on lumen-team@1.0.0`);

    signed.pack.version = '1.0.1';
    writeFileSync(file, JSON.stringify(signed));
    await expect(verifyCommand([file], sink().io)).rejects.toThrow(/signature INVALID: .*changed after it was signed/);
  });

  it('sign refuses a missing or wrong key file and an invalid pack', async () => {
    const dir = tmp();
    await expect(signCommand([join(FIXTURES, 'team-v1')], sink().io)).rejects.toThrow(/needs --key/);
    writeFileSync(join(dir, 'not-a-key.json'), '{"hello": 1}');
    await expect(signCommand([join(FIXTURES, 'team-v1'), '--key', join(dir, 'not-a-key.json')], sink().io)).rejects.toThrow(CliError);
    await keygenCommand(['-o', dir, '--name', 'k'], sink().io);
    await expect(signCommand([join(FIXTURES, 'broken-team.yaml'), '--key', join(dir, 'k.private.json')], sink().io)).rejects.toThrow(/entries\[0\]\.title\.zh/);
  });

  it('diff prints the counts and entries, or JSON, also for signed files', async () => {
    const out = sink();
    await diffCommand([join(FIXTURES, 'team-v1'), join(FIXTURES, 'team-v2')], out.io);
    expect(out.text().split('\n').slice(0, 2)).toEqual(['lumen-team: 1.0.0 -> 1.1.0', 'entries: 1 added, 1 changed, 1 removed']);

    const dir = tmp();
    await keygenCommand(['-o', dir, '--name', 'k'], sink().io);
    const signedV2 = await signCommand([join(FIXTURES, 'team-v2'), '--key', join(dir, 'k.private.json'), '-o', join(dir, 'v2.json')], sink().io);
    const json = sink();
    expect(await runDistributionCommand('diff', [join(FIXTURES, 'team-v1'), signedV2, '--json'], json.io)).toBe(true);
    expect(JSON.parse(json.text())).toMatchObject({ fromVersion: '1.0.0', toVersion: '1.1.0', counts: { added: 1, changed: 1, removed: 1 } });
    expect(await runDistributionCommand('validate', [], sink().io)).toBe(false);
  });
});
