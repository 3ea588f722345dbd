/**
 * One-typo tolerance for lexicon words ("cancle", "refudn", "adress"): a message word that is not a
 * lexicon word but is one edit away from exactly one of them (same first letter, 5+ letters) is
 * read as that word. Deletion-neighbourhood lookup (as in SymSpell): no scan over the lexicon.
 */
import { UNSPACED, type Token } from './fold';
import type { PhraseIndex } from './phrase-index';

export interface TypoIndex {
  words: Set<string>;
  stems: Set<string>;
  /** Correction targets (long enough, alphabetic) per language they were written for. */
  targets: Map<string, string[]>;
  /** Deletion variant -> lexicon words of one language: built on the first message in that language. */
  neighbours: Map<string, Map<string, string[]>>;
}

/** Shorter words have too many real-word neighbours ("branco" is not a typo of "banco"). */
const MIN_LENGTH = 5;
const MIN_TARGET = 6;

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

export function buildTypoIndex(indexes: PhraseIndex[]): TypoIndex {
  const words = new Set<string>();
  const stems = new Set<string>();
  const targets = new Map<string, Set<string>>();
  for (const index of indexes) {
    for (const list of [...index.byWord.values(), ...index.byPrefix.values()]) {
      for (const p of list) {
        for (const w of p.words) {
          (w.prefix ? stems : words).add(w.text);
          if (w.text.length < MIN_TARGET || UNSPACED.test(w.text) || /\d/.test(w.text)) continue;
          const set = targets.get(p.lang) ?? new Set<string>();
          set.add(w.text);
          targets.set(p.lang, set);
        }
      }
    }
  }
  return { words, stems, targets: new Map([...targets].map(([lang, set]) => [lang, [...set]])), neighbours: new Map() };
}

/** A cold worker's first answer waits for this, so only the message's language is indexed. */
function neighboursOf(idx: TypoIndex, language: string): Map<string, string[]> {
  let map = idx.neighbours.get(language);
  if (map) return map;
  map = new Map();
  for (const w of idx.targets.get(language) ?? []) {
    for (const key of [w, ...deletions(w)]) {
      const list = map.get(key);
      if (!list) map.set(key, [w]);
      else if (!list.includes(w)) list.push(w);
    }
  }
  idx.neighbours.set(language, map);
  return map;
}

function known(token: string, idx: TypoIndex): boolean {
  if (idx.words.has(token)) return true;
  for (let l = 3; l <= token.length; l++) if (idx.stems.has(token.slice(0, l))) return true;
  return false;
}

/** Corrects only towards words of the message's own language: "restore" is no typo of German "retoure". */
export function correctTypos(tokens: Token[], idx: TypoIndex, language: string): Token[] {
  if (language === 'und') return tokens;
  return tokens.map((t) => {
    const w = t.text;
    if (w.length < MIN_LENGTH || UNSPACED.test(w) || /\d/.test(w) || known(w, idx)) return t;
    const neighbours = neighboursOf(idx, language);
    const found = new Set<string>();
    for (const key of [w, ...deletions(w)]) {
      for (const c of neighbours.get(key) ?? []) if (c[0] === w[0]) found.add(c);
    }
    return found.size === 1 ? { ...t, text: [...found][0] } : t;
  });
}
