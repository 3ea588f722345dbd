/**
 * Folding and tokenising shared by lexicon compilation and message matching, so a phrase written
 * in a knowledge pack and a buyer's message meet in the same form: lower case, no accents
 * ("recibi" = "recibí"), English contractions spelt out, Arabic letter variants unified.
 */

/** Scripts written without spaces between words: phrases there match as substrings. */
export const UNSPACED = /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uAC00-\uD7AF\u0E00-\u0E7F]/;

const CONTRACTION = /\b(do|does|did|is|are|was|were|have|has|had|could|would|should|must|need)n['’]?t\b/g;

const ASCII = /^\p{ASCII}*$/u;
/** Every contraction pattern above has "n't", "n’t" or "nt": without one, those passes can be skipped. */
const MAYBE_CONTRACTION = /n['’]?t/;

/** Letters written one way in messages and another in lexicons, and Arabic marks: one pass for all. */
const LETTER_FOLDS: Record<string, string> = { ı: 'i', ł: 'l', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ة: 'ه' };
const FOLDED_LETTERS = /[ıłßøæœأإآٱىة\u0640]|[\u064B-\u065F\u0670]/g;

function spellOutContractions(lower: string): string {
  if (!MAYBE_CONTRACTION.test(lower)) return lower;
  return lower
    .replace(CONTRACTION, (_, verb: string) => `${verb} not`)
    .replace(/\bcan['’]?t\b/g, 'can not')
    .replace(/\bwon['’]?t\b/g, 'will not');
}

export function fold(text: string): string {
  // Most lexicon phrases and many messages are plain ASCII: skip Unicode normalisation for them.
  if (ASCII.test(text)) return spellOutContractions(text.toLowerCase());
  return spellOutContractions(text.normalize('NFKC').toLowerCase())
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(FOLDED_LETTERS, (ch) => LETTER_FOLDS[ch] ?? '');
}

export interface Token {
  text: string;
  /** Clauses end at punctuation and at contrast words ("but", "aber"…). */
  clause: number;
}

/** Letters, digits and marks form words; a CJK run stays one token (matched by substring). */
const WORD = /[\p{L}\p{N}\p{M}]+|[.!?;:,。！？；：，、\n]+/gu;

export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  for (const m of folded.matchAll(WORD)) {
    const t = m[0];
    if (/^[.!?;:,。！？；：，、\n]+$/.test(t)) {
      if (tokens.length && tokens[tokens.length - 1].clause === clause) clause++;
      continue;
    }
    tokens.push({ text: t, clause });
  }
  return tokens;
}
