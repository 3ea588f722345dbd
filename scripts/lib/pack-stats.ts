/** What a pack covers, for `npm run pack -- stats`: counts a team lead checks before publishing. */
import { placeholdersIn } from '@/knowledge/placeholders';
import type { EntryKind, Pack } from '@/knowledge/schema';
import { INTENT_IDS } from '@/knowledge/intents';

export interface PackStats {
  pack: { id: string; version: string };
  entries: number;
  entriesByKind: Record<EntryKind, number>;
  countries: number;
  countryCodes: string[];
  tipsByCountry: Record<string, number>;
  /** Per intent: playbooks and templates that answer it (all intent ids listed, zero included). */
  intents: Record<string, { playbooks: number; templates: number }>;
  intentsWithoutPlaybook: string[];
  intentsWithoutTemplate: string[];
  templatesByLanguage: Record<string, number>;
  templatesByMarketplace: Record<string, number>;
  /** How many template variants use each placeholder. */
  placeholders: Record<string, number>;
  lexicons: { intents: number; phrasesByLanguage: Record<string, number> };
}

export function packStats(pack: Pack): PackStats {
  const entriesByKind: Record<EntryKind, number> = { culture_tip: 0, playbook: 0, template: 0, policy_rule: 0, vocabulary: 0 };
  const intents = Object.fromEntries(INTENT_IDS.map((id) => [id, { playbooks: 0, templates: 0 }]));
  const tipsByCountry: Record<string, number> = {};
  const templatesByLanguage: Record<string, number> = {};
  const templatesByMarketplace: Record<string, number> = {};
  const placeholders: Record<string, number> = {};
  const bump = (map: Record<string, number>, key: string) => (map[key] = (map[key] ?? 0) + 1);

  for (const e of pack.entries) {
    entriesByKind[e.kind]++;
    if (e.kind === 'culture_tip') e.countries.forEach((c) => bump(tipsByCountry, c));
    if (e.kind === 'playbook') e.intents.forEach((i) => intents[i].playbooks++);
    if (e.kind === 'template') {
      intents[e.intent].templates++;
      bump(templatesByMarketplace, e.marketplace);
      for (const v of e.variants) {
        bump(templatesByLanguage, v.language);
        new Set(placeholdersIn(v.text)).forEach((p) => bump(placeholders, p));
      }
    }
  }
  const phrasesByLanguage: Record<string, number> = {};
  for (const lex of pack.intents) for (const [lang, list] of Object.entries(lex.lexicon)) phrasesByLanguage[lang] = (phrasesByLanguage[lang] ?? 0) + list.length;

  const countryCodes = pack.countries.map((c) => c.code).sort();
  return {
    pack: { id: pack.id, version: pack.version },
    entries: pack.entries.length,
    entriesByKind,
    countries: countryCodes.length,
    countryCodes,
    tipsByCountry: sortKeys(tipsByCountry),
    intents,
    intentsWithoutPlaybook: INTENT_IDS.filter((i) => !intents[i].playbooks),
    intentsWithoutTemplate: INTENT_IDS.filter((i) => !intents[i].templates),
    templatesByLanguage: sortKeys(templatesByLanguage),
    templatesByMarketplace: sortKeys(templatesByMarketplace),
    placeholders: sortKeys(placeholders),
    lexicons: { intents: pack.intents.length, phrasesByLanguage: sortKeys(phrasesByLanguage) },
  };
}

function sortKeys(map: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b)));
}

const list = (map: Record<string, number>) =>
  Object.entries(map)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ') || '—';

export function formatStats(s: PackStats): string {
  const intentRows = Object.entries(s.intents).map(([id, c]) => `  ${id.padEnd(18)} playbooks ${String(c.playbooks).padStart(3)}   templates ${String(c.templates).padStart(3)}`);
  return [
    `${s.pack.id}@${s.pack.version}: ${s.entries} entries`,
    `entries by kind: ${list(s.entriesByKind)}`,
    `countries (${s.countries}): ${s.countryCodes.join(' ') || '—'}`,
    `culture tips by country: ${list(s.tipsByCountry)}`,
    'intents:',
    ...intentRows,
    `no playbook: ${s.intentsWithoutPlaybook.join(', ') || '—'}`,
    `no template: ${s.intentsWithoutTemplate.join(', ') || '—'}`,
    `templates by language: ${list(s.templatesByLanguage)}`,
    `templates by marketplace: ${list(s.templatesByMarketplace)}`,
    `placeholders used (variants): ${list(s.placeholders)}`,
    `detection lexicons: ${s.lexicons.intents} intents; phrases ${list(s.lexicons.phrasesByLanguage)}`,
  ].join('\n');
}
