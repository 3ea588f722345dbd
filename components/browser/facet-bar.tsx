/** Facet filters (kind, country, intent, language, marketplace) as labelled selects. */
import type { EntryKind } from '@/knowledge/schema';
import { INTENT_IDS, MARKETPLACES, type IntentId, type Marketplace } from '@/knowledge/intents';
import type { SearchFilters } from '@/utils/messaging/protocol';
import { countryName, intentLabel, languageName, type UiLang } from '@/components/i18n';
import { tu } from '@/components/i18n-ui';
import { ENTRY_KINDS, kindLabel, marketplaceLabel } from '@/components/shared/entry-text';
import type { FacetOptions } from '@/components/shared/knowledge-client';

export interface FacetValues {
  kind?: EntryKind;
  country?: string;
  intent?: IntentId;
  language?: string;
  marketplace?: Marketplace;
}

export function toFilters(f: FacetValues): SearchFilters {
  return {
    ...(f.kind ? { kind: [f.kind] } : {}),
    ...(f.country ? { country: f.country } : {}),
    ...(f.intent ? { intent: f.intent } : {}),
    ...(f.language ? { language: f.language } : {}),
    ...(f.marketplace ? { marketplace: f.marketplace } : {}),
  };
}

interface Props {
  lang: UiLang;
  value: FacetValues;
  options: FacetOptions;
  onChange(next: FacetValues): void;
  idPrefix: string;
  /** Filters fold away to leave the results room; the summary shows how many are set. */
  open?: boolean;
  onToggle?(open: boolean): void;
}

export function FacetBar({ lang, value, options, onChange, idPrefix, open, onToggle }: Props) {
  const sorted = (codes: string[], name: (c: string) => string) => [...codes].map((c) => [c, name(c)] as const).sort((a, b) => a[1].localeCompare(b[1], lang === 'zh' ? 'zh-CN' : 'en'));
  const field = <K extends keyof FacetValues>(key: K, label: string, choices: ReadonlyArray<readonly [string, string]>) => (
    <div className="tact-facet">
      <label htmlFor={`${idPrefix}-${key}`}>{label}</label>
      <select id={`${idPrefix}-${key}`} value={(value[key] as string | undefined) ?? ''} onChange={(e) => onChange({ ...value, [key]: e.target.value || undefined })}>
        <option value="">{tu(lang, 'all')}</option>
        {choices.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  const active = Object.values(value).filter(Boolean).length;
  return (
    <details className="tact-facets-toggle" open={open} onToggle={(e) => onToggle?.((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        {tu(lang, 'filters')}
        {active > 0 && <span className="tact-badge">{active}</span>}
      </summary>
      <fieldset className="tact-facets">
        <legend className="tact-visually-hidden">{tu(lang, 'filters')}</legend>
        {field(
          'kind',
          tu(lang, 'facetKind'),
          ENTRY_KINDS.map((k) => [k, kindLabel(lang, k)] as const),
        )}
        {field(
          'country',
          tu(lang, 'facetCountry'),
          sorted(options.countries, (c) => countryName(lang, c)),
        )}
        {field(
          'intent',
          tu(lang, 'facetIntent'),
          INTENT_IDS.map((i) => [i, intentLabel(lang, i)] as const),
        )}
        {field(
          'language',
          tu(lang, 'facetLanguage'),
          sorted(options.languages, (l) => languageName(lang, l)),
        )}
        {field(
          'marketplace',
          tu(lang, 'facetMarketplace'),
          MARKETPLACES.map((m) => [m, marketplaceLabel(lang, m)] as const),
        )}
        {active > 0 && (
          <button type="button" className="tact-link-button" onClick={() => onChange({})}>
            {tu(lang, 'clearFilters')}
          </button>
        )}
      </fieldset>
    </details>
  );
}
