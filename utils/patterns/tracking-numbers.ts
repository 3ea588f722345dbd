/** Parcel tracking numbers, as AliExpress order cards show them and as buyers paste them into messages. */

/** Cainiao / postal tracking numbers on AliExpress order cards (LP00612345678901, RU123456789CN). */
export const ALIEXPRESS_TRACKING = /\b[A-Z]{2}\d{9,14}[A-Z]{0,2}\b/;

/**
 * Any carrier's tracking number in free text: postal (UPU S10: RR123456789CN), UPS 1Z…, long carrier
 * numbers. Global: for `.replace` over a message.
 */
export const TRACKING_NUMBERS = /\b(?:[A-Z]{2}\d{9,14}[A-Z]{2}|1Z[0-9A-Z]{16}|[A-Z]{2,4}\d{10,22})\b/g;
