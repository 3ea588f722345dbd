/**
 * Tone as separate signals, each a score with reasons: polarity (negative / neutral / positive), anger
 * (insults, scam, threats of dispute, chargeback, bad review or lawyer, shouting) and urgency (deadlines,
 * "asap", repeated follow-ups). The learned model reads how people write; pack lexicons (angry, risk,
 * frustrated, urgent) add what a team lead taught; typography adds what words miss.
 */
import { sumByLabel, type ScoredMatch } from './intent-scoring';
import type { Polarity, Sentiment } from './types';

export interface ToneInput {
  /** Model probabilities and their calibrated thresholds. */
  negative: { p: number; threshold: number };
  positive: { p: number; threshold: number };
  angry: { p: number; threshold: number };
  signals: ScoredMatch[];
  text: string;
  /** A complaint label (escalation, warning others) leans angry. */
  complaint: number;
  /** The message reports a problem (defect, damage, missing or wrong item…): that leans negative. */
  problem?: number;
}

export interface Tone {
  polarity: Polarity;
  anger: number;
  urgency: number;
  angry: boolean;
  urgent: boolean;
  risk: boolean;
  /** The overlay's three-step scale, derived from the signals above. */
  sentiment: Sentiment;
  reasons: string[];
}

export const ANGRY_AT = 0.5;
export const URGENT_AT = 0.5;

const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
/** Probability over its threshold, mapped so the threshold sits at 0.5. */
const calibrated = ({ p, threshold }: { p: number; threshold: number }) => (p >= threshold ? 0.5 + (0.5 * (p - threshold)) / (1 - threshold) : (0.5 * p) / threshold);
const noisyOr = (...xs: number[]) => 1 - xs.reduce((acc, x) => acc * (1 - Math.min(1, Math.max(0, x))), 1);

function typography(text: string): { shout: boolean; exclaim: number; question: number } {
  const words = text.match(/[\p{Lu}\p{Ll}]{3,}/gu) ?? [];
  const caps = words.filter((w) => w === w.toUpperCase() && w !== w.toLowerCase()).length;
  // A short all-caps acronym (DHL, USB) is not shouting; several capital words are.
  return {
    shout: caps >= 3 || (words.length >= 4 && caps / words.length > 0.6),
    exclaim: /[!！]{3,}/.test(text) ? 1 : /[!！]{2}/.test(text) ? 0.5 : 0,
    question: /[?？]{3,}/.test(text) ? 0.6 : /[?？]{2}/.test(text) ? 0.3 : 0,
  };
}

export function assessTone({ negative, positive, angry, signals, text, complaint, problem = 0 }: ToneInput): Tone {
  const sums = sumByLabel(signals);
  const risk = signals.some((m) => m.match.phrase.label === 'risk');
  const t = typography(text);
  const reasons: string[] = [];
  const said = (label: string) => [...new Set(signals.filter((m) => m.match.phrase.label === label && !m.negated).map((m) => m.match.phrase.source))];

  const lexAnger = Math.min(1, (sums.get('angry') ?? 0) * 0.6);
  const anger = noisyOr(calibrated(angry) * 0.9, lexAnger, risk ? 0.55 : 0, t.shout ? 0.35 : 0, t.exclaim * 0.2, complaint * 0.35);
  if (said('angry').length) reasons.push(`angry words: ${said('angry').join(', ')}`);
  if (risk) reasons.push(`threat: ${said('risk').join(', ') || 'dispute/claim'}`);
  if (t.shout) reasons.push('shouting (capitals)');
  if (calibrated(angry) >= 0.5) reasons.push('reads angry (model)');

  const lexUrgent = Math.min(1, (sums.get('urgent') ?? 0) * 0.6);
  const followUp = Math.min(1, (sums.get('frustrated') ?? 0) * 0.25);
  const urgency = noisyOr(lexUrgent, followUp, t.exclaim * 0.2, t.question * 0.3, risk ? 0.3 : 0);
  if (said('urgent').length) reasons.push(`urgent: ${said('urgent').join(', ')}`);

  const neg = noisyOr(calibrated(negative), lexAnger * 0.8, (sums.get('frustrated') ?? 0) * 0.3, problem * 0.35);
  const pos = calibrated(positive);
  const polarity: Polarity = neg >= 0.5 && neg >= pos ? 'negative' : pos >= 0.5 ? 'positive' : 'neutral';
  const isAngry = anger >= ANGRY_AT;
  const sentiment: Sentiment = isAngry ? 'angry' : polarity === 'negative' || urgency >= URGENT_AT ? 'frustrated' : 'calm';
  return { polarity, anger: round(anger), urgency: round(urgency), angry: isAngry, urgent: urgency >= URGENT_AT, risk, sentiment, reasons };
}
