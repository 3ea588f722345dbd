/**
 * Language identification in three steps. (1) Script: most of our languages own one (Hangul, kana, Han,
 * Thai, Hebrew, Arabic, Greek, Devanagari). (2) Latin and Cyrillic text: the pruned tinyld n-gram model
 * plus exclusive letters and cue words finds the language family. (3) Close neighbours (id/ms, da/nb/sv,
 * cs/sk, nl/af, es/pt/ca/it, et/fi, ru/uk/bg/kk) are re-decided by word frequencies, which is where
 * n-grams fail: relatives share letter sequences, not everyday words.
 */
import { CYRILLIC_LANGUAGES, LATIN_LANGUAGES } from './langid-encoding';
import { neighbourEvidence } from './langid-neighbours';
import { ngramVotes } from './langid-ngrams';
import { cueVotes } from './language-cues';
import { scriptCensus, type Script } from './script';

export interface LanguageGuess {
  /** ISO 639-1, or "und". */
  language: string;
  /** 0..1: low for very short, mixed or close-call texts. */
  confidence: number;
  candidates: Array<{ language: string; score: number }>;
}

/** Cue words may also vote for Russian or Hindi written in Latin letters. */
const LATIN = new Set<string>([...LATIN_LANGUAGES, 'ru', 'hi']);
const CYRILLIC = new Set<string>(CYRILLIC_LANGUAGES);
const BY_SCRIPT: Partial<Record<Script, string>> = {
  hangul: 'ko',
  kana: 'ja',
  han: 'zh',
  thai: 'th',
  hebrew: 'he',
  arabic: 'ar',
  greek: 'el',
  devanagari: 'hi',
};
/** Letters that only one of our languages of that script uses (ă is Romanian and Vietnamese, õ Portuguese and Estonian). */
const LETTERS: Array<[RegExp, string, number]> = [
  [/[ơưđ\u1EA0-\u1EF9]/gi, 'vi', 3],
  [/[ığİ]/g, 'tr', 2],
  [/[łńśźż]/gi, 'pl', 2],
  [/[ėįų]/gi, 'lt', 2],
  [/[āēīķļņģ]/gi, 'lv', 2],
  [/[șțţ]/gi, 'ro', 2],
  [/[ěůř]/gi, 'cs', 2],
  [/[ľĺŕ]/gi, 'sk', 2],
  [/[őű]/gi, 'hu', 2],
  [/l·l/gi, 'ca', 2],
  [/[ñ¿¡]/gi, 'es', 1.5],
  [/ã/gi, 'pt', 1.5],
  [/ß/g, 'de', 1.5],
  [/œ/gi, 'fr', 1.5],
  [/[їєґ]/gi, 'uk', 2],
  [/ў/gi, 'be', 2],
  [/[әғқңөұүһ]/gi, 'kk', 2],
  [/ѝ/gi, 'bg', 2],
];
/**
 * Letters a language never writes: a text with one cannot be in it, whatever its n-grams say. They tell apart
 * the neighbours word statistics leave close (sv ä/ö vs da/nb æ/ø, cs ě/ř/ů vs sk ľ/ô, ru ы/э vs uk і/ї).
 */
const IMPOSSIBLE: Array<[RegExp, readonly string[]]> = [
  [/[æø]/i, ['sv', 'fi', 'et', 'de']],
  [/[äö]/i, ['da', 'nb']],
  [/[ěřů]/i, ['sk', 'pl']],
  [/[ľĺŕôä]/i, ['cs']],
  [/ñ/i, ['pt', 'ca', 'it', 'fr']],
  [/[ãõ]/i, ['es', 'ca', 'it']],
  [/[çàèò]/i, ['es']],
  [/õ/i, ['fi']],
  [/[ыэъё]/i, ['uk']],
  [/[ыэё]/i, ['bg']],
  [/[іїєґ]/i, ['ru', 'bg']],
  [/[щи]/i, ['be']],
  [/ў/i, ['ru', 'uk', 'bg', 'kk']],
  [/[їєґ]/i, ['be', 'kk']],
];
/** Russian and Hindi typed in Latin letters use plain ASCII: an accented Latin letter rules them out. */
const ACCENTED_LATIN = /[\u00c0-\u024f\u1e00-\u1eff]/;
/** What an impossible letter leaves of a language's votes: not zero, a stray foreign word may carry it. */
const IMPOSSIBLE_FACTOR = 0.1;
const CUE_WEIGHT = 1;
/** How much the n-gram votes still count once word frequencies weigh in (log-vote units per nat). */
const NGRAM_WEIGHT_IN_GROUP = 1.5;
const UND: LanguageGuess = { language: 'und', confidence: 0, candidates: [] };
/** Enough text to decide; keeps 1 MB pastes fast. */
const MAX_CHARS = 1000;

