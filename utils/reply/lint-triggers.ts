/**
 * Prefilter for the compliance lint. A policy pack holds ~200 multilingual patterns; scanning a
 * 2,000-character reply with each costs milliseconds, yet almost all of them start with a handful of
 * literal words ("leave", "reseña", "好评"). We read those leading literals out of each regex source, find
 * where any of them occurs in one pass over the text, and try a pattern (sticky) only at those places.
 * The extraction is conservative: anything it can't read means "always scan". Literals are compared in
 * lowercase, which equals the regex's Unicode case folding for every script the rules use.
 */

const MAX_PREFIXES = 64;
const MAX_CLASS_CHARS = 6;
const SPECIAL = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}']);
const QUANTIFIER_START = new Set(['?', '*', '+', '{']);

interface Seq {
  /** Literal prefixes read so far (lowercase). */
  prefixes: string[];
  /** True when the whole sequence was literal up to its end (so a caller may keep appending). */
  complete: boolean;
  /** Index just past the sequence (at `|`, `)` or the end). */
  end: number;
}

class Unreadable extends Error {}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
/** Lowercase the way findTriggers() lowercases the text ("İ" would otherwise grow to two characters). */
const lower = (s: string) => s.replace(/\u0130/g, 'i').toLowerCase();

function cross(a: string[], b: string[]): string[] {
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  if (out.length > MAX_PREFIXES) throw new Unreadable();
  return out;
}

/** Skips to the end of the current sequence (next top-level `|` or `)`), honouring groups and classes. */
function skipSequence(src: string, i: number): number {
  let depth = 0;
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return i;
      depth--;
    } else if (c === '|' && depth === 0) return i;
  }
  return i;
}

/** Reads a quantifier at i; returns [minimum repeats, index after it] or null when there is none. */
function quantifier(src: string, i: number): [number, number] | null {
  const c = src[i];
  if (!QUANTIFIER_START.has(c)) return null;
  let end = i + 1;
  let min = c === '+' ? 1 : 0;
  if (c === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(i));
    if (!m) return null; // a literal "{"
    min = Number(m[1]);
    end = i + m[0].length;
  }
  if (src[end] === '?') end++; // lazy
  return [min, end];
}

/** Small classes of plain characters ([eé], [oó]) expand to their characters; others end the literal. */
function readClass(src: string, i: number): [string[], number] | null {
  const chars: string[] = [];
  let k = i + 1;
  if (src[k] === '^') return null;
  for (; k < src.length && src[k] !== ']'; k++) {
    let c = src[k];
    if (c === '\\') {
      const next = src[k + 1];
      if (!next || (!SPECIAL.has(next) && next !== '-' && next !== '/')) return null;
      c = next;
      k++;
    } else if (c === '-' && chars.length && src[k + 1] !== ']') return null; // a range
    chars.push(lower(c));
  }
  if (!chars.length || chars.length > MAX_CLASS_CHARS) return null;
  return [[...new Set(chars)], k + 1];
}

/** Alternatives of a group body starting at i (just after "(" or "(?:"); returns them and the index after ")". */
function readAlternatives(src: string, i: number): { seqs: Seq[]; end: number } {
  const seqs: Seq[] = [];
  for (;;) {
    const seq = readSequence(src, i);
    seqs.push(seq);
    if (src[seq.end] === '|') {
      i = seq.end + 1;
      continue;
    }
    return { seqs, end: seq.end };
  }
}

