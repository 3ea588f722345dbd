/**
 * Prices with their currency, in the markets' formats: "€12,50", "12,50 €", "R$ 89,90", "¥3,000",
 * "3000円", "5万円", "US$ 20", "20 dollars", "20 евро", "٢٠ ريال" (digits already ASCII). A number
 * without a currency is never a price. Phone numbers are blanked first so none is read as one.
 */
import { CJK_MULTIPLIERS, PRICE_NUMBER, parsePriceNumber } from './parse-number';
import { claim } from './mask';
import { CODES, CODE_ALIASES, PREFIX_SYMBOLS, SUFFIX_CJK, SUFFIX_WORDS, YEN_OR_YUAN } from './currencies';
import type { Amount } from './types';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NUM = `(${PRICE_NUMBER})`;
const MULT = '\\s?([万萬만千천])?';
// A digit lookahead first: the engine rejects most positions before trying the lookbehind.
const BEFORE = '(?=\\d)(?<![\\p{L}\\p{N}.,])';

const prefixMap = new Map(PREFIX_SYMBOLS.map(([s, c]) => [s.toLowerCase(), c]));
const PREFIX = new RegExp(`(?<![A-Za-z\\p{N}])(${PREFIX_SYMBOLS.map(([s]) => escape(s)).join('|')})\\s?${NUM}(?![\\p{N}])`, 'giu');
const CODE_PREFIX = new RegExp(`(?<![\\p{L}\\p{N}])(${CODES.join('|')})\\s?${NUM}(?![\\p{N}])`, 'gu');
const CODE_SUFFIX = new RegExp(`${BEFORE}${NUM}\\s?(${CODES.join('|')})(?![\\p{L}])`, 'gu');
const wordPatterns = SUFFIX_WORDS.map(([p, c]) => [new RegExp(`^(?:${p})$`, 'iu'), c] as const);
const SUFFIX_WORD = new RegExp(`${BEFORE}${NUM}\\s?(${SUFFIX_WORDS.map(([p]) => p).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
const cjkMap = new Map(SUFFIX_CJK);
const SUFFIX_CJK_RE = new RegExp(`(?=\\d)(?<![\\p{N}.,])${NUM}${MULT}\\s?(${SUFFIX_CJK.map(([s]) => s).join('|')})`, 'gu');

// Phones: "+55 11 91234-5678", "0049 30 1234567", "(11) 91234-5678", "0612345678".
const PHONES = [
  /(?<![\p{L}\p{N}])(?:\+|00)\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?){2,5}(?![\p{N}])/gu,
  /(?<![\p{N}])\(\d{2,4}\)\s?\d{3,5}[\s.-]?\d{3,5}(?![\p{N}])/gu,
  /(?<![\p{L}\p{N}.,])0\d{8,11}(?![\p{N}])/gu,
  /(?<![\p{L}\p{N}.,])\d{3,4}[-.]\d{3,4}[-.]\d{4}(?![\p{N}])/gu,
];
const MIN_PHONE_DIGITS = 8;

export function maskPhones(text: string): string {
  let rest = text;
  for (const re of PHONES) rest = claim(rest, re, (m) => m[0].replace(/\D/g, '').length >= MIN_PHONE_DIGITS);
  return rest;
}

const KANA = /[\u3040-\u30ff]/;
const HAN = /[\u4e00-\u9fff]/;

function yenOrYuan(text: string, language?: string): string {
  if (language === 'zh') return 'CNY';
  if (language === 'ja') return 'JPY';
  return !KANA.test(text) && HAN.test(text) ? 'CNY' : 'JPY';
}

export interface AmountResult {
  amounts: Amount[];
  rest: string;
}

export function extractAmounts(text: string, language?: string): AmountResult {
  const found: { at: number; amount: Amount }[] = [];
  const add = (at: number, raw: string, currency: string, multiplier?: string) => {
    const code = currency === YEN_OR_YUAN ? yenOrYuan(text, language) : (CODE_ALIASES[currency] ?? currency);
    const value = parsePriceNumber(raw) * (multiplier ? CJK_MULTIPLIERS[multiplier] : 1);
    found.push({ at, amount: { value: Math.round(value * 100) / 100, currency: code } });
    return true;
  };
  let rest = claim(text, PREFIX, (m) => {
    // "$20 USD" is one price: the trailing code is swallowed by the blanking below.
    return add(m.index, m[2], prefixMap.get(m[1].toLowerCase()) ?? m[1]);
  });
  rest = claim(rest, CODE_PREFIX, (m) => add(m.index, m[2], m[1]));
  rest = claim(rest, SUFFIX_CJK_RE, (m) => add(m.index, m[1], cjkMap.get(m[3])!, m[2]));
  rest = claim(rest, CODE_SUFFIX, (m) => add(m.index, m[1], m[2]));
  rest = claim(rest, SUFFIX_WORD, (m) => {
    const code = wordPatterns.find(([re]) => re.test(m[2]))?.[1];
    return code ? add(m.index, m[1], code) : false;
  });
  found.sort((a, b) => a.at - b.at);
  const amounts: Amount[] = [];
  for (const { amount } of found) if (!amounts.some((a) => a.value === amount.value && a.currency === amount.currency)) amounts.push(amount);
  return { amounts, rest };
}
