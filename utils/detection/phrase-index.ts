/**
 * Compiles lexicon phrases from knowledge packs into an index looked up per message token, so
 * thousands of phrases cost a few map lookups per word instead of thousands of regex runs.
 *
 * Phrase syntax (also explained to pack authors at the top of knowledge/core/detection/en.yaml):
 *   "where is my order"   words in sequence (case, accents and punctuation ignored)
 *   "refund*"             a word starting with "refund" (prefix of at least 3 letters)
 *                         up to 3 other words may sit between a phrase's words, in one clause
 *   "thank you^0.5"       weight multiplier (default 1; longer phrases weigh more by themselves)
 *   "没收到" / "환불"       CJK, Korean and Thai phrases match anywhere in the text
 */
import { fold, UNSPACED, type Token } from './fold';

export interface PhraseWord {
  text: string;
  prefix: boolean;
}

export interface Phrase {
  label: string;
  lang: string;
  source: string;
  words: PhraseWord[];
  /** Set for unspaced-script phrases, matched as substrings. */
  substring?: string;
  weight: number;
}

export interface PhraseIndex {
  byWord: Map<string, Phrase[]>;
  byPrefix: Map<string, Phrase[]>;
  substrings: Phrase[];
  size: number;
}

export interface PhraseMatch {
  phrase: Phrase;
  /** Token range [start, end) for word phrases; -1 for substring phrases. */
  start: number;
  end: number;
  /** Character offset in the folded text for substring phrases. */
  offset: number;
  /** Words skipped inside the match ("change my delivery address" for "change address"). */
  gaps: number;
}

const PREFIX_KEY = 3;
export const MAX_GAP = 3;

export function parsePhrase(raw: string, label: string, lang: string): Phrase | null {
  let source = raw.trim();
  let weight = 1;
  const w = source.includes('^') ? source.match(/\^(\d+(?:\.\d+)?)$/) : null;
  if (w) {
    weight = Number(w[1]);
    source = source.slice(0, -w[0].length).trim();
  }
  const folded = fold(source).replace(/\s+/g, ' ').trim();
  if (!folded) return null;
  if (UNSPACED.test(folded)) {
    const substring = folded.replace(/[*]/g, '');
    const len = [...substring.replace(/ /g, '')].length;
    return { label, lang, source: raw, words: [], substring, weight: weight * (len >= 4 ? 1.6 : len === 3 ? 1.3 : 1) };
  }
  const words = folded
    .split(/[^\p{L}\p{N}\p{M}*]+/u)
    .filter(Boolean)
    .map((t) => ({ text: t.replace(/\*+$/, ''), prefix: t.endsWith('*') }))
    .filter((t) => t.text.length > 0);
  if (!words.length) return null;
  const lengthBonus = words.length >= 4 ? 1.9 : words.length === 3 ? 1.6 : words.length === 2 ? 1.3 : 1;
  const wildcard = words.some((t) => t.prefix) ? 0.9 : 1;
  return { label, lang, source: raw, words, weight: weight * lengthBonus * wildcard };
}

export function buildIndex(phrases: Iterable<Phrase>): PhraseIndex {
  const index: PhraseIndex = { byWord: new Map(), byPrefix: new Map(), substrings: [], size: 0 };
  const seen = new Set<string>();
  for (const p of phrases) {
    const key = `${p.label}\u0000${p.substring ?? p.words.map((w) => w.text + (w.prefix ? '*' : '')).join(' ')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    index.size++;
    if (p.substring !== undefined) {
      index.substrings.push(p);
      continue;
    }
    const first = p.words[0];
    // Short wildcard stems would match too much; treat them as whole words.
    if (first.prefix && first.text.length >= PREFIX_KEY) push(index.byPrefix, first.text.slice(0, PREFIX_KEY), p);
    else push(index.byWord, first.text, p);
  }
  return index;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function wordMatches(w: PhraseWord, token: string): boolean {
  return w.prefix && w.text.length >= PREFIX_KEY ? token.startsWith(w.text) : token === w.text;
}

/**
 * Phrase words must come in order within one clause, each at most MAX_GAP words after the previous
 * one: "change address" also matches "changing my delivery address". Returns the end index or -1.
 */
function matchFrom(p: Phrase, tokens: Token[], start: number): number {
  if (!wordMatches(p.words[0], tokens[start].text)) return -1;
  let at = start;
  for (let k = 1; k < p.words.length; k++) {
    let found = -1;
    for (let j = at + 1; j <= at + 1 + MAX_GAP && j < tokens.length; j++) {
      if (tokens[j].clause !== tokens[start].clause) break;
      if (wordMatches(p.words[k], tokens[j].text)) {
        found = j;
        break;
      }
    }
    if (found < 0) return -1;
    at = found;
  }
  return at + 1;
}

/** Every phrase occurrence in the message (overlaps included; scoring decides what counts). */
export function findMatches(index: PhraseIndex, tokens: Token[], foldedText: string): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i].text;
    const candidates = [...(index.byWord.get(tok) ?? []), ...(tok.length >= PREFIX_KEY ? (index.byPrefix.get(tok.slice(0, PREFIX_KEY)) ?? []) : [])];
    for (const p of candidates) {
      const end = matchFrom(p, tokens, i);
      if (end > 0) out.push({ phrase: p, start: i, end, offset: -1, gaps: end - i - p.words.length });
    }
  }
  if (UNSPACED.test(foldedText)) {
    const flat = foldedText.replace(/\s+/g, ' ');
    for (const p of index.substrings) {
      let at = flat.indexOf(p.substring!);
      while (at >= 0) {
        out.push({ phrase: p, start: -1, end: -1, offset: at, gaps: 0 });
        at = flat.indexOf(p.substring!, at + 1);
      }
    }
  }
  return out;
}
