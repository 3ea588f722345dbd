/**
 * Deterministic hostile mutations of a pack for the distribution fuzz suite: wrong types, huge strings,
 * prototype keys, markup, other owners' ids, downgrades, deep nesting, catastrophic regexes, truncation and
 * broken UTF-8. Each mutation is plain data, so the suite can compute independently what should be installed.
 */
import type { Pack } from '@/knowledge/schema';

export function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

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

/** A marker the renderer swaps for `depth` nested brackets in the text (no serialiser could write 100k levels). */
export const deepMarker = (depth: number) => `DEEP${depth}DEEP`;

/** Replaces each marker (quoted in JSON, plain in YAML) with the nested flow sequence it stands for. */
export function expandDeep(text: string): string {
  return text.replace(/"?DEEP(\d+)DEEP"?/g, (_, n: string) => `${'['.repeat(Number(n))}"x"${']'.repeat(Number(n))}`);
}

export interface Mutation {
  pack: Record<string, Json>;
  /** Cut the serialised text at this fraction (0..1), or not at all. */
  truncateAt: number | null;
  /** Break one byte of the UTF-8 encoding at this fraction (byte paths only). */
  badByteAt: number | null;
  names: string[];
}

export const OWNED_IDS = ['tact-core', 'lumen-team', 'upper'];
/** Each entry path fuzzes its own pack id (so one path's first key doesn't lock the others out); ids also get swapped. */
export const FUZZ_IDS = ['fuzz-file', 'fuzz-team', 'fuzz-stranger', 'fuzz-sub'];

export function mutate(base: Pack, id: string, nextVersion: string, rnd: () => number): Mutation {
  const pack = JSON.parse(JSON.stringify({ ...base, id })) as Record<string, Json>;
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const all = slots(pack);
  const names: string[] = [];
  let truncateAt: number | null = null;
  let badByteAt: number | null = null;
  // Some runs are valid packs (a version bump), so installs happen and get checked too.
  const rounds = rnd() < 0.25 ? 0 : 1 + Math.floor(rnd() * 3);
  // Mostly the next release; sometimes an old or a repeated version (downgrades and re-imports).
  pack.version = rnd() < 0.7 ? nextVersion : pick(['1.0.0', '1.0.1', '2.0.0', `${1 + Math.floor(rnd() * 40)}.${Math.floor(rnd() * 9)}.0`, '0.0.1']);
  for (let r = 0; r < rounds; r++) {
    const [holder, key] = pick(all);
    const set = (v: Json) => ((holder as Record<string, Json>)[key as string] = v);
    const kind = Math.floor(rnd() * 15);
    names.push(String(kind));
    switch (kind) {
      case 0:
        if (Array.isArray(holder)) holder.splice(key as number, 1);
        else delete holder[key as string];
        break;
      case 1:
        set(pick<Json>([42, -1, 3.5, true, null, [], {}, '', 'x', [1, 2]]));
        break;
      case 2:
        // Big strings: mostly tens of kB, sometimes far past any field limit.
        set('界'.repeat(rnd() < 0.9 ? 1000 + Math.floor(rnd() * 60_000) : 300_000 + Math.floor(rnd() * 700_000)));
        break;
      case 3: {
        const entries = pack.entries;
        if (Array.isArray(entries) && entries.length) entries.push(JSON.parse(JSON.stringify(pick(entries))) as Json);
        break;
      }
      case 4:
        Object.defineProperty(holder, pick(['__proto__', 'constructor', 'prototype']), { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
        break;
      case 5:
        set(pick(['recipe', 'culture-tip', 'TEMPLATE', 'playbook ', '']));
        break;
      case 6:
        set('Hello {{customer_email}} <img src=x onerror=alert(1)>');
        break;
      case 7:
        pack.schemaVersion = pick<Json>([0, 2, 99, '1', -1]);
        break;
      case 8:
        truncateAt = rnd();
        break;
      case 9:
        pack.id = pick([...OWNED_IDS, ...FUZZ_IDS, 'Bad Id', '']);
        break;
      case 10:
        set(deepMarker(pick([20, 70, 5_000, 100_000])));
        break;
      case 11: {
        // An earlier round may have replaced the entries or the rule with something else entirely.
        const rule = Array.isArray(pack.entries)
          ? (pack.entries.find((e) => e && typeof e === 'object' && !Array.isArray(e) && e.kind === 'policy_rule') as Record<string, Json> | undefined)
          : undefined;
        if (rule) rule.patterns = [pick(['^(\\w+\\s?)*$', '(a|ab)*c', '(x+x+)+y', '(?:\\s*,\\s*)*', '([a-z]+)\\1', 'leave\\s+a\\s+review'])];
        break;
      }
      case 12:
        badByteAt = rnd();
        break;
      case 13:
        set('<script>alert(document.cookie)</script>');
        break;
      default:
        pack.version = pick(['0.9.0', '99.0.0', 'v1', '1.0', '']);
    }
  }
  return { pack, truncateAt, badByteAt, names };
}
