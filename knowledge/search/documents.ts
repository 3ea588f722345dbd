/** What of an entry is searchable (and how much each part counts), and its facets for pre-filtering. */
import type { Bilingual, Entry } from '@/knowledge/schema';
import type { SearchFilters } from '@/knowledge/answers';

export const FIELD_WEIGHTS = { title: 3, keywords: 2.5, tags: 2, body: 1 } as const;
export type Field = keyof typeof FIELD_WEIGHTS;

export function entryFields(entry: Entry): Record<Field, string[]> {
  return {
    title: [entry.title.en, entry.title.zh],
    keywords: entry.keywords ?? [],
    tags: entry.tags ?? [],
    body: dedupe(bodyTexts(entry)),
  };
}

function both(b: Bilingual): string[] {
  return [b.en, b.zh];
}

function bodyTexts(entry: Entry): string[] {
  switch (entry.kind) {
    case 'culture_tip':
      return both(entry.body);
    case 'playbook':
      return [
        ...both(entry.situation),
        ...[...entry.checkFirst, ...entry.evidence, ...entry.steps, ...entry.escalation, ...entry.neverSay].flatMap(both),
        ...entry.deadlines.flatMap((d) => both(d.label)),
        ...(entry.emotionScale ?? []).flatMap((l) => [...both(l.label), ...both(l.signs), ...both(l.response)]),
      ];
    case 'template':
      // Glosses are usually the same Chinese text for every variant: dedupe keeps tf honest.
      return entry.variants.flatMap((v) => [v.text, v.gloss]);
    case 'policy_rule':
      return both(entry.explanation);
    case 'vocabulary':
      return [...entry.avoid, ...entry.instead, ...both(entry.why)];
  }
}

function dedupe(list: string[]): string[] {
  return [...new Set(list)];
}

/** A short text Fuse reads besides title/keywords/tags: its scan is linear in text, so keep it small. */
export function excerpt(entry: Entry, max = 160): string {
  const first =
    entry.kind === 'culture_tip'
      ? entry.body.en
      : entry.kind === 'playbook'
        ? entry.situation.en
        : entry.kind === 'template'
          ? entry.variants[0].text
          : entry.kind === 'policy_rule'
            ? entry.explanation.en
            : entry.why.en;
  return first.length > max ? first.slice(0, max) : first;
}

export interface Facets {
  kind: Entry['kind'];
  /** Empty = applies everywhere (a playbook fits every country). */
  countries: readonly string[];
  intents: readonly string[];
  languages: readonly string[];
  /** Empty or containing 'any' = every marketplace. */
  marketplaces: readonly string[];
}

const NONE: readonly string[] = [];

export function facetsOf(entry: Entry): Facets {
  switch (entry.kind) {
    case 'culture_tip':
      return { kind: entry.kind, countries: entry.countries, intents: entry.intents ?? NONE, languages: NONE, marketplaces: NONE };
    case 'playbook':
      return { kind: entry.kind, countries: NONE, intents: entry.intents, languages: NONE, marketplaces: [entry.marketplace] };
    case 'template':
      return {
        kind: entry.kind,
        countries: entry.countries ?? NONE,
        intents: [entry.intent],
        languages: entry.variants.map((v) => v.language),
        marketplaces: [entry.marketplace],
      };
    case 'policy_rule':
      return { kind: entry.kind, countries: NONE, intents: NONE, languages: NONE, marketplaces: [entry.marketplace] };
    case 'vocabulary':
      return { kind: entry.kind, countries: entry.countries ?? NONE, intents: NONE, languages: [entry.language], marketplaces: NONE };
  }
}

/** Facets mean "applies to": an entry that names no country passes a country filter. */
export function passes(f: Facets, filters: SearchFilters | undefined): boolean {
  if (!filters) return true;
  if (filters.kind?.length && !filters.kind.includes(f.kind)) return false;
  if (filters.country && f.countries.length && !f.countries.includes(filters.country)) return false;
  if (filters.intent && f.intents.length && !f.intents.includes(filters.intent)) return false;
  if (filters.language && f.languages.length && !f.languages.includes(filters.language)) return false;
  if (filters.marketplace && f.marketplaces.length && !f.marketplaces.includes('any') && !f.marketplaces.includes(filters.marketplace)) return false;
  return true;
}
