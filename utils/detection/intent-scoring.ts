/**
 * Intent scores from lexicon matches and the nearest example. Three rules make lexicons usable:
 * a negated match does not count ("not damaged, just late"; "I don't want a refund"), what follows
 * a contrast word weighs more than what precedes it, and a phrase inside a longer phrase of another
 * intent gives way to it ("refund the difference" is about price, not a refund).
 */
import type { IntentId } from '@/knowledge/intents';
import type { Compiled, CueSet } from './compile';
import { nearestByLabel } from './example-index';
import type { Token } from './fold';
import { findMatches, type PhraseIndex, type PhraseMatch } from './phrase-index';

export interface ScoredMatch {
  match: PhraseMatch;
  weight: number;
  negated: boolean;
}

const NEGATION_WINDOW = 3;
const GAP_PENALTY = 0.06;
const AFTER_CONTRAST = 1.5;
const BEFORE_CONTRAST = 0.7;
const OTHER_LANGUAGE = 0.85;
const EXAMPLE_MIN = 0.3;
const EXAMPLE_GAIN = 2.2;

/** Contrast words start a new clause; returns each token's clause and the last contrast clause. */
export function clauses(tokens: Token[], contrast: CueSet): { clause: number[]; lastContrast: number } {
  const clause: number[] = [];
  let shift = 0;
  let lastContrast = -1;
  tokens.forEach((t, i) => {
    if (contrast.words.has(t.text) && i > 0) {
      shift++;
      lastContrast = t.clause + shift;
    }
    clause.push(t.clause + shift);
  });
  return { clause, lastContrast };
}

function isNegated(m: PhraseMatch, tokens: Token[], clause: number[], flat: string, negation: CueSet): boolean {
  if (m.start < 0) {
    if (negation.substrings.some((n) => m.phrase.substring!.includes(n))) return false;
    const before = flat.slice(Math.max(0, m.offset - 3), m.offset);
    return negation.substrings.some((n) => before.includes(n));
  }
  const words = m.phrase.words;
  if (words.some((w) => negation.words.has(w.text) || negation.post.has(w.text))) return false;
  const c = clause[m.start];
  for (let i = m.start - 1; i >= Math.max(0, m.start - NEGATION_WINDOW); i--) {
    if (clause[i] !== c) break;
    if (negation.words.has(tokens[i].text)) return !ability(tokens, i, m.start, negation) && !conditional(tokens, i, negation);
  }
  const next = tokens[m.end];
  return !!next && clause[m.end] === c && negation.post.has(next.text);
}

/**
 * "I can't change my address" still asks to change it: a negated ability ("can not", "no puedo",
 * "kann nicht", written "-can" in packs) next to the negation keeps the phrase.
 */
function ability(tokens: Token[], negAt: number, phraseAt: number, negation: CueSet): boolean {
  for (let i = Math.max(0, negAt - 2); i < phraseAt; i++) if (negation.ability.has(tokens[i].text)) return true;
  return false;
}

/** "if you don't fix it I'll report you": a negation right after "if" belongs to the condition. */
function conditional(tokens: Token[], negAt: number, negation: CueSet): boolean {
  for (let i = Math.max(0, negAt - 3); i < negAt; i++) if (negation.conditional.has(tokens[i].text)) return true;
  return false;
}

function span(m: PhraseMatch): [number, number, 'w' | 's'] {
  return m.start >= 0 ? [m.start, m.end, 'w'] : [m.offset, m.offset + m.phrase.substring!.length, 's'];
}

/**
 * Drops a match lying inside a longer match of another label, and of overlapping matches of one
 * label keeps the strongest, so a phrase is not counted twice.
 */
function resolveOverlaps(matches: ScoredMatch[]): ScoredMatch[] {
  return matches.filter((a) => {
    const [as, ae, at] = span(a.match);
    return !matches.some((b) => {
      if (a === b) return false;
      const [bs, be, bt] = span(b.match);
      if (at !== bt) return false;
      if (b.match.phrase.label !== a.match.phrase.label) return bs <= as && be >= ae && be - bs > ae - as && !b.negated;
      if (bs >= ae || as >= be) return false;
      return b.weight > a.weight || (b.weight === a.weight && (be - bs > ae - as || (be - bs === ae - as && bs < as)));
    });
  });
}

export function scoreMatches(index: PhraseIndex, compiled: Compiled, tokens: Token[], flat: string, language: string, languageConfidence = 1): ScoredMatch[] {
  const { clause, lastContrast } = clauses(tokens, compiled.contrast);
  const scored = findMatches(index, tokens, flat).map((match) => {
    let weight = match.phrase.weight * (1 - GAP_PENALTY * match.gaps);
    if (languageConfidence >= 0.6 && match.phrase.lang !== language) weight *= OTHER_LANGUAGE;
    if (lastContrast >= 0 && match.start >= 0) weight *= clause[match.start] >= lastContrast ? AFTER_CONTRAST : BEFORE_CONTRAST;
    return { match, weight, negated: isNegated(match, tokens, clause, flat, compiled.negation) };
  });
  return resolveOverlaps(scored);
}

/** Diminishing sum per label: the strongest match counts fully, the next ones less and less. */
export function sumByLabel(matches: ScoredMatch[]): Map<string, number> {
  const byLabel = new Map<string, number[]>();
  for (const m of matches) {
    if (m.negated) continue;
    const list = byLabel.get(m.match.phrase.label) ?? [];
    list.push(m.weight);
    byLabel.set(m.match.phrase.label, list);
  }
  const out = new Map<string, number>();
  for (const [label, ws] of byLabel)
    out.set(
      label,
      ws.sort((a, b) => b - a).reduce((s, w, i) => s + w / 2 ** i, 0),
    );
  return out;
}

export interface IntentScores {
  raw: Map<IntentId, number>;
  matches: ScoredMatch[];
}

export function scoreIntents(compiled: Compiled, tokens: Token[], flat: string, text: string, language: string, languageConfidence = 1): IntentScores {
  const matches = scoreMatches(compiled.intents, compiled, tokens, flat, language, languageConfidence);
  const raw = sumByLabel(matches) as Map<IntentId, number>;
  for (const [label, sim] of nearestByLabel(compiled.examples, text)) {
    if (sim < EXAMPLE_MIN) continue;
    const id = label as IntentId;
    raw.set(id, (raw.get(id) ?? 0) + EXAMPLE_GAIN * (sim - EXAMPLE_MIN / 2));
  }
  return { raw, matches };
}
