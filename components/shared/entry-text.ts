/** Short, language-aware descriptions of entries for lists: kind label, one-line snippet, facet chips. */
import type { Entry, EntryKind } from '@/knowledge/schema';
import { countryName, flagOf, intentLabel, languageName, pick, type UiLang } from '@/components/i18n';
import { tu, type UiKey } from '@/components/i18n-ui';
import { variantFor } from './template-variant';

// The overlay imports variantFor from ./template-variant, which carries no UI strings.
export { variantFor };

const KIND_KEYS: Record<EntryKind, UiKey> = {
  culture_tip: 'kindCultureTip',
  playbook: 'kindPlaybook',
  template: 'kindTemplate',
  policy_rule: 'kindPolicyRule',
  vocabulary: 'kindVocabulary',
};

export const ENTRY_KINDS = Object.keys(KIND_KEYS) as EntryKind[];

export function kindLabel(lang: UiLang, kind: EntryKind): string {
  return tu(lang, KIND_KEYS[kind]);
}

export function marketplaceLabel(lang: UiLang, marketplace: string): string {
  if (marketplace === 'amazon') return 'Amazon';
  if (marketplace === 'aliexpress') return 'AliExpress';
  return tu(lang, 'anyMarketplace');
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function entrySnippet(lang: UiLang, entry: Entry, max = 140, language?: string): string {
  switch (entry.kind) {
    case 'culture_tip':
      return clip(pick(lang, entry.body), max);
    case 'playbook':
      return clip(pick(lang, entry.situation), max);
    case 'template':
      return clip(variantFor(entry, language).text, max);
    case 'policy_rule':
      return clip(pick(lang, entry.explanation), max);
    case 'vocabulary':
      return clip(`${entry.avoid.join(', ')} → ${entry.instead.join(', ') || '—'}`, max);
  }
}

/** Chips describing where an entry applies: countries, intents, marketplace, languages. */
export function entryChips(lang: UiLang, entry: Entry): string[] {
  const chips: string[] = [];
  const countries = 'countries' in entry ? (entry.countries ?? []) : [];
  for (const c of countries.slice(0, 4)) chips.push(`${flagOf(c)} ${countryName(lang, c)}`);
  if (countries.length > 4) chips.push(`+${countries.length - 4}`);
  if (entry.kind === 'template') chips.push(intentLabel(lang, entry.intent));
  if (entry.kind === 'playbook') for (const i of entry.intents.slice(0, 2)) chips.push(intentLabel(lang, i));
  if ('marketplace' in entry) chips.push(marketplaceLabel(lang, entry.marketplace));
  if (entry.kind === 'template') {
    const langs = entry.variants.map((v) => v.language);
    chips.push(langs.length > 4 ? `${langs.slice(0, 4).join(' · ')} +${langs.length - 4}` : langs.join(' · '));
  }
  if (entry.kind === 'vocabulary') chips.push(languageName(lang, entry.language));
  return chips;
}
