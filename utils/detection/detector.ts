/** The detector: compiles pack lexicons once, then detects per message (pure, synchronous, no I/O). */
import type { IntentId } from '@/knowledge/intents';
import { compileSources, type Compiled, type DetectionSources } from './compile';
import { inferCountry } from './country';
import { fold, tokenize } from './fold';
import { scoreIntents, scoreMatches } from './intent-scoring';
import { identifyLanguage } from './language-id';
import { getModel } from './langid-ngrams';
import { countryNameIndex } from './country-names';
import { cleanMessage } from './clean-message';
import { correctTypos } from './typos';
import { assessSentiment } from './sentiment';
import type { Detection, DetectionContext, ScoredIntent } from './types';

export interface Detector {
  detect(text: string, context?: DetectionContext): Detection;
  /** Why: the pack phrases that matched (negated ones marked), for the CLI's --explain and debugging. */
  explain(text: string): string[];
}

/** Below this raw score no intent is asserted: one plain keyword (weight 1) is enough, a weak one is not. */
export const INTENT_THRESHOLD = 0.85;
/** Lexicon matching looks at the start of very long texts only. */
const MAX_MATCH_CHARS = 5000;

const toScore = (raw: number) => Math.round((1 - Math.exp(-raw)) * 1000) / 1000;

export function createDetector(sources: DetectionSources): Detector {
  const compiled = compileSources(sources);
  return { detect: (text, context) => detectWith(compiled, text, context ?? {}), explain: (text) => explainWith(compiled, text) };
}

export function explainWith(compiled: Compiled, input: string): string[] {
  const text = cleanMessage(input).text.slice(0, MAX_MATCH_CHARS);
  const language = identifyLanguage(text).language;
  const folded = fold(text);
  const tokens = correctTypos(tokenize(folded), compiled.typos, language);
  const flat = folded.replace(/\s+/g, ' ');
  const { matches, raw } = scoreIntents(compiled, tokens, flat, text, language);
  const signals = scoreMatches(compiled.signals, compiled, tokens, flat, language);
  return [
    ...[...matches, ...signals].map((m) => `${m.match.phrase.label} <- "${m.match.phrase.source}" [${m.match.phrase.lang}] ${m.weight.toFixed(2)}${m.negated ? ' (negated)' : ''}`),
    ...[...raw.entries()].map(([id, s]) => `= ${id} ${s.toFixed(2)}`),
  ];
}

export function detectWith(compiled: Compiled, input: string, context: DetectionContext): Detection {
  const { text: full, flags } = cleanMessage(typeof input === 'string' ? input : '');
  const text = full.slice(0, MAX_MATCH_CHARS);
  const lang = identifyLanguage(text);
  const folded = fold(text);
  const tokens = correctTypos(tokenize(folded), compiled.typos, lang.language);
  const flat = folded.replace(/\s+/g, ' ');

  const { raw } = scoreIntents(compiled, tokens, flat, text, lang.language, lang.confidence);
  const ranked = [...raw.entries()].filter(([, s]) => s > 0).sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  const intent: IntentId = top && top[1] >= INTENT_THRESHOLD ? top[0] : 'other';
  const intents: ScoredIntent[] = ranked.slice(0, 5).map(([id, s]) => ({ id, score: toScore(s) }));
  if (intent === 'other') intents.unshift({ id: 'other', score: toScore(Math.max(0.5, 2 - (top?.[1] ?? 0))) });

  const signals = scoreMatches(compiled.signals, compiled, tokens, flat, lang.language, lang.confidence);
  const { sentiment, risk } = assessSentiment(signals, text, intent === 'complaint');
  const { country, countries } = inferCountry({
    text,
    flags,
    language: lang.language,
    languageConfidence: lang.confidence,
    context,
  });
  return {
    language: lang.language,
    languageConfidence: lang.confidence,
    intent,
    intents,
    sentiment,
    risk,
    country,
    countries,
  };
}

/**
 * Builds the tables that need no pack (the n-gram model, country names). A cold service worker calls it
 * while IndexedDB reads the packs, so that time is not added to its first answer.
 */
export function prepareStaticTables(): void {
  getModel();
  countryNameIndex();
}