export function identifyLanguage(input: string): LanguageGuess {
  const text = (input.length > MAX_CHARS ? input.slice(0, MAX_CHARS) : input).normalize('NFKC');
  const census = scriptCensus(text);
  if (census.letters < 2 || !census.dominant) return UND;
  const lengthFactor = Math.min(1, census.letters / 24);
  if (census.dominant !== 'latin' && census.dominant !== 'cyrillic') {
    const language = BY_SCRIPT[census.dominant];
    if (!language) return UND;
    // Han without kana is Chinese unless the text is too short to rule out a Japanese phrase.
    const hanOnly = census.dominant === 'han' ? Math.min(1, census.letters / 6) : 1;
    const confidence = round(census.purity * Math.min(1, 0.5 + lengthFactor) * hanOnly);
    return { language, confidence, candidates: [{ language, score: confidence }] };
  }
  const allowed = census.dominant === 'latin' ? LATIN : CYRILLIC;
  const { votes } = ngramVotes(text, allowed);
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{M}']+/u)
    .flatMap((w) => w.split("'"))
    .filter(Boolean);
  for (const [lang, n] of cueVotes(words)) if (allowed.has(lang)) votes.set(lang, (votes.get(lang) ?? 0) + n * CUE_WEIGHT);
  for (const [re, lang, w] of LETTERS) {
    const hits = text.match(re)?.length ?? 0;
    if (hits && allowed.has(lang)) votes.set(lang, (votes.get(lang) ?? 0) + w * Math.min(hits, 3));
  }
  for (const [re, langs] of IMPOSSIBLE) {
    if (re.test(text)) for (const l of langs) if (votes.has(l)) votes.set(l, votes.get(l)! * IMPOSSIBLE_FACTOR);
  }
  if (census.dominant === 'latin' && ACCENTED_LATIN.test(text)) {
    for (const l of ['ru', 'hi']) if (votes.has(l)) votes.set(l, votes.get(l)! * IMPOSSIBLE_FACTOR);
  }
  let ranked = [...votes.entries()].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return UND;
  ranked = settleNeighbours(ranked, words);
  const total = ranked.reduce((s, [, v]) => s + v, 0);
  const [best, second] = ranked;
  const margin = second ? (best[1] - second[1]) / best[1] : 1;
  const confidence = round(census.purity * lengthFactor * Math.min(1, 0.35 + margin));
  return {
    language: best[0],
    confidence,
    candidates: ranked.slice(0, 5).map(([language, v]) => ({ language, score: round(v / total) })),
  };
}

/**
 * Re-ranks the leader's group by word likelihood plus the log of its n-gram votes. The group's votes are
 * redistributed, not added to: the total stays what the n-grams said, so the margin to other families holds.
 */
function settleNeighbours(ranked: Array<[string, number]>, words: readonly string[]): Array<[string, number]> {
  const evidence = neighbourEvidence(ranked[0][0], words);
  if (!evidence || !evidence.known) return ranked;
  const lead = ranked[0][1];
  const inGroup = ranked.filter(([l]) => evidence.scores.has(l));
  const combined = [...evidence.scores].map(([l, s]) => {
    const v = votes(ranked, l);
    return [l, s + NGRAM_WEIGHT_IN_GROUP * Math.log(Math.max(v, lead / 50) / lead)] as [string, number];
  });
  const top = Math.max(...combined.map(([, s]) => s));
  // Softmax over the group, scaled to the group's vote mass.
  const mass = inGroup.reduce((s, [, v]) => s + v, 0);
  const weights = combined.map(([l, s]) => [l, Math.exp(s - top)] as [string, number]);
  const z = weights.reduce((s, [, w]) => s + w, 0);
  const regrouped = weights.map(([l, w]) => [l, (mass * w) / z] as [string, number]);
  return [...ranked.filter(([l]) => !evidence.scores.has(l)), ...regrouped].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]);
}

function votes(ranked: Array<[string, number]>, lang: string): number {
  return ranked.find(([l]) => l === lang)?.[1] ?? 0;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
