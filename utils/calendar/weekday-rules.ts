/** Holidays fixed to a weekday: the 4th Thursday of November, the last Monday of May, the Friday from 19 June. */

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const DAY = 86_400_000;

/** The first `weekday` on or after a date (UTC midnight). */
export function weekdayFrom(year: number, month: number, day: number, weekday: Weekday): Date {
  const from = new Date(Date.UTC(year, month - 1, day));
  const ahead = (WEEKDAYS.indexOf(weekday) - from.getUTCDay() + 7) % 7;
  return new Date(from.getTime() + ahead * DAY);
}

/** The nth (1-5) `weekday` of a month, or null when the month has no fifth one. */
export function nthWeekday(year: number, month: number, n: number, weekday: Weekday): Date | null {
  const date = new Date(weekdayFrom(year, month, 1, weekday).getTime() + (n - 1) * 7 * DAY);
  return date.getUTCMonth() === month - 1 ? date : null;
}

/** The last `weekday` of a month. */
export function lastWeekday(year: number, month: number, weekday: Weekday): Date {
  const last = new Date(Date.UTC(year, month, 0));
  const back = (last.getUTCDay() - WEEKDAYS.indexOf(weekday) + 7) % 7;
  return new Date(last.getTime() - back * DAY);
}
