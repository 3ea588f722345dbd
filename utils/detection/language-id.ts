/**
 * Language identification: script first (most of our languages own a script), then for Latin
 * script the pruned tinyld n-gram model plus exclusive letters and function words, which settle
 * the es/pt/it and nl/de/en confusions that n-grams alone get wrong on short messages.
 */
import { cueVotes } from './language-cues';
import { ngramVotes } from './langid-ngrams';
import { scriptCensus, type Script } from './script';

export interface LanguageGuess {
  /** ISO 639-1, or "und". */
  language: string;
  /** 0..1: low for very short, mixed or close-call texts. */
  confidence: number;
  candidates: Array<{ language: string; score: number }>;
}

const LATIN = new Set(['de', 'en', 'es', 'fr', 'id', 'it', 'nl', 'pl', 'pt', 'tr', 'vi']);
/** Cue words may also vote for Russian written in Latin letters. */
const BY_SCRIPT: Partial<Record<Script, string>> = {
  hangul: 'ko',
  kana: 'ja',
  han: 'zh',
  thai: 'th',
  hebrew: 'he',
  arabic: 'ar',
  cyrillic: 'ru',
  greek: 'el',
};
/** Letters that only one of our Latin-script languages uses. */
const LETTERS: Array<[RegExp, string, number]> = [
  [/[ơưăđ\u1EA0-\u1EF9]/gi, 'vi', 3],
  [/[ışğİ]/g, 'tr', 2],
  [/[ąęłńśźżć]/gi, 'pl', 2],
  [/[ñ¿¡]/gi, 'es', 1.5],
  [/[ãõ]/gi, 'pt', 1.5],
  [/ß/g, 'de', 1.5],
  [/œ/gi, 'fr', 1.5],
];
const CUE_WEIGHT = 1;
const UND: LanguageGuess = { language: 'und', confidence: 0, candidates: [] };
/** Enough text to decide; keeps 1 MB pastes fast. */
const MAX_CHARS = 1000;

export function identifyLanguage(input: string): LanguageGuess {
  const text = (input.length > MAX_CHARS ? input.slice(0, MAX_CHARS) : input).normalize('NFKC');
  const census = scriptCensus(text);
  if (census.letters < 2 || !census.dominant) return UND;
  const lengthFactor = Math.min(1, census.letters / 24);
  if (census.dominant !== 'latin') {
    const language = BY_SCRIPT[census.dominant];
    if (!language) return UND;
    // Han without kana is Chinese unless the text is too short to rule out a Japanese phrase.
    const hanOnly = census.dominant === 'han' ? Math.min(1, census.letters / 6) : 1;
    const confidence = round(census.purity * Math.min(1, 0.5 + lengthFactor) * hanOnly);
    return { language, confidence, candidates: [{ language, score: confidence }] };
  }
  const { votes, weight } = ngramVotes(text, LATIN);
  const words = text.toLowerCase().split(/[^\p{L}\p{M}']+/u).flatMap((w) => w.split("'")).filter(Boolean);
  for (const [lang, n] of cueVotes(words)) votes.set(lang, (votes.get(lang) ?? 0) + n * CUE_WEIGHT);
  for (const [re, lang, w] of LETTERS) {
    const hits = text.match(re)?.length ?? 0;
    if (hits) votes.set(lang, (votes.get(lang) ?? 0) + w * Math.min(hits, 3));
  }
  const ranked = [...votes.entries()].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return UND;
  const total = ranked.reduce((s, [, v]) => s + v, 0);
  const [best, second] = ranked;
  const margin = second ? (best[1] - second[1]) / best[1] : 1;
  const confidence = round(census.purity * lengthFactor * Math.min(1, 0.35 + margin));
  void weight;
  return {
    language: best[0],
    confidence,
    candidates: ranked.slice(0, 5).map(([language, v]) => ({ language, score: round(v / total) })),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
