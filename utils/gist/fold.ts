/**
 * Folding for phrase matching: lower case, no accents ("não" = "nao"), Arabic letter variants unified,
 * contractions spelt out ("don't" = "do not"). Phrase lists and messages pass through the same fold.
 * Offsets are not kept: phrase matches only yield labels.
 */
import { normalizeDigits } from './normalize-digits';

const LETTER_FOLDS: Record<string, string> = { ı: 'i', ł: 'l', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ё: 'е', أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ة: 'ه' };
const FOLDED_LETTERS = /[ıłßøæœёأإآٱىة\u0640]|[\u064B-\u065F\u0670]/g;
const CONTRACTION = /\b(do|does|did|is|are|was|were|have|has|had|could|would|should|must|need)n['’]?t\b/g;
const APOSTROPHES = /[’‘`´]/g;

export function foldPhrase(text: string): string {
  return normalizeDigits(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(CONTRACTION, (_, verb: string) => `${verb} not`)
    .replace(/\bcan'?t\b/g, 'can not')
    .replace(/\bwon'?t\b/g, 'will not')
    .replace(/\bdont\b/g, 'do not')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(FOLDED_LETTERS, (ch) => LETTER_FOLDS[ch] ?? '');
}
