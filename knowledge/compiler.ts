/**
 * Compiles a folder of YAML sources into one pack: `pack.yaml` holds the pack's metadata; every other
 * file may hold `entries`, `countries`, `sites` (site rules, e.g. knowledge/core/sites/*.yaml), `intents`
 * (merged by id and language) and `detection` signals.
 * Pure: takes file texts, so it runs in the CLI, at build time and in tests alike.
 */
import { parseYaml } from './safe-parse';
import { validatePack } from './validate';
import { PackError, describeValue, formatPath } from './validation-errors';
import type { Pack } from './schema';

export interface SourceFile {
  /** Path relative to the pack folder, used in every error message. */
  path: string;
  text: string;
}

const SECTION_KEYS = ['entries', 'countries', 'sites', 'intents', 'detection'] as const;
/** Sections that are plain lists: concatenated across files, each item remembering where it came from. */
const LIST_SECTIONS = ['entries', 'countries', 'sites'] as const;
type ListSection = (typeof LIST_SECTIONS)[number];
const META_FILE = 'pack.yaml';

interface Origin {
  section: ListSection;
  file: string;
  index: number;
}

export function compilePack(files: SourceFile[]): Pack {
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  const meta = sorted.find((f) => f.path === META_FILE);
  if (!meta) throw new PackError([`${META_FILE}: missing (the pack's id, name, version, publisher…)`]);
  const problems: string[] = [];
  const out: Record<string, unknown> = { ...asObject(parseYaml(meta.text, meta.path), meta.path) };
  for (const key of SECTION_KEYS) if (key in out) problems.push(`${META_FILE}: ${key}: put ${key} in their own files, not in ${META_FILE}`);
  const lists: Record<ListSection, unknown[]> = { entries: [], countries: [], sites: [] };
  const intents = new Map<string, { id: string; lexicon: Record<string, string[]>; examples: Record<string, string[]> }>();
  const detection: Record<string, Record<string, string[]>> = {};
  const origins: Origin[] = [];

  for (const file of sorted) {
    if (file === meta) continue;
    const doc = asObject(parseYaml(file.text, file.path), file.path);
    for (const key of Object.keys(doc)) {
      if (!(SECTION_KEYS as readonly string[]).includes(key)) problems.push(`${file.path}: ${key}: unknown section (expected ${SECTION_KEYS.join(', ')})`);
    }
    for (const section of LIST_SECTIONS) {
      const list = lists[section];
      const items = doc[section];
      if (items === undefined) continue;
      if (!Array.isArray(items)) {
        problems.push(`${file.path}: ${section}: expected array, got ${describeValue(items)}`);
        continue;
      }
      items.forEach((item, index) => {
        origins.push({ section, file: file.path, index });
        list.push(item);
      });
    }
    mergeIntents(doc.intents, file.path, intents, problems);
    mergeDetection(doc.detection, file.path, detection, problems);
  }
  if (problems.length) throw new PackError(problems);

  out.entries = lists.entries;
  out.countries = lists.countries;
  if (lists.sites.length) out.sites = lists.sites;
  out.intents = [...intents.values()].map((i) => (Object.keys(i.examples).length ? i : { id: i.id, lexicon: i.lexicon }));
  if (Object.keys(detection).length) out.detection = detection;

  const bySection = Object.fromEntries(LIST_SECTIONS.map((section) => [section, origins.filter((o) => o.section === section)])) as Record<ListSection, Origin[]>;
  return validatePack(out, META_FILE, (path) => originOf(path, bySection));
}

/** Maps `entries[12]…` in the merged pack back to the file it came from and its index there. */
function originOf(path: readonly PropertyKey[], bySection: Record<ListSection, Origin[]>): string {
  const [section, index, ...rest] = path;
  if ((LIST_SECTIONS as readonly PropertyKey[]).includes(section) && typeof index === 'number') {
    const o = bySection[section as ListSection][index];
    if (o) return `${o.file}: ${formatPath([section, o.index, ...rest])}`;
  }
  return `${section === 'intents' || section === 'detection' ? 'intents/detection sources' : META_FILE}: ${formatPath(path)}`;
}

function asObject(value: unknown, file: string): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new PackError([`${file}: expected a mapping at the top level, got ${describeValue(value)}`]);
  return value as Record<string, unknown>;
}

function mergeIntents(value: unknown, file: string, into: Map<string, { id: string; lexicon: Record<string, string[]>; examples: Record<string, string[]> }>, problems: string[]) {
  if (value === undefined) return;
  if (!Array.isArray(value)) return void problems.push(`${file}: intents: expected array, got ${describeValue(value)}`);
  value.forEach((raw, i) => {
    const item = raw as { id?: unknown; lexicon?: unknown; examples?: unknown };
    if (!item || typeof item !== 'object' || typeof item.id !== 'string') return void problems.push(`${file}: intents[${i}].id: expected string, got ${describeValue(item?.id)}`);
    const target = into.get(item.id) ?? { id: item.id, lexicon: {}, examples: {} };
    into.set(item.id, target);
    mergeLanguageMap(item.lexicon, target.lexicon, `${file}: intents[${i}].lexicon`, problems);
    mergeLanguageMap(item.examples, target.examples, `${file}: intents[${i}].examples`, problems);
  });
}

function mergeDetection(value: unknown, file: string, into: Record<string, Record<string, string[]>>, problems: string[]) {
  if (value === undefined) return;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return void problems.push(`${file}: detection: expected object, got ${describeValue(value)}`);
  for (const [signal, map] of Object.entries(value)) mergeLanguageMap(map, (into[signal] ??= {}), `${file}: detection.${signal}`, problems);
}

function mergeLanguageMap(value: unknown, into: Record<string, string[]>, where: string, problems: string[]) {
  if (value === undefined) return;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return void problems.push(`${where}: expected object of language -> phrases, got ${describeValue(value)}`);
  for (const [lang, phrases] of Object.entries(value)) {
    if (!Array.isArray(phrases)) {
      problems.push(`${where}.${lang}: expected array, got ${describeValue(phrases)}`);
      continue;
    }
    (into[lang] ??= []).push(...phrases);
  }
}
