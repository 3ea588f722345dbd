import type { IntentId, Marketplace } from '@/knowledge/intents';

export type Sentiment = 'calm' | 'frustrated' | 'angry';

export interface ScoredIntent {
  id: IntentId;
  score: number;
}

export interface CountryCandidate {
  code: string;
  score: number;
  reasons: string[];
}

/** What detection knows about where the message came from (no message text is kept anywhere). */
export interface DetectionContext {
  url?: string;
  marketplace?: Marketplace;
  /** Country shown by the page itself (AliExpress session header). */
  pageCountry?: string | null;
  /** Country implied by the Amazon marketplace (host or marketplaceID). */
  marketplaceCountry?: string | null;
  /** Explicit override by the agent for this conversation. */
  overrideCountry?: string | null;
}

export interface Detection {
  /** ISO 639-1, or "und" when the text gives too little to decide. */
  language: string;
  languageConfidence: number;
  intent: IntentId;
  intents: ScoredIntent[];
  sentiment: Sentiment;
  /** The buyer threatens a dispute, chargeback, A-to-z claim, bad review, report or legal action. */
  risk: boolean;
  country: string | null;
  countries: CountryCandidate[];
}
