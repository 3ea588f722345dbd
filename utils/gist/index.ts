/**
 * The gist of a buyer's message, deterministic and on-device, for agents who do not read the buyer's
 * language. Pure TypeScript, no browser APIs.
 *
 *   extractFacts(text, { language? }) -> Facts
 *     { orderIds, trackingNumbers, amounts: {value, currency}[], dates, durations: {value, unit}[], asks, threats }
 *     - language: ISO 639-1 of the message (the detector's `language`); picks that language's phrase
 *       lists (plus English) and settles ¥ (CNY for zh, else JPY). Without it every list is searched.
 *     - dates are ISO yyyy-mm-dd when complete, else as written ("3月5日", "10. März", "dia 10").
 *     - no invented facts: a number is a price only next to a currency, a duration only next to a time
 *       unit; ids, tracking numbers, dates and phone numbers are taken out before prices are read.
 *     - throws TypeError for a non-string text.
 *
 *   summarize(detection, facts) -> { en, zh }
 *     One sentence per agent language from detection.labels / polarity / angry / urgent and the facts:
 *     "Wants a refund for a damaged item; angry, mentions a chargeback; order 303-1234567-1234567."
 *     "因商品损坏要求退款；情绪愤怒，提到拒付；订单 303-1234567-1234567。"
 *
 * The `npm run detect` CLI prints both as `facts` and `summary` on each line.
 */
export { extractFacts } from './extract-facts';
export { summarize, type SummaryInput } from './summarize';
export { ASKS, DURATION_UNITS, THREATS, emptyFacts, type Amount, type Ask, type Duration, type DurationUnit, type FactOptions, type Facts, type Threat } from './types';
export type { Bilingual } from './summary-phrases';