function readSequence(src: string, i: number): Seq {
  let prefixes = [''];
  const stop = (at: number): Seq => ({ prefixes, complete: false, end: skipSequence(src, at) });
  while (i < src.length) {
    const c = src[i];
    if (c === '|' || c === ')') return { prefixes, complete: true, end: i };
    let options: string[];
    let next: number;
    if (c === '(') {
      const head = /^\((?:\?:|\?<(?![=!])[A-Za-z_$][\w$]*>)?/.exec(src.slice(i))![0];
      if (src.startsWith('(?', i) && head === '(') return stop(i); // lookaround or other (?...)
      const group = readAlternatives(src, i + head.length);
      if (src[group.end] !== ')') throw new Unreadable();
      next = group.end + 1;
      const q = quantifier(src, next);
      if (q && q[0] === 0) return stop(i);
      const joined = cross(
        prefixes,
        group.seqs.flatMap((s) => s.prefixes),
      );
      if (!group.seqs.every((s) => s.complete) || q) {
        prefixes = joined;
        return stop(next);
      }
      prefixes = joined;
      i = next;
      continue;
    } else if (c === '[') {
      const cls = readClass(src, i);
      if (!cls) return stop(i);
      [options, next] = cls;
    } else if (c === '\\') {
      const e = src[i + 1];
      if (e === 'd') options = DIGITS;
      else if (!e || (!SPECIAL.has(e) && e !== '-' && e !== '/'))
        return stop(i); // \s \p{…} \u…: not a literal
      else options = [e];
      next = i + 2;
    } else if (SPECIAL.has(c)) {
      return stop(i);
    } else {
      options = [lower(c)];
      next = i + 1;
    }
    const q = quantifier(src, next);
    if (q && q[0] === 0) return stop(i); // optional: the prefix ends before it
    prefixes = cross(prefixes, options);
    if (q) return stop(q[1]); // one or more: keep one copy, stop
    i = next;
  }
  return { prefixes, complete: true, end: i };
}

/**
 * Lowercase literals one of which every match of `source` starts with, or null when they can't be read
 * (then the pattern always runs). `source` is the pattern without its word-start lookbehind.
 */
export function leadingLiterals(source: string): string[] | null {
  try {
    const { seqs, end } = readAlternatives(source, 0);
    if (end !== source.length) return null;
    const all = seqs.flatMap((s) => s.prefixes);
    if (!all.length || all.some((p) => p === '')) return null;
    return [...new Set(all)];
  } catch (error) {
    if (error instanceof Unreadable) return null;
    throw error;
  }
}

export interface Trigger {
  literal: string;
  pattern: number;
  wordStart: boolean;
}

/** Triggers by their first one or two UTF-16 units, split by whether they need a word start. */
export interface TriggerIndex {
  /** First units any literal starts with (1 = needs a word start, 2 = anywhere, 3 = both): a quick reject. */
  first: Uint8Array;
  wordStart1: Map<number, Trigger[]>;
  wordStart2: Map<number, Trigger[]>;
  anywhere1: Map<number, Trigger[]>;
  anywhere2: Map<number, Trigger[]>;
}

/** Small-integer key for two units; collisions are harmless because every candidate is verified. */
const pairKey = (a: number, b: number) => a * 4096 + (b & 4095);

export function buildTriggerIndex(triggers: Trigger[]): TriggerIndex {
  const index: TriggerIndex = { first: new Uint8Array(0x10000), wordStart1: new Map(), wordStart2: new Map(), anywhere1: new Map(), anywhere2: new Map() };
  for (const t of triggers) {
    const one = t.literal.length === 1;
    const map = t.wordStart ? (one ? index.wordStart1 : index.wordStart2) : one ? index.anywhere1 : index.anywhere2;
    const key = one ? t.literal.charCodeAt(0) : pairKey(t.literal.charCodeAt(0), t.literal.charCodeAt(1));
    index.first[t.literal.charCodeAt(0)] |= t.wordStart ? 1 : 2;
    const list = map.get(key);
    if (list) list.push(t);
    else map.set(key, [t]);
  }
  return index;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Memo of the Unicode class for BMP characters: 0 unknown, 1 letter or digit, 2 other. */
const wordCharMemo = new Uint8Array(0x10000);

function isWordUnit(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122);
  if (code >= 0xd800 && code <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2));
  let known = wordCharMemo[code];
  if (!known) known = wordCharMemo[code] = LETTER_OR_DIGIT.test(text[i]) ? 1 : 2;
  return known === 1;
}

function check(list: Trigger[] | undefined, folded: string, i: number, found: Map<number, number[]>) {
  if (!list) return;
  for (const t of list) {
    if (!folded.startsWith(t.literal, i)) continue;
    const at = found.get(t.pattern);
    if (!at) found.set(t.pattern, [i]);
    else if (at[at.length - 1] !== i) at.push(i); // two literals of one pattern can start at i
  }
}

/**
 * One pass over the text: for each pattern with triggers, the indexes where one of its literals occurs
 * (at a word start when the pattern needs one), ascending. Patterns that never trigger are absent.
 */
export function findTriggers(text: string, index: TriggerIndex): Map<number, number[]> {
  const found = new Map<number, number[]>();
  // Lowercase once for case-insensitive literal checks; lower() keeps offsets aligned with the text.
  const folded = lower(text);
  let prevWordChar = false;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    const kinds = index.first[c];
    if (kinds) {
      const pair = pairKey(c, i + 1 < folded.length ? folded.charCodeAt(i + 1) : 0);
      if (kinds & 1 && !prevWordChar) {
        check(index.wordStart1.get(c), folded, i, found);
        check(index.wordStart2.get(pair), folded, i, found);
      }
      if (kinds & 2) {
        check(index.anywhere1.get(c), folded, i, found);
        check(index.anywhere2.get(pair), folded, i, found);
      }
    }
    prevWordChar = isWordUnit(text, i);
    // A surrogate pair is one character and no match starts at its low half.
    if (c >= 0xd800 && c <= 0xdbff) i++;
  }
  return found;
}
