/**
 * Mutated packs through every entry path the extension has — file text (JSON, YAML), file bytes (the
 * drag & drop / picker path, strict UTF-8), signed files (by the team's key, a stranger's key, or tampered
 * after signing) and subscription responses served to the pack admin by a fake server. After each attempt,
 * either the installed pack equals what was submitted (read back with an independent parser, not compared
 * with the DB itself) and nothing else changed, or the whole store is identical to before. The bundled core
 * pack and the other owners' packs must never change. TACT_FUZZ_RUNS=10000 for the full run.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parse as referenceYaml, stringify } from 'yaml';
import { createPackAdmin } from '@/knowledge/pack-admin';
import { ensureBundledPack } from '@/knowledge/install';
import type { PackRecord } from '@/knowledge/db';
import type { Pack } from '@/knowledge/schema';
import { generateSigningKey, signPack, toBase64, type SigningKeyFile } from '@/knowledge/signature';
import { getSubscriptions, packSignaturesItem, whatsNewItem } from '@/knowledge/subscription-store';
import { validatePack } from '@/knowledge/validate';
import { fixturePack } from '../knowledge/helpers';
import { fakeServer, freshDb, teamPack } from './helpers';
import { expandDeep, mutate, prng, type Mutation } from './fuzz-mutate';

// 1,000 by default keeps the suite quick on a busy 2-core CI machine; the full run is TACT_FUZZ_RUNS=10000.
const RUNS = Number(process.env.TACT_FUZZ_RUNS) || 1000;
const TEAM_URL = 'https://packs.lumen.example/cs/lumen-team.json';
const FUZZ_URL = 'https://packs.fuzz.example/fuzz.json';
const PATHS = ['file-json', 'file-yaml', 'file-bytes', 'signed-team', 'signed-stranger', 'signed-tampered', 'subscription'] as const;
type EntryPath = (typeof PATHS)[number];
const ID_OF: Record<EntryPath, string> = {
  'file-json': 'fuzz-file',
  'file-yaml': 'fuzz-file',
  'file-bytes': 'fuzz-file',
  'signed-team': 'fuzz-team',
  'signed-stranger': 'fuzz-stranger',
  'signed-tampered': 'fuzz-team',
  subscription: 'fuzz-sub',
};
const CRASH = /Maximum call stack|Cannot read prop|undefined is not|is not a function|is not iterable|out of memory|\[object Object\]/;

const byId = async (db: ReturnType<typeof freshDb>) => new Map((await db.packs.toArray()).map((r) => [r.id, r]));
/** Records come back from the store with their keys in write order, so an unchanged store serialises identically. */
const snapshot = (packs: Map<string, PackRecord>) => JSON.stringify([...packs]);
const storage = async () => JSON.stringify({ signatures: await packSignaturesItem.getValue(), whatsNew: await whatsNewItem.getValue() });

/** What the file says, read with the yaml library directly / JSON.parse: the oracle for "installed exactly". */
function submittedPack(text: string, asYaml: boolean): unknown {
  const data = asYaml ? referenceYaml(text) : JSON.parse(text);
  return data && typeof data === 'object' && 'tactSignedPack' in data ? (data as { pack: unknown }).pack : data;
}

async function render(m: Mutation, path: EntryPath, keys: { team: SigningKeyFile; stranger: SigningKeyFile }): Promise<{ text: string; bytes?: Uint8Array }> {
  let text: string;
  if (path === 'file-yaml') text = stringify(m.pack);
  else if (path.startsWith('signed')) {
    // The signing CLI itself refuses a value too deep to sign; such a pack then travels unsigned.
    const file = await signPack(m.pack, path === 'signed-stranger' ? keys.stranger : keys.team).catch(() => null);
    if (file && path === 'signed-tampered') (file.pack as Record<string, unknown>).version = '77.0.0';
    text = JSON.stringify(file ?? m.pack);
  } else text = JSON.stringify(m.pack);
  text = expandDeep(text);
  if (m.truncateAt !== null) text = text.slice(0, Math.floor(m.truncateAt * text.length));
  if (path !== 'file-bytes') return { text };
  const bytes = new TextEncoder().encode(text);
  if (m.badByteAt !== null && bytes.length) bytes[Math.floor(m.badByteAt * bytes.length)] = 0xff;
  return { text, bytes };
}

