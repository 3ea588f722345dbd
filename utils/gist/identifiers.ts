/**
 * Order ids and tracking numbers, with the shared marketplace patterns (utils/patterns). They run
 * first and blank their spans, so their digits never come back as a price, a date or a duration.
 */
import { claim } from './mask';
import { ALIEXPRESS_ORDER_ID, AMAZON_ORDER_ID } from '@/utils/patterns/order-ids';
import { ALIEXPRESS_TRACKING, TRACKING_NUMBERS } from '@/utils/patterns/tracking-numbers';

const global = (re: RegExp) => new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
const ORDER_PATTERNS = [global(AMAZON_ORDER_ID), global(ALIEXPRESS_ORDER_ID)];
// Buyers paste tracking numbers in lower case too: the shared patterns, case-insensitive.
const TRACKING_PATTERNS = [TRACKING_NUMBERS, ALIEXPRESS_TRACKING].map((re) => new RegExp(re.source, 'gi'));
// A run of letters then digits is only a tracking number if it carries enough digits: "ABC1234567890" yes, "MP3" no.
const TRACKING_SHAPE = /\d{9}/;

function push(list: string[], value: string) {
  if (!list.includes(value)) list.push(value);
}

export interface Identifiers {
  orderIds: string[];
  trackingNumbers: string[];
  /** The text with both blanked. */
  rest: string;
}

export function extractIdentifiers(text: string): Identifiers {
  const orderIds: string[] = [];
  const trackingNumbers: string[] = [];
  let rest = text;
  for (const re of ORDER_PATTERNS) rest = claim(rest, re, (m) => (push(orderIds, m[0]), true));
  for (const re of TRACKING_PATTERNS) {
    rest = claim(rest, re, (m) => {
      if (!TRACKING_SHAPE.test(m[0])) return false;
      push(trackingNumbers, m[0].toUpperCase());
      return true;
    });
  }
  return { orderIds, trackingNumbers, rest };
}
