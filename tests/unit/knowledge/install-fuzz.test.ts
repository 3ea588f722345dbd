/**
 * Feeds 1,200 deterministically mutated packs (objects, JSON text and YAML text) straight into installPack
 * and checks, after every attempt, that either the pack was installed exactly as submitted (compared with
 * the submitted value, read back independently, not with the DB itself) and no other pack changed, or the
 * store is exactly as it was — and that every failure is one of the expected, explained errors, never a
 * crash. The entry paths (file, signed file, subscription) are fuzzed in tests/unit/distribution/pack-fuzz.
 */
import { describe, expect, it } from 'vitest';
import { parse as referenceYaml, stringify } from 'yaml';
import { installPack, InstallError, parsePackText } from '@/knowledge/install';
import { PackError } from '@/knowledge/validation-errors';
import { IdentityError, UpdatePolicyError } from '@/knowledge/pack-identity';
import { validatePack } from '@/knowledge/validate';
import type { Pack } from '@/knowledge/schema';
import { dump, fixturePack, freshDb } from './helpers';

const RUNS = 1200;

function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every [container, key] pair in the value, so a mutation can hit any depth. */
function slots(value: Json, out: Array<[Json[] | Record<string, Json>, string | number]> = []) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push([value, i]);
      slots(v, out);
    });
  } else if (value && typeof value === 'object') {
    for (const k of Object.keys(value)) {
      out.push([value, k]);
      slots(value[k], out);
    }
  }
  return out;
}

function mutate(base: Pack, rnd: () => number): { input: unknown; asText?: 'json' | 'yaml' } {
  const pack = JSON.parse(JSON.stringify(base)) as Json & Record<string, Json>;
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const all = slots(pack);
  const rounds = 1 + Math.floor(rnd() * 3);
  let truncate = false;
  for (let r = 0; r < rounds; r++) {
    const [holder, key] = pick(all);
    const set = (v: Json) => ((holder as Record<string, Json>)[key as string] = v);
    switch (Math.floor(rnd() * 11)) {
      case 0:
        if (Array.isArray(holder)) holder.splice(key as number, 1);
        else delete holder[key as string];
        break;
      case 1:
        set(pick<Json>([42, -1, 3.5, true, null, [], {}, '', 'x', [1, 2]]));
        break;
      case 2:
        set('界'.repeat(1000 + Math.floor(rnd() * 60_000)));
        break;
      case 3: {
        const entries = pack.entries as Json[];
        if (entries.length) entries.push(JSON.parse(JSON.stringify(pick(entries))));
        break;
      }
      case 4:
        // An own "__proto__" / "constructor" key, as JSON.parse would create it from a hostile file.
        Object.defineProperty(holder, pick(['__proto__', 'constructor', 'prototype']), { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
        break;
      case 5:
        set(pick(['recipe', 'culture-tip', 'TEMPLATE', 'playbook ', '']));
        break;
      case 6:
        set('Hello {{customer_email}} <img src=x onerror=alert(1)>');
        break;
      case 7:
        pack.schemaVersion = pick([0, 2, 99, '1', -1]);
        break;
      case 8:
        truncate = true;
        break;
      case 9:
        set('<script>alert(document.cookie)</script>');
        break;
      default:
        pack.id = pick(['fuzz', 'fuzz-2', 'Bad Id', '', 'mini']);
    }
  }
  const mode = rnd();
  if (mode < 0.5 && !truncate) return { input: pack };
  const asText = mode < 0.8 ? 'json' : 'yaml';
  let text = asText === 'json' ? JSON.stringify(pack) : stringify(pack);
  if (truncate) text = text.slice(0, Math.floor(rnd() * text.length));
  return { input: text, asText };
}

describe('install fuzz', () => {
  it(`never installs part of a pack and never crashes (${RUNS} mutated packs)`, async () => {
    const db = freshDb();
    const mini = fixturePack('mini');
    await installPack(db, mini, { source: 'bundled' });
    const base: Pack = { ...mini, id: 'fuzz', entries: mini.entries.slice(0, 6), countries: mini.countries.slice(0, 1) };
    const rnd = prng(20261123);
    let installed = 0;
    let refused = 0;
    // A refused install leaves the store as it was, so the next "before" is only re-read after an install.
    let before = await dump(db);
    for (let run = 0; run < RUNS; run++) {
      const { input, asText } = mutate(base, rnd);
      let pack: Pack | null = null;
      try {
        const data = asText ? parsePackText(input as string, `fuzz-${run}.${asText}`) : input;
        await installPack(db, data, { source: 'file' }, `fuzz-${run}`);
        // The oracle: the submitted value itself (text read back by the reference parsers), as the schema fills defaults.
        const submitted = asText === 'yaml' ? referenceYaml(input as string) : asText === 'json' ? JSON.parse(input as string) : input;
        pack = validatePack(submitted, `fuzz-${run}`);
        // Whole: every submitted entry, by id and in order (the schema only trims strings and fills defaults).
        expect(pack.entries.map((e) => e.id)).toEqual((submitted as Pack).entries.map((e) => e.id));
        installed++;
      } catch (error) {
        const known =
          error instanceof PackError ||
          error instanceof SyntaxError ||
          error instanceof RangeError ||
          error instanceof InstallError ||
          error instanceof IdentityError ||
          error instanceof UpdatePolicyError;
        if (!known) throw new Error(`run ${run}: unexpected ${(error as Error)?.name}: ${(error as Error)?.message}`);
        expect((error as Error).message.length).toBeGreaterThan(0);
        refused++;
        expect(await dump(db), `run ${run} changed the store while failing`).toEqual(before);
        continue;
      }
      // Installed: complete and consistent — every entry and country of the pack, as validated.
      const stored = (await db.packs.get(pack!.id))!;
      expect(stored.pack).toEqual(pack);
      expect(stored.entryCount).toBe(pack!.entries.length);
      expect(Object.prototype).not.toHaveProperty('polluted');
      // Every other pack (the bundled one above all) exactly as before.
      const others = (await db.packs.toArray()).filter((r) => r.id !== pack!.id);
      expect(others, `run ${run} changed another pack`).toEqual((before as { packs: Array<{ id: string }> }).packs.filter((r) => r.id !== pack!.id));
      before = await dump(db);
    }
    expect(installed + refused).toBe(RUNS);
    console.log(`install fuzz: ${installed} installed, ${refused} refused`);
    // Both outcomes must actually occur, or the fuzzer isn't exercising anything.
    expect(installed).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(RUNS / 2);
  }, 60_000);
});