describe('pack fuzz: every entry path', () => {
  beforeAll(() => fakeBrowser.reset());

  it(
    `installs exactly what was submitted or changes nothing (${RUNS} mutated packs)`,
    async () => {
      const db = freshDb();
      const server = fakeServer();
      const team = fakeServer();
      const admin = createPackAdmin({ db: () => db, fetch: (url, init) => (url === TEAM_URL ? team.fetch(url, init) : server.fetch(url, init)) });
      const keys = { team: await generateSigningKey(), stranger: await generateSigningKey() };
      // The owners whose packs must never change: the bundled core, a pinned subscription, a signed file import.
      const mini = fixturePack('mini');
      await ensureBundledPack(db, { ...mini, id: 'tact-core' });
      team.serve(JSON.stringify(await signPack(teamPack('v1'), keys.team)), '"t1"');
      expect(await admin.subscribe({ url: TEAM_URL, publicKey: keys.team.publicKey })).toMatchObject({ status: 'installed' });
      // Signed by its own key, so no unsigned or differently signed file can take it over.
      const upperKey = await generateSigningKey();
      expect(await admin.importFile({ name: 'upper.json', text: JSON.stringify(await signPack(fixturePack('upper'), upperKey)) })).toMatchObject({ ok: true });
      server.serve({ status: 404 });
      await admin.subscribe({ url: FUZZ_URL });
      const owners = await byId(db);
      const base: Pack = { ...mini, entries: mini.entries.slice(0, 8), countries: mini.countries.slice(0, 1) };

      const rnd = prng(20261202);
      const stats = { attempts: 0, installed: 0, unchanged: 0, refused: 0, partial: 0, collateral: 0 };
      const byPath = Object.fromEntries(PATHS.map((p) => [p, { installed: 0, refused: 0 }]));
      let before = await byId(db);
      let beforeSnapshot = snapshot(before);
      let beforeStorage = await storage();
      for (let run = 0; run < RUNS; run++) {
        const path = PATHS[Math.floor(rnd() * PATHS.length)];
        const m = mutate(base, ID_OF[path], `${run + 2}.0.0`, rnd);
        const { text, bytes } = await render(m, path, keys);
        const name = `fuzz-${run}.${path === 'file-yaml' ? 'yaml' : 'json'}`;
        let ok: boolean;
        let status: string;
        let message = '';
        if (path === 'subscription') {
          server.serve(text);
          const outcome = await admin.check(FUZZ_URL);
          ok = outcome.status !== 'failed';
          status = outcome.status;
          message = outcome.message;
        } else {
          const result = await admin.importFile(bytes ? { name, base64: toBase64(bytes) } : { name, text });
          ok = result.ok;
          status = result.ok ? result.status : 'failed';
          if (!result.ok) message = result.problems.map((p) => `${p.path}: ${p.message}`).join('\n');
        }
        stats.attempts++;
        const after = await byId(db);
        const context = `run ${run} (${path}, mutations ${m.names.join(',')}): ${message.slice(0, 300)}`;
        expect(Object.prototype, context).not.toHaveProperty('polluted');
        if (!ok || status === 'unchanged') {
          expect(message, context).not.toMatch(CRASH);
          if (ok) stats.unchanged++;
          else {
            stats.refused++;
            byPath[path].refused++;
          }
          // The whole store (and the signature and "What's new" records) exactly as before.
          const same = snapshot(after) === beforeSnapshot && (await storage()) === beforeStorage;
          if (!same) stats.collateral++;
          if (!same) expect(after, context).toEqual(before);
          expect(same, context).toBe(true);
          continue;
        }
        // Installed: the record holds exactly the submitted pack (as the schema fills defaults), whole.
        const submitted = submittedPack(text, path === 'file-yaml');
        const id = (submitted as { id: string }).id;
        const stored = after.get(id) as PackRecord;
        const expected = validatePack(submitted, 'oracle');
        if (!stored || !isEqual(stored.pack, expected) || stored.entryCount !== (submitted as Pack).entries.length) stats.partial++;
        expect(stored?.pack, context).toEqual(expected);
        // …and whole: every submitted entry and country, by id, in order (the schema only trims and fills defaults).
        const sub = submitted as { entries: Array<{ id: string }>; countries?: Array<{ code: string }> };
        expect(
          stored.pack.entries.map((e) => e.id),
          context,
        ).toEqual(sub.entries.map((e) => e.id));
        expect(
          stored.pack.countries.map((c) => c.code),
          context,
        ).toEqual((sub.countries ?? []).map((c) => c.code));
        expect(stored, context).toMatchObject(path === 'subscription' ? { source: 'url', url: FUZZ_URL } : { source: 'file' });
        // Nothing else moved, and the owners' packs are byte-for-byte what they were.
        for (const [otherId, record] of before) if (otherId !== id && JSON.stringify(after.get(otherId)) !== JSON.stringify(record)) stats.collateral++;
        for (const [ownerId, record] of owners) expect(JSON.stringify(after.get(ownerId)), `${context}: ${ownerId} changed`).toBe(JSON.stringify(record));
        expect(
          [...after.keys()].filter((k) => !before.has(k) && k !== id),
          context,
        ).toEqual([]);
        stats.installed++;
        byPath[path].installed++;
        before = after;
        beforeSnapshot = snapshot(after);
        beforeStorage = await storage();
      }
      expect(await ensureBundledPack(db, { ...mini, id: 'tact-core' })).toBe('unchanged');
      expect((await getSubscriptions()).find((s) => s.url === TEAM_URL)).toMatchObject({ keyId: keys.team.keyId, packId: 'lumen-team' });
      console.log(`pack fuzz: ${JSON.stringify(stats)}; by path ${JSON.stringify(byPath)}`);
      expect(stats.partial).toBe(0);
      expect(stats.collateral).toBe(0);
      expect(stats.installed + stats.unchanged + stats.refused).toBe(RUNS);
      // Every path must both install and refuse, or the fuzzer isn't exercising it.
      for (const p of PATHS.filter((p) => p !== 'signed-tampered')) expect(byPath[p].installed, p).toBeGreaterThan(0);
      for (const p of PATHS) expect(byPath[p].refused, p).toBeGreaterThan(0);
      expect(byPath['signed-tampered'].installed).toBe(0);
    },
    Math.max(600_000, RUNS * 250),
  );
});

function isEqual(a: unknown, b: unknown): boolean {
  try {
    expect(a).toEqual(b);
    return true;
  } catch {
    return false;
  }
}
