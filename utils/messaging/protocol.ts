/**
 * The one typed contract between the content script and the background. The content script never
 * opens the knowledge DB: everything it knows comes through these calls.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Conversation } from '@/utils/sites/conversation';
import type { Detection } from '@/utils/detection/types';
import type { IntentId, SiteMarketplace } from '@/knowledge/intents';
import type { LintFinding } from '@/utils/reply/lint';
import type { FacetOptions, KnowledgeStatus, KnowledgeSuggestions, SearchHit, SearchRequest } from '@/knowledge/answers';
import type { CheckRequest, ImportResult, PackFileInput, SubscribeRequest } from '@/knowledge/pack-admin';
import type { InstallResult } from '@/knowledge/install';
import type { CheckOutcome } from '@/knowledge/subscription-check';
import type { Entry, SiteRule } from '@/knowledge/schema';
import type { Facts } from '@/utils/gist';

export type { FacetOptions, KnowledgeStatus, KnowledgeSuggestions, SearchFilters, SearchHit, SearchRequest, TemplateSuggestion } from '@/knowledge/answers';

export interface Overrides {
  country?: string;
  intent?: IntentId;
  language?: string;
}

export interface SuggestRequest {
  conversation: Conversation;
  overrides?: Overrides;
}

/** What the overlay gets: policy rules stay in the background, where the lint runs. */
export interface Suggestions extends Omit<KnowledgeSuggestions, 'policyRules'> {
  detection: Detection;
  /** What the buyer said, in the agent's languages: facts pulled from their turn and a one-line summary (never stored). */
  gist?: { facts: Facts; summary: { en: string; zh: string } };
}

/** Keyboard shortcuts (commands API), forwarded by the background to the active tab's content script. */
export type TactCommand = 'toggle-overlay' | 'insert-top-suggestion';

export interface LintRequest {
  /** The agent's draft reply: checked and forgotten, never stored. */
  text: string;
  marketplace: SiteMarketplace;
}

export interface TactProtocol {
  getSuggestions(request: SuggestRequest): Suggestions;
  search(request: SearchRequest): SearchHit[];
  status(): KnowledgeStatus;
  /** Compliance lint of a draft reply against the marketplace's policy rules from the enabled packs. */
  lintReply(request: LintRequest): LintFinding[];
  /** Facet values (countries, languages) of the enabled packs, for the popup's and side panel's filters. */
  facetOptions(): FacetOptions;
  getEntry(request: { packId: string; id: string }): Entry | null;
  /** The site rules in force (enabled packs layered, one per id), for the content script's readers. */
  getSiteRules(): SiteRule[];
  /** Background -> content script. Returns whether the tab acted on it. */
  runCommand(command: TactCommand): boolean;
  // Pack changes: the background is the knowledge DB's only writer (knowledge/pack-admin.ts).
  importPackFile(file: PackFileInput): ImportResult;
  removePack(id: string): void;
  setPackEnabled(request: { id: string; enabled: boolean }): void;
  movePack(request: { id: string; direction: -1 | 1 }): void;
  rollbackPack(id: string): InstallResult;
  subscribe(request: SubscribeRequest): CheckOutcome;
  unsubscribe(url: string): { hostStillNeeded: boolean };
  checkSubscription(request: CheckRequest): CheckOutcome;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<TactProtocol>();
