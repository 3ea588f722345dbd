/**
 * Dates: ISO yyyy-mm-dd when day, month and year are all written ("05/03/2024", "5 de março de 2024",
 * "2024年3月5日"), else the date words as written ("10. März", "3月5日", "dia 10"). Numeric day/month order
 * follows the writer's language; an English all-numeric date that could be either way stays as written.
 */
import { claim } from './mask';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, monthIndex } from './months';

const MONTHS = monthIndex();
const byLength = (a: string, b: string) => b.length - a.length;
const NAMES = [...MONTHS.keys()].sort(byLength).join('|');
const ABBREVIATIONS = MONTH_ABBREVIATIONS.flatMap((a) => a.split('|')).sort(byLength);
const ABBR_INDEX = new Map(MONTH_ABBREVIATIONS.flatMap((a, i) => a.split('|').map((n) => [n, i + 1] as const)));
const L = '\\p{L}\\p{N}';

const ISO = new RegExp(`(?=\\d)(?<![${L}./-])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![${L}]|[./-]\\d)`, 'gu');
const NUMERIC = new RegExp(`(?=\\d)(?<![${L}./-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![${L}]|[./-]\\d)`, 'gu');
const CJK_FULL = /(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?[日号號]/gu;
const CJK_PART = /(\d{1,2})\s?月\s?(\d{1,2})\s?[日号號]/gu;
const KO_FULL = /(\d{4})\s?년\s?(\d{1,2})\s?월\s?(\d{1,2})\s?일/gu;
const KO_PART = /(\d{1,2})\s?월\s?(\d{1,2})\s?일/gu;
// "5 de março de 2024", "10. März", "5th of May", "5 марта", "5 Mart 2024", "5 مارس".
const DAY_MONTH = new RegExp(`(?=\\d)(?<![${L}.,])(\\d{1,2})(?:\\.|º|ª|er|st|nd|rd|th|-?го|-?е)?\\s*(?:de\\s+|of\\s+)?(${NAMES})(?![\\p{L}])(?:,?\\s*(?:de\\s+|del\\s+)?(\\d{4})(?![${L}]))?`, 'giu');
// "March 5, 2024", "May 5th", "Mar 5".
const MONTH_DAY = new RegExp(`(?<![\\p{L}])(${NAMES}|${ABBREVIATIONS.join('|')})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}]|[.,:/-]\\d)(?:,?\\s*(\\d{4})(?![${L}]))?`, 'giu');
// Day alone after "day" ("desde o dia 10", "el día 5", "le 10", "am 10.").
const DAY_ONLY = new RegExp(`(?<![\\p{L}])(?:dia|día|giorno|dzień|dnia)\\s+(\\d{1,2})(?![\\p{L}\\p{N}]|[.,:/]\\d|\\s*(?:${NAMES}))`, 'giu');

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 ? `${year}-${pad(month)}-${pad(day)}` : null;
}

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
const plausible = (day: number, month: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31;
const monthOf = (name: string) => MONTHS.get(name.toLowerCase()) ?? ABBR_INDEX.get(name.toLowerCase().replace(/\.$/, ''));

export interface DateResult {
  dates: string[];
  rest: string;
}

/** Numeric forms only: they run before prices and phones so "05.03.2024" is a date. */
export function extractNumericDates(text: string, language?: string): DateResult {
  const dates: { at: number; value: string }[] = [];
  const add = (at: number, value: string | null) => (value ? (dates.push({ at, value }), true) : false);
  let rest = claim(text, ISO, (m) => add(m.index, iso(Number(m[1]), Number(m[3]), Number(m[4]))));
  rest = claim(rest, CJK_FULL, (m) => add(m.index, iso(Number(m[1]), Number(m[2]), Number(m[3]))));
  rest = claim(rest, KO_FULL, (m) => add(m.index, iso(Number(m[1]), Number(m[2]), Number(m[3]))));
  rest = claim(rest, CJK_PART, (m) => plausible(Number(m[2]), Number(m[1])) && add(m.index, m[0]));
  rest = claim(rest, KO_PART, (m) => plausible(Number(m[2]), Number(m[1])) && add(m.index, m[0]));
  rest = claim(rest, NUMERIC, (m) => {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = fullYear(m[4]);
    // Dashes and dots with a two-digit year are too often something else (versions, scores).
    if (m[4].length === 2 && m[2] !== '/' && m[2] !== '.') return false;
    if (a > 12) return add(m.index, iso(year, b, a));
    if (b > 12) return add(m.index, iso(year, a, b));
    if (language === 'en' || !language) return a >= 1 && b >= 1 && add(m.index, m[0]);
    return add(m.index, iso(year, b, a));
  });
  return { dates: dates.sort((x, y) => x.at - y.at).map((d) => d.value), rest };
}

/** Month names and "day N": after prices, so "12,50 €" is never day 12. */
export function extractWordDates(text: string): DateResult {
  const dates: { at: number; value: string }[] = [];
  const add = (at: number, value: string | null) => (value ? (dates.push({ at, value }), true) : false);
  let rest = claim(text, DAY_MONTH, (m) => {
    const month = monthOf(m[2]);
    const day = Number(m[1]);
    if (!month || day < 1 || day > 31) return false;
    return add(m.index, m[3] ? iso(Number(m[3]), month, day) : m[0].trim());
  });
  rest = claim(rest, MONTH_DAY, (m) => {
    const month = monthOf(m[1]);
    const day = Number(m[2]);
    // "may 5" in English is also "may 5 people…": only a capitalised May counts.
    if (!month || day < 1 || day > 31 || m[1] === 'may') return false;
    return add(m.index, m[3] ? iso(Number(m[3]), month, day) : m[0].trim());
  });
  rest = claim(rest, DAY_ONLY, (m) => Number(m[1]) >= 1 && Number(m[1]) <= 31 && add(m.index, m[0]));
  return { dates: dates.sort((x, y) => x.at - y.at).map((d) => d.value), rest };
}

/** For tests: every language with month names. */
export const MONTH_LANGUAGES = Object.keys(MONTH_NAMES);
