/**
 * The facts of a buyer's message. Passes run in an order that keeps any one span from being read as
 * two facts: ids and tracking numbers, numeric dates, phone numbers (dropped), prices, dated words,
 * then durations on what is left; asks and threats read the whole text.
 */
import { extractAmounts, maskPhones } from './amounts';
import { extractNumericDates, extractWordDates } from './dates';
import { extractDurations } from './durations';
import { foldPhrase } from './fold';
import { extractIdentifiers } from './identifiers';
import { normalizeDigits } from './normalize-digits';
import { matchAsksAndThreats } from './phrase-matcher';
import type { FactOptions, Facts } from './types';

/** Longer messages are cut here: a buyer's message is a few hundred characters; a pasted page is not one. */
export const MAX_FACT_TEXT = 20_000;

export function extractFacts(text: string, options: FactOptions = {}): Facts {
  if (typeof text !== 'string') throw new TypeError(`extractFacts: text must be a string, got ${text === null ? 'null' : typeof text}`);
  const language = options.language?.toLowerCase().split(/[-_]/)[0] || undefined;
  const source = normalizeDigits(text.length > MAX_FACT_TEXT ? text.slice(0, MAX_FACT_TEXT) : text);
  const ids = extractIdentifiers(source);
  const numericDates = extractNumericDates(ids.rest, language);
  const withoutPhones = maskPhones(numericDates.rest);
  const prices = extractAmounts(withoutPhones, language);
  const wordDates = extractWordDates(prices.rest);
  const durations = extractDurations(foldPhrase(wordDates.rest));
  const { asks, threats } = matchAsksAndThreats(source, language);
  const dates = [...numericDates.dates];
  for (const d of wordDates.dates) if (!dates.includes(d)) dates.push(d);
  return { orderIds: ids.orderIds, trackingNumbers: ids.trackingNumbers, amounts: prices.amounts, dates, durations, asks, threats };
}
