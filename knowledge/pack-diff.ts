/**
 * What changed between two versions of a pack: entries (and country profiles) added, changed, removed,
 * matched by id. Pure, so the CLI's `pack -- diff` and the extension's "What's new" say the same thing.
 */
import type { Bilingual, EntryKind, Pack } from './schema';
import { canonicalJson } from './signature';

export interface DiffItem {
  id: string;
  kind: EntryKind;
  title: Bilingual;
}

export interface PackDiff {
  packId: string;
  packName: string;
  fromVersion: string | null;
  toVersion: string;
  added: DiffItem[];
  changed: DiffItem[];
  removed: DiffItem[];
  countries: { added: string[]; changed: string[]; removed: string[] };
}

type PackLike = Pick<Pack, 'id' | 'name' | 'version' | 'entries' | 'countries'>;

function item(e: Pack['entries'][number]): DiffItem {
  return { id: e.id, kind: e.kind, title: e.title };
}

/** `from` null means a first install: everything is added. */
export function diffPacks(from: PackLike | null, to: PackLike): PackDiff {
  const before = new Map((from?.entries ?? []).map((e) => [e.id, e]));
  const after = new Map(to.entries.map((e) => [e.id, e]));
  const added: DiffItem[] = [];
  const changed: DiffItem[] = [];
  const removed: DiffItem[] = [];
  for (const [id, e] of after) {
    const old = before.get(id);
    if (!old) added.push(item(e));
    else if (canonicalJson(old) !== canonicalJson(e)) changed.push(item(e));
  }
  for (const [id, e] of before) if (!after.has(id)) removed.push(item(e));
  const byId = (a: DiffItem, b: DiffItem) => a.id.localeCompare(b.id);

  const cBefore = new Map((from?.countries ?? []).map((c) => [c.code, canonicalJson(c)]));
  const cAfter = new Map(to.countries.map((c) => [c.code, canonicalJson(c)]));
  const countries = {
    added: [...cAfter.keys()].filter((c) => !cBefore.has(c)).sort(),
    changed: [...cAfter.keys()].filter((c) => cBefore.has(c) && cBefore.get(c) !== cAfter.get(c)).sort(),
    removed: [...cBefore.keys()].filter((c) => !cAfter.has(c)).sort(),
  };
  return {
    packId: to.id,
    packName: to.name,
    fromVersion: from?.version ?? null,
    toVersion: to.version,
    added: added.sort(byId),
    changed: changed.sort(byId),
    removed: removed.sort(byId),
    countries,
  };
}

export function isEmptyDiff(d: PackDiff): boolean {
  return !d.added.length && !d.changed.length && !d.removed.length && !d.countries.added.length && !d.countries.changed.length && !d.countries.removed.length;
}

/** The CLI's text form: a summary line with the counts, then one line per entry (+ added, ~ changed, - removed). */
export function formatDiff(d: PackDiff): string {
  const lines = [`${d.packId}: ${d.fromVersion ?? '(not installed)'} -> ${d.toVersion}`, `entries: ${d.added.length} added, ${d.changed.length} changed, ${d.removed.length} removed`];
  const c = d.countries;
  if (c.added.length + c.changed.length + c.removed.length) {
    lines.push(`countries: ${c.added.length} added, ${c.changed.length} changed, ${c.removed.length} removed`);
  }
  for (const [mark, list] of [
    ['+', d.added],
    ['~', d.changed],
    ['-', d.removed],
  ] as const) {
    for (const e of list) lines.push(`${mark} ${e.id} (${e.kind}) ${e.title.en}`);
  }
  for (const [mark, list] of [
    ['+', c.added],
    ['~', c.changed],
    ['-', c.removed],
  ] as const) {
    for (const code of list) lines.push(`${mark} country ${code}`);
  }
  return lines.join('\n');
}

/** Semantic-version order (pre-releases before their release); enough for pack versions. */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core, pre] = v.split('-', 2);
    return { nums: core.split('.').map((n) => Number.parseInt(n, 10) || 0), pre: pre ?? null };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) if ((x.nums[i] ?? 0) !== (y.nums[i] ?? 0)) return (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
  if (x.pre === y.pre) return 0;
  if (x.pre === null) return 1;
  if (y.pre === null) return -1;
  return x.pre.localeCompare(y.pre, 'en', { numeric: true });
}
