/**
 * Numbers as buyers write prices: "12,50", "1.234,56", "1,234.56", "3,000", "1 234", "12.5". A
 * separator followed by exactly three digits groups thousands; a last separator followed by one or two
 * digits is the decimal mark.
 */

/** A price-like number: grouped thousands with optional decimals, or plain digits with optional decimals. */
export const PRICE_NUMBER = String.raw`\d{1,3}(?:[.,' ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;

export function parsePriceNumber(raw: string): number {
  const s = raw.replace(/\s/g, ' ').trim();
  const decimal = /[.,](\d{1,2})$/.exec(s);
  const whole = (decimal ? s.slice(0, decimal.index) : s).replace(/[.,' ]/g, '');
  const value = Number(decimal ? `${whole}.${decimal[1]}` : whole);
  if (!Number.isFinite(value)) throw new Error(`not a number: "${raw}"`);
  return value;
}

/** Multipliers written after CJK numbers: 5万円, 3千元, 5만원. */
export const CJK_MULTIPLIERS: Record<string, number> = { 万: 10_000, 萬: 10_000, 만: 10_000, 千: 1_000, 천: 1_000, 百: 100, 백: 100 };
