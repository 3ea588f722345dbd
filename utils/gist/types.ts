/** The facts of a buyer's message, in the shape the `npm run detect` contract prints. */

export const ASKS = ['refund', 'replacement', 'return', 'cancel', 'discount', 'information', 'exchange'] as const;
export type Ask = (typeof ASKS)[number];

export const THREATS = ['chargeback', 'bad_review', 'legal', 'dispute', 'report'] as const;
export type Threat = (typeof THREATS)[number];

export const DURATION_UNITS = ['hour', 'day', 'week', 'month'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

export interface Amount {
  value: number;
  /** ISO 4217 code. */
  currency: string;
}

export interface Duration {
  value: number;
  unit: DurationUnit;
}

export interface Facts {
  orderIds: string[];
  trackingNumbers: string[];
  amounts: Amount[];
  /** ISO yyyy-mm-dd where the date is complete, else the words as written ("3月5日", "10. März"). */
  dates: string[];
  durations: Duration[];
  asks: Ask[];
  threats: Threat[];
}

export interface FactOptions {
  /** ISO 639-1 of the message when known: picks its phrase lists first and settles ¥ (CNY for zh, else JPY). */
  language?: string;
}

export function emptyFacts(): Facts {
  return { orderIds: [], trackingNumbers: [], amounts: [], dates: [], durations: [], asks: [], threats: [] };
}
