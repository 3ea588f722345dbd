/**
 * Phone-number detector for the `phone` policy check. Replies are full of numbers that are not phones
 * (Amazon order ids 123-1234567-1234567, AliExpress order ids of 15-16 digits, tracking numbers such as
 * LP00123456789CN or 1Z999AA10123456784, dates, prices, times), so a candidate is found first and then
 * classified by its shape.
 */
import type { Span } from './lint-detectors';

/**
 * A run of digit groups joined by single separators (space, -, ., /, brackets), optionally opened by "+".
 * Never starts or ends inside a Latin word or a longer digit run, so tracking numbers with letters don't
 * yield candidates; CJK text may touch the number ("请拨打13800138000").
 */
const CANDIDATE_RE =
  /(?<![\p{N}\p{Script=Latin}\p{Script=Cyrillic}_@#/.,+-])(?:\+[ \u00A0]?)?(?:\(\d{1,5}\)[ \u00A0]?)?\d+(?:(?:[ \u00A0.\-\u2013/]|\)[ \u00A0]?|[ \u00A0]?\()\d+)*(?![\p{N}\p{Script=Latin}\p{Script=Cyrillic}_]|[.,:]\d)/gu;

const DAY_MONTH = String.raw`\d{1,2}[./]\d{1,2}\.?`;
const FULL_DATE = String.raw`(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2}))`;
const DATE_RE = new RegExp(String.raw`^(?:${FULL_DATE}|${DAY_MONTH})(?:\s*[-\u2013~]\s*(?:${FULL_DATE}|${DAY_MONTH}))?$`);
/** A full date glued to another number by a space ("2026-11-23 2 pcs", "qty 3 23.11.2026"). */
const DATE_EDGE = new RegExp(String.raw`^${FULL_DATE}\s|\s${FULL_DATE}$`);
/** 1.234.567 (thousands with dots), never a phone. */
const DOTTED_THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;
/** 1234 5678 9012 (groups of exactly four) is a tracking or card-like number, not a phone. */
const FOUR_BY_FOUR = /^\d{4}(?:[ \u00A0-]\d{4})+$/;
/** Mainland China mobile numbers are usually written without separators. */
const CN_MOBILE = /^1[3-9]\d{9}$/;
/** "model no. 2023-11-456", "order number 00004587345", "SKU 12-345-678": a reference, not a phone. */
const REFERENCE_BEFORE = /(?:\b(?:order|invoice|tracking|item|model|part|batch|lot|sku|asin|ean|upc|ref|art|id|code)(?:\s*(?:no|nr|number|id|#))?|\bno|\bnr|n°|#)\.?:?\s*$/i;
/** "Phone no. 555-…" is a phone even though "no." also introduces references. */
const PHONE_WORD = /(?:phone|tel|mobile|cell|whatsapp|call|fax|telefon|teléfono|telefone|téléphone|телефон|电话|手机|電話)/i;
/** International format without separators: 00, a country code (never 0) and 8-12 more digits. */
const INTL_PREFIXED = /^00[1-9]\d{8,12}$/;
const CURRENCY = /[$€£¥₽₩₹₺₫₱฿₪¢元円원]|руб|zł|\b(?:usd|eur|gbp|jpy|cny|rmb|rub|brl|mxn|pln|try|krw|inr|aud|cad|chf|sek|zl)\b/iu;

function isPhone(raw: string, before: string, after: string): boolean {
  const digits = raw.replace(/\D/g, '').length;
  // E.164 caps phone numbers at 15 digits; below 7 it is a price, quantity or postcode.
  if (digits < 7 || digits > 15) return false;
  if (REFERENCE_BEFORE.test(before) && !PHONE_WORD.test(before)) return false;
  const hasPlus = raw.startsWith('+');
  const hasSeparator = /[^\d]/.test(raw.replace(/^\+/, ''));
  // Bare digit runs are order, tracking or EAN numbers unless they carry an international prefix.
  if (!hasSeparator) return (hasPlus && digits >= 8) || INTL_PREFIXED.test(raw) || CN_MOBILE.test(raw);
  if (hasPlus) return true;
  if (DATE_RE.test(raw) || DATE_EDGE.test(raw) || DOTTED_THOUSANDS.test(raw) || FOUR_BY_FOUR.test(raw)) return false;
  if (CURRENCY.test(before.slice(-4)) || CURRENCY.test(after.slice(0, 5))) return false;
  return true;
}

export function findPhones(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(CANDIDATE_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isPhone(m[0], text.slice(Math.max(0, start - 20), start), text.slice(end, end + 5))) out.push({ start, end });
  }
  return out;
}
