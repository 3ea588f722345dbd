import type { IntentId, SiteMarketplace } from '@/knowledge/intents';

export type Sentiment = 'calm' | 'frustrated' | 'angry';
export type Polarity = 'negative' | 'neutral' | 'positive';

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
  marketplace?: SiteMarketplace;
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
  /** The best of `labels`, or 'other'. */
  intent: IntentId;
  /** Every intent above its calibrated threshold, best first (empty for 'other'). */
  labels: IntentId[];
  intents: ScoredIntent[];
  polarity: Polarity;
  /** 0..1, with the calibrated flags below (0.5). */
  anger: number;
  urgency: number;
  angry: boolean;
  urgent: boolean;
  /** Why the tone came out as it did (matched words, typography, the model). */
  toneReasons: string[];
  sentiment: Sentiment;
  /** The buyer threatens a dispute, chargeback, A-to-z claim, bad review, report or legal action. */
  risk: boolean;
  country: string | null;
  countries: CountryCandidate[];
}
