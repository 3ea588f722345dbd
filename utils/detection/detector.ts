/** The detector: compiles pack lexicons once, then detects per message (pure, synchronous, no I/O). */
import type { IntentId } from '@/knowledge/intents';
import { compileSources, type Compiled, type DetectionSources } from './compile';
import { inferCountry } from './country';
import { fold, tokenize } from './fold';
import { scoreIntents, scoreMatches } from './intent-scoring';
import { buildExampleIndex, nearestByLabel, type ExampleIndex } from './example-index';
import { identifyLanguage } from './language-id';
import { getModel } from './langid-ngrams';
import { countryNameIndex } from './country-names';
import { cleanMessage } from './clean-message';
import { correctTypos } from './typos';
import { assessTone } from './tone';
import { intentModel } from './intent-model/shipped';
import { INTENT_IDS } from '@/knowledge/intents';
import type { Detection, DetectionContext, ScoredIntent } from './types';

export interface Detector {
  detect(text: string, context?: DetectionContext): Detection;
  /** Why: the pack phrases that matched (negated ones marked), for the CLI's --explain and debugging. */
  explain(text: string): string[];
}

/** A lexicon match adds to the model's probability (noisy-or) with this weight: one plain keyword (raw 1) ≈ 0.4. */
const LEXICON_WEIGHT = 0.65;
/** What is left of the model's probability for an intent the buyer only negates. */
const NEGATED = 0.15;
/** Example similarity from which a pack example decides the intent, and how much it adds. */
const TAUGHT_SIMILARITY = 0.5;
const TAUGHT_BONUS = 10;
/**
 * Share of known words (as such or by stem) from which the model is fully trusted — a real message has typos
 * and rare words — and below which it has no say at all (text the model never saw: another language, filler).
 */
const FAMILIAR = 0.4;
const UNFAMILIAR = 0.25;
/** A praise label loses to a problem label at this ratio when the model reads the tone as more negative than positive. */
const PROBLEM_OVER_PRAISE = 0.5;
/** Intents that report something wrong with an order (the buyer's tone leans negative). */
const PROBLEMS = new Set<string>(['not_received', 'damaged_item', 'wrong_item', 'size_fit', 'quality_defect', 'complaint']);
/** Below this best score, the message is 'other'. */
const WEAKEST = 0.2;
/** Lexicon matching looks at the start of very long texts only. */
const MAX_MATCH_CHARS = 5000;

const toScore = (raw: number) => Math.round((1 - Math.exp(-raw)) * 1000) / 1000;

/**
 * Per compiled pack set, the examples the model was not trained on: a team lead's teaching since the
 * release. Core examples are in the model already; giving them a bonus too only let loose resemblances
 * override it on real text.
 */
const taughtIndexes = new WeakMap<Compiled, ExampleIndex>();

export function createDetector(sources: DetectionSources): Detector {
  const compiled = compileSources(sources);
  const model = intentModel();
  const taught = sources.intents.flatMap((i) => Object.values(i.examples ?? {}).flatMap((list) => list.filter((text) => !model.learnt(i.id, text)).map((text) => ({ label: i.id, text }))));
  taughtIndexes.set(compiled, buildExampleIndex(taught));
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

  const { raw, matches } = scoreIntents(compiled, tokens, flat, text, lang.language, lang.confidence);
  // The model reads words, not negation: an intent the buyer only negates ("I don't want a refund") is damped.
  const negatedOnly = new Set(matches.filter((m) => m.negated).map((m) => m.match.phrase.label));
  for (const m of matches) if (!m.negated) negatedOnly.delete(m.match.phrase.label);
  const model = intentModel();
  const p = model.predict(text);
  // The model's say is weighed by how much of the text it knows: words it never saw (another language, filler
  // text) leave only its priors, which are not a reading of the message.
  const familiar = model.familiarity(text);
  const trust = Math.min(1, Math.max(0, (familiar - UNFAMILIAR) / (FAMILIAR - UNFAMILIAR)));
  for (let o = 0; o < INTENT_IDS.length; o++) p[o] *= trust;
  // Teaching the model has not seen — a pack example the message closely follows, or a pack phrase added
  // after training — wins over the model, so a team lead's pack takes effect on install.
  const taught = new Map([...nearestByLabel(taughtIndexes.get(compiled) ?? compiled.examples, text)].filter(([, sim]) => sim >= TAUGHT_SIMILARITY));
  const untrained = new Map<string, number>();
  for (const m of matches) if (!m.negated && !model.learnt(m.match.phrase.label, m.match.phrase.source)) untrained.set(m.match.phrase.label, (untrained.get(m.match.phrase.label) ?? 0) + m.weight);
  for (const [id, w] of untrained) if (toScore(w) >= TAUGHT_SIMILARITY) taught.set(id, Math.max(taught.get(id) ?? 0, toScore(w)));
  const at = (name: string) => model.outputs.indexOf(name);
  // Per intent: the model's probability, raised by pack lexicon matches, over its calibrated threshold.
  const scored = INTENT_IDS.map((id) => {
    const o = at(id);
    const lexicon = toScore(raw.get(id) ?? 0) * LEXICON_WEIGHT;
    const score = 1 - (1 - p[o] * (negatedOnly.has(id) ? NEGATED : 1)) * (1 - lexicon);
    const sim = taught.get(id);
    return { id, score, ratio: score / model.thresholds[o] + (sim ? TAUGHT_BONUS * sim : 0) };
  });
  const ranked = [...scored].sort((x, y) => y.ratio - x.ratio);
  // Reviews mix praise and a problem ("nice colour, but the strap broke"): when the tone reads more negative
  // than positive, the problem is what the agent acts on.
  const toneRatio = (name: string) => p[at(name)] / model.thresholds[at(name)];
  if (ranked[0].id === 'positive_feedback' && toneRatio('negative') > toneRatio('positive')) {
    const k = ranked.findIndex((r) => r.id !== 'positive_feedback' && r.id !== 'other' && r.ratio >= PROBLEM_OVER_PRAISE);
    if (k > 0) ranked.unshift(...ranked.splice(k, 1));
  }
  const labels = ranked.filter((r) => r.id !== 'other' && r.ratio >= 1).map((r) => r.id);
  // The best intent even below its threshold (a real buyer's message is rarely about nothing), unless
  // nothing reaches even a weak score, or the model hardly knows the text's words: then 'other'.
  const best = ranked[0];
  const intent: IntentId = best.ratio >= 1 || (trust > 0 && best.score >= WEAKEST) ? best.id : 'other';
  const intents: ScoredIntent[] = [...ranked]
    .sort((x, y) => y.score - x.score)
    .slice(0, 5)
    .map((r) => ({ id: r.id, score: Math.round(Math.min(1, r.score) * 1000) / 1000 }));

  const signals = scoreMatches(compiled.signals, compiled, tokens, flat, lang.language, lang.confidence);
  const out = (name: string) => ({ p: p[at(name)], threshold: model.thresholds[at(name)] });
  const tone = assessTone({
    negative: out('negative'),
    positive: out('positive'),
    angry: out('angry'),
    signals,
    text,
    complaint: labels.includes('complaint') ? 1 : 0,
    problem: PROBLEMS.has(intent) ? 1 : 0,
  });
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
    labels: intent !== 'other' && !labels.includes(intent) ? [intent, ...labels] : labels,
    intents,
    polarity: tone.polarity,
    anger: tone.anger,
    urgency: tone.urgency,
    angry: tone.angry,
    urgent: tone.urgent,
    toneReasons: tone.reasons,
    sentiment: tone.sentiment,
    risk: tone.risk,
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
  intentModel();
  countryNameIndex();
}
