/**
 * Calm / frustrated / angry and the escalation-risk flag. Lexicons (per language, from packs) do
 * most of the work; typography adds what words miss: SHOUTING, "!!!", "???".
 */
import type { Sentiment } from './types';
import { sumByLabel, type ScoredMatch } from './intent-scoring';

export interface SentimentResult {
  sentiment: Sentiment;
  risk: boolean;
}

function typography(text: string): { shout: number; exclaim: number; question: number } {
  const words = text.match(/[\p{Lu}\p{Ll}]{3,}/gu) ?? [];
  const caps = words.filter((w) => w === w.toUpperCase() && w !== w.toLowerCase()).length;
  // A short all-caps acronym (DHL, USB) is not shouting; several capital words are.
  const shout = caps >= 3 || (words.length >= 4 && caps / words.length > 0.6) ? 1 : 0;
  return {
    shout,
    exclaim: /[!！]{3,}/.test(text) ? 1 : /[!！]{2}/.test(text) ? 0.5 : 0,
    question: /[?？]{3,}/.test(text) ? 0.6 : /[?？]{2}/.test(text) ? 0.3 : 0,
  };
}

/** Risk phrases count even when negated: "I don't want to open a dispute, but…" is still a warning. */
export function assessSentiment(signalMatches: ScoredMatch[], text: string, complaint: boolean): SentimentResult {
  const risk = signalMatches.some((m) => m.match.phrase.label === 'risk');
  const sums = sumByLabel(signalMatches);
  const t = typography(text);
  const angry = (sums.get('angry') ?? 0) + t.shout * 0.8 + t.exclaim * 0.4;
  const frustrated = (sums.get('frustrated') ?? 0) + t.question + t.exclaim * 0.5 + (complaint ? 0.5 : 0) + (risk ? 1 : 0);
  if (angry >= 1 || (risk && angry >= 0.5) || (angry >= 0.8 && frustrated >= 1)) return { sentiment: 'angry', risk };
  if (frustrated >= 0.9 || angry >= 0.5) return { sentiment: 'frustrated', risk };
  return { sentiment: 'calm', risk };
}
