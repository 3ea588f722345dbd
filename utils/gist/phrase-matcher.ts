/**
 * Asks and threats from the per-language phrase lists (phrases/<lang>.ts). One compiled pattern per
 * language, each phrase its own group; an ask preceded or followed by a refusal in the same clause
 * ("I don't want a refund", "返金は不要") is not an ask. Threats are kept either way: "I don't want to
 * leave a bad review, but…" is still the buyer putting one on the table.
 */
import { foldPhrase } from './fold';
import { PHRASES } from './phrases';
import type { PhraseSet } from './phrases/phrase-set';
import { ASKS, THREATS, type Ask, type Threat } from './types';

const UNSPACED = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/;
const ARABIC = /[\u0600-\u06ff]/;
const PUNCTUATION = '[.!?;,:\\n。！？；，、（）()]';
/** Tokens of a spaced language, characters of an unspaced one, that a refusal may sit away from its object. */
const WINDOW_TOKENS = 4;
const WINDOW_CHARS = 8;

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A spaced-language match must start a word; an unspaced one may start anywhere. */
const startsWord = (text: string, at: number, match: string) => at === 0 || UNSPACED.test(match[0]) || !WORD_CHAR.test(text[at - 1]);

const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as a pattern: folded, spaces match any run of spaces, `*` lets a word run on. */
export function phrasePattern(phrase: string): string {
  const folded = foldPhrase(phrase).trim();
  if (!folded) throw new Error(`empty phrase: "${phrase}"`);
  const body = folded
    .split(/\s+/)
    .map((w) => (w.endsWith('*') ? `${escape(w.slice(0, -1))}[\\p{L}\\p{M}]*` : escape(w)))
    .join('\\s+');
  if (UNSPACED.test(folded)) return body;
  // Arabic joins و / ف / ب / ل / ال to the next word: allow them. The left word edge is checked by
  // the caller (startsWord): a lookbehind on every alternative costs a pass per phrase per position.
  const left = ARABIC.test(folded) ? '(?:و|ف|ب|ل|ال|وال|بال|لل|فال)?' : '';
  return `${left}${body}(?![\\p{L}\\p{N}])`;
}

const alternation = (phrases: string[]) => (phrases.length ? new RegExp(phrases.map(phrasePattern).join('|'), 'u') : null);

interface Entry {
  kind: 'ask' | 'threat';
  label: Ask | Threat;
  length: number;
  pattern: string;
}

interface Compiled {
  all: RegExp;
  entries: Entry[];
  negators: RegExp | null;
  postNegators: RegExp | null;
  breaks: RegExp;
}

function compile(set: PhraseSet): Compiled {
  const entries: Entry[] = [];
  for (const label of ASKS) for (const p of set.asks[label] ?? []) entries.push({ kind: 'ask', label, length: p.length, pattern: phrasePattern(p) });
  for (const label of THREATS) for (const p of set.threats[label] ?? []) entries.push({ kind: 'threat', label, length: p.length, pattern: phrasePattern(p) });
  // Longest first, so "return label" wins over "return" where both start.
  entries.sort((a, b) => b.length - a.length);
  const breakWords = (set.breaks ?? []).map(phrasePattern);
  return {
    all: new RegExp(entries.map((e) => `(${e.pattern})`).join('|'), 'gu'),
    entries,
    negators: alternation(set.negators),
    postNegators: alternation(set.postNegators ?? []),
    breaks: new RegExp([PUNCTUATION, ...breakWords].join('|'), 'gu'),
  };
}

const compiled = new Map<string, Compiled>();
function compiledFor(lang: string): Compiled {
  let c = compiled.get(lang);
  if (!c) compiled.set(lang, (c = compile(PHRASES[lang])));
  return c;
}

/** Languages whose lists are searched: the message's own and English (buyers mix it in); all when unknown. */
function languagesFor(language?: string): string[] {
  if (language && language in PHRASES) return language === 'en' ? ['en'] : [language, 'en'];
  return Object.keys(PHRASES);
}

/** Where each clause break sits, found once per message and language. */
function breakSpans(breaks: RegExp, folded: string): [number, number][] {
  const spans: [number, number][] = [];
  breaks.lastIndex = 0;
  for (let m = breaks.exec(folded); m; m = breaks.exec(folded)) {
    if (m[0] === '') breaks.lastIndex++;
    else spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

function clauseBounds(spans: [number, number][], length: number, start: number, end: number): [number, number] {
  let from = 0;
  let to = length;
  for (const [s, e] of spans) {
    if (e <= start) from = e;
    else if (s >= end) {
      to = s;
      break;
    }
  }
  return [from, to];
}

function before(text: string): string {
  if (UNSPACED.test(text)) return text.slice(-WINDOW_CHARS);
  return text.trim().split(/\s+/).slice(-WINDOW_TOKENS).join(' ');
}

function after(text: string): string {
  if (UNSPACED.test(text)) return text.slice(0, WINDOW_CHARS);
  return text.trim().split(/\s+/).slice(0, WINDOW_TOKENS).join(' ');
}

export interface AsksAndThreats {
  asks: Ask[];
  threats: Threat[];
}

export function matchAsksAndThreats(text: string, language?: string): AsksAndThreats {
  const folded = foldPhrase(text);
  const hits: { at: number; kind: 'ask' | 'threat'; label: Ask | Threat }[] = [];
  for (const lang of languagesFor(language)) {
    const c = compiledFor(lang);
    c.all.lastIndex = 0;
    let spans: [number, number][] | null = null;
    for (let m = c.all.exec(folded); m; m = c.all.exec(folded)) {
      const group = m.findIndex((g, i) => i > 0 && g !== undefined);
      const entry = c.entries[group - 1];
      const start = m.index;
      const end = start + m[0].length;
      if (!startsWord(folded, start, m[0])) {
        c.all.lastIndex = start + 1;
        continue;
      }
      if (entry.kind === 'ask' && (c.negators || c.postNegators)) {
        spans ??= breakSpans(c.breaks, folded);
        const [from, to] = clauseBounds(spans, folded.length, start, end);
        if (c.negators?.test(before(folded.slice(from, start)))) continue;
        if (c.postNegators?.test(after(folded.slice(end, to)))) continue;
      }
      hits.push({ at: start, kind: entry.kind, label: entry.label });
    }
  }
  hits.sort((a, b) => a.at - b.at);
  const asks: Ask[] = [];
  const threats: Threat[] = [];
  for (const h of hits) {
    if (h.kind === 'ask' && !asks.includes(h.label as Ask)) asks.push(h.label as Ask);
    if (h.kind === 'threat' && !threats.includes(h.label as Threat)) threats.push(h.label as Threat);
  }
  return { asks, threats };
}
