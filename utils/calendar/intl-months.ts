/**
 * Month starts of the Islamic (Umm al-Qura), Chinese, Korean and Hebrew calendars, found by reading
 * Intl.DateTimeFormat day by day through each Gregorian year (cached per year), so movable holidays need no
 * dated lists. ICU approximates the moon for the Chinese and Korean calendars and can put a month
 * start a day late when the new moon is near local midnight (Lunar New Year 2027 is 6 Feb, ICU 78
 * says 7 Feb), so those starts are moved to the local day of the computed new moon.
 */
import { nearestPhase } from './moon-phases';

export type LunarCalendar = 'islamic' | 'chinese' | 'dangi' | 'hebrew';

export interface MonthStart {
  /** "1".."12" (Islamic, Chinese, Korean) or a normalised Hebrew month name ("nisan", "adar ii"). */
  month: string;
  /** Chinese and Korean leap months repeat the previous month's number. */
  leap: boolean;
  /** UTC midnight of the first day. */
  start: Date;
}

const DAY = 86_400_000;
/** Umm al-Qura where the engine has it; the arithmetic calendars are a day or so off but better than nothing. */
const ICU_NAMES: Record<LunarCalendar, string[]> = {
  islamic: ['islamic-umalqura', 'islamic-civil', 'islamic'],
  chinese: ['chinese'],
  dangi: ['dangi'],
  hebrew: ['hebrew'],
};
/** Where the lunar month begins: China (UTC+8) and Korea (UTC+9). */
const NEW_MOON_ZONE: Partial<Record<LunarCalendar, number>> = { chinese: 8, dangi: 9 };

const formats = new Map<LunarCalendar, Intl.DateTimeFormat | null>();
function format(calendar: LunarCalendar): Intl.DateTimeFormat | null {
  if (!formats.has(calendar)) {
    let found: Intl.DateTimeFormat | null = null;
    for (const name of ICU_NAMES[calendar]) {
      try {
        const fmt = new Intl.DateTimeFormat(`en-u-ca-${name}`, { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
        // An engine without the calendar silently falls back to the Gregorian one.
        if (fmt.resolvedOptions().calendar === name) {
          found = fmt;
          break;
        }
      } catch {
        // Unknown calendar name: try the next.
      }
    }
    formats.set(calendar, found);
  }
  return formats.get(calendar)!;
}

/** Hebrew month names vary a little between engines ("Tishri"/"Tishrei", "Tamuz"/"Tammuz"). */
export function hebrewMonthKey(name: string): string {
  const n = name
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .trim();
  return ({ tishrei: 'tishri', cheshvan: 'heshvan', marcheshvan: 'heshvan', tammuz: 'tamuz', teves: 'tevet', shvat: 'shevat', nissan: 'nisan', iyyar: 'iyar' } as Record<string, string>)[n] ?? n;
}

/** The local day (as UTC midnight) of the new moon nearest a day, in a zone `hours` east of UTC. */
function newMoonDay(near: Date, hours: number): Date {
  const local = nearestPhase(new Date(near.getTime() + DAY / 2), 'new').getTime() + hours * 3_600_000;
  return new Date(Math.floor(local / DAY) * DAY);
}

const cache = new Map<string, MonthStart[]>();

/** Months starting from 40 days before the Gregorian year to its end (so a month under way on 1 January is included). */
export function monthStarts(calendar: LunarCalendar, year: number): MonthStart[] {
  const key = `${calendar}|${year}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const fmt = format(calendar);
  const out: MonthStart[] = [];
  if (fmt) {
    const zone = NEW_MOON_ZONE[calendar];
    const end = Date.UTC(year + 1, 0, 1);
    // Every month of these calendars has 29 or 30 days: from day d, jump to day 29, then look day by day.
    for (let t = Date.UTC(year, 0, 1) - 40 * DAY, step = 1; t < end; t += step * DAY) {
      const parts = fmt.formatToParts(new Date(t + DAY / 2));
      const day = Number(parts.find((p) => p.type === 'day')?.value);
      step = day >= 1 && day < 29 ? 29 - day : 1;
      if (day !== 1) continue;
      const raw = parts.find((p) => p.type === 'month')?.value ?? '';
      const numeric = /^(\d+)(.*)$/.exec(raw);
      const start = zone === undefined ? new Date(t) : newMoonDay(new Date(t), zone);
      out.push(calendar === 'hebrew' ? { month: hebrewMonthKey(raw), leap: false, start } : { month: String(Number(numeric?.[1] ?? 0)), leap: Boolean(numeric?.[2]), start });
    }
  }
  cache.set(key, out);
  return out;
}

/** Days in a Gregorian year that are day `day` of the calendar's month `month` (a lunar year can hold a date twice). */
export function lunarDays(calendar: LunarCalendar, year: number, month: string, day: number): Date[] {
  const starts = monthStarts(calendar, year);
  const next = monthStarts(calendar, year + 1);
  const out: Date[] = [];
  starts.forEach((m, i) => {
    if (m.month !== month || m.leap) return;
    const date = new Date(m.start.getTime() + (day - 1) * DAY);
    const following = starts[i + 1] ?? next.find((n) => n.start > m.start);
    if (following && date >= following.start) return; // day 30 of a 29-day month
    if (date.getUTCFullYear() === year) out.push(date);
  });
  return out;
}
