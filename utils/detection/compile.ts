/** Compiles pack lexicons (intents, examples, detection signals) once per set of packs. */
import type { DetectionSignals, IntentLexicon } from '@/knowledge/schema';
import { buildExampleIndex, type ExampleIndex } from './example-index';
import { fold, UNSPACED } from './fold';
import { buildIndex, parsePhrase, type Phrase, type PhraseIndex } from './phrase-index';
import { buildTypoIndex, type TypoIndex } from './typos';

export interface DetectionSources {
  intents: IntentLexicon[];
  signals: DetectionSignals;
}

export interface CueSet {
  /** Single folded words ("not", "nicht"). */
  words: Set<string>;
  /** Words that negate what comes before them (Turkish "değil"), written "+değil" in packs. */
  post: Set<string>;
  /** Ability words ("can", "puedo"), written "-can": a negated ability does not negate the request. */
  ability: Set<string>;
  /** Conditionals ("if", "se"), written "?if": "if you don't answer I'll…" negates nothing after it. */
  conditional: Set<string>;
  /** Unspaced-script cues ("不", "没"), matched right before a substring phrase. */
  substrings: string[];
}

export interface Compiled {
  intents: PhraseIndex;
  examples: ExampleIndex;
  signals: PhraseIndex;
  negation: CueSet;
  contrast: CueSet;
  typos: TypoIndex;
}

export const SIGNAL_LABELS = ['risk', 'frustrated', 'angry', 'urgent'] as const;

function phrasesOf(map: Record<string, string[]> | undefined, label: string): Phrase[] {
  const out: Phrase[] = [];
  for (const [lang, list] of Object.entries(map ?? {})) {
    for (const raw of list) {
      const p = parsePhrase(raw, label, lang);
      if (p) out.push(p);
    }
  }
  return out;
}

function cueSet(map: Record<string, string[]> | undefined): CueSet {
  const set: CueSet = { words: new Set(), post: new Set(), ability: new Set(), conditional: new Set(), substrings: [] };
  for (const list of Object.values(map ?? {})) {
    for (const raw of list) {
      const mark = raw[0] === '+' || raw[0] === '-' || raw[0] === '?' ? raw[0] : '';
      const f = fold(mark ? raw.slice(1) : raw).trim();
      if (!f) continue;
      const target = mark === '+' ? set.post : mark === '-' ? set.ability : mark === '?' ? set.conditional : set.words;
      if (UNSPACED.test(f) && !mark) set.substrings.push(f);
      else for (const w of f.split(/\s+/)) target.add(w);
    }
  }
  return set;
}

export function compileSources(sources: DetectionSources): Compiled {
  const intentPhrases = sources.intents.flatMap((i) => phrasesOf(i.lexicon, i.id));
  const examples = sources.intents.flatMap((i) => Object.values(i.examples ?? {}).flatMap((list) => list.map((text) => ({ label: i.id, text }))));
  const s = sources.signals ?? {};
  const intents = buildIndex(intentPhrases);
  const signals = buildIndex(SIGNAL_LABELS.flatMap((label) => phrasesOf(s[label], label)));
  return {
    intents,
    examples: buildExampleIndex(examples),
    signals,
    negation: cueSet(s.negation),
    contrast: cueSet(s.contrast),
    typos: buildTypoIndex([intents, signals]),
  };
}
