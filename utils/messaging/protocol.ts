/**
 * The one typed contract between the content script and the background. The content script never
 * opens the knowledge DB: everything it knows comes through these calls.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Conversation } from '../sites/conversation';
import type { Detection } from '../detection/types';
import type { IntentId, Marketplace } from '../intents';
import type { LintFinding } from '../reply/lint';
import type { CountryProfile, CultureTip, Entry, EntryKind, Playbook, PolicyRule, ReplyTemplate, TemplateVariant, VocabularyNote } from '../../knowledge/schema';

export interface Overrides {
  country?: string;
  intent?: IntentId;
  language?: string;
}

export interface SuggestRequest {
  conversation: Conversation;
  overrides?: Overrides;
}

export interface TemplateSuggestion {
  template: ReplyTemplate;
  variant: TemplateVariant;
  packId: string;
}

export interface KnowledgeSuggestions {
  country: CountryProfile | null;
  cultureTips: CultureTip[];
  /** Intent playbook for the marketplace; the emotion guide leads when the buyer is angry or threatens. */
  playbooks: Playbook[];
  templates: TemplateSuggestion[];
  policyRules: PolicyRule[];
  vocabulary: VocabularyNote[];
}

/** What the overlay gets: policy rules stay in the background, where the lint runs. */
export interface Suggestions extends Omit<KnowledgeSuggestions, 'policyRules'> {
  detection: Detection;
}

export interface SearchFilters {
  kind?: EntryKind[];
  country?: string;
  intent?: IntentId;
  language?: string;
  marketplace?: Marketplace;
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

/** Keyboard shortcuts (commands API), forwarded by the background to the active tab's content script. */
export type TactCommand = 'toggle-overlay' | 'insert-top-suggestion';

export interface LintRequest {
  /** The agent's draft reply: checked and forgotten, never stored. */
  text: string;
  marketplace: Marketplace;
}

export interface TactProtocol {
  getSuggestions(request: SuggestRequest): Suggestions;
  search(request: SearchRequest): SearchHit[];
  status(): KnowledgeStatus;
  /** Compliance lint of a draft reply against the marketplace's policy rules from the enabled packs. */
  lintReply(request: LintRequest): LintFinding[];
  /** Background -> content script. Returns whether the tab acted on it. */
  runCommand(command: TactCommand): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<TactProtocol>();
