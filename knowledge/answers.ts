/**
 * What the knowledge service answers: search hits, suggestions and status. Owned here, where they are made;
 * the messaging protocol carries them to the overlay and the popup.
 */
import type { IntentId, SiteMarketplace } from './intents';
import type { CountryProfile, CultureTip, Entry, EntryKind, Playbook, PolicyRule, ReplyTemplate, TemplateVariant, VocabularyNote } from './schema';

export interface TemplateSuggestion {
  template: ReplyTemplate;
  variant: TemplateVariant;
  packId: string;
}

export interface KnowledgeSuggestions {
  country: CountryProfile | null;
  /** Entry id (or `country:XX`) → the pack it came from, for every entry below. */
  packOf: Record<string, string>;
  cultureTips: CultureTip[];
  /** Intent playbook for the marketplace; the emotion guide leads when the buyer is angry or threatens. */
  playbooks: Playbook[];
  templates: TemplateSuggestion[];
  policyRules: PolicyRule[];
  vocabulary: VocabularyNote[];
}

export interface SearchFilters {
  kind?: EntryKind[];
  country?: string;
  intent?: IntentId;
  language?: string;
  marketplace?: SiteMarketplace;
}

export interface SearchRequest {
  query: string;
  filters?: SearchFilters;
  /** Ranking prefers these (the detected country and intent) without excluding the rest. */
  prefer?: { country?: string; intent?: IntentId };
  limit?: number;
}

export interface SearchHit {
  entry: Entry;
  packId: string;
  score: number;
}

export interface KnowledgeStatus {
  ready: boolean;
  packs: number;
  entries: number;
}

export interface FacetOptions {
  countries: string[];
  languages: string[];
}
