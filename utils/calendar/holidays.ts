/** Which of a country's holidays or peak seasons is on now or starts soon (they change replies and logistics). */
import type { CountryProfile, Holiday } from '@/knowledge/schema';
import { ruleSpans } from './holiday-rules';

export interface HolidayNow {
  holiday: Holiday;
  status: 'now' | 'soon';
  start: Date;
  end: Date;
}

const DAY = 86_400_000;
export const SOON_DAYS = 14;

const rulesOf = (h: Holiday): string[] => (typeof h.rule === 'string' ? [h.rule] : (h.rule ?? []));

/** Every span of a holiday whose dates fall in or next to the year of `now` (end is the last millisecond). */
export function holidaySpans(h: Holiday, now: Date): { start: Date; end: Date }[] {
  const year = now.getUTCFullYear();
  const years = [year - 1, year, year + 1];
  const out: { start: Date; end: Date }[] = [];
  for (const o of h.occurrences ?? []) out.push({ start: new Date(`${o.start}T00:00:00Z`), end: new Date(Date.parse(`${o.end}T00:00:00Z`) + DAY - 1) });
  // Movable holidays are computed per year from their rule, so they never run out.
  for (const rule of rulesOf(h)) {
    for (const y of years) for (const s of ruleSpans(rule, y, h.days)) out.push({ start: s.start, end: new Date(s.end.getTime() + DAY - 1) });
  }
  if (h.start) {
    // Fixed dates repeat yearly; a range may run over New Year (12-24 → 01-02).
    for (const y of years) {
      const start = new Date(`${y}-${h.start}T00:00:00Z`);
      let end = new Date(Date.parse(`${y}-${h.end ?? h.start}T00:00:00Z`) + DAY - 1);
      if (end < start) end = new Date(Date.parse(`${y + 1}-${h.end}T00:00:00Z`) + DAY - 1);
      out.push({ start, end });
    }
  }
  return out.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** The occurrence on now, or else the next one (the knowledge browser shows it beside the name). */
export function nextSpan(h: Holiday, now = new Date()): { start: Date; end: Date } | null {
  return holidaySpans(h, now).find((s) => s.end >= now) ?? null;
}

export function holidaysAround(profile: CountryProfile | null, now = new Date()): HolidayNow[] {
  if (!profile) return [];
  const out: HolidayNow[] = [];
  for (const holiday of profile.holidays) {
    for (const { start, end } of holidaySpans(holiday, now)) {
      if (start <= now && now <= end) out.push({ holiday, status: 'now', start, end });
      else if (start > now && start.getTime() - now.getTime() <= SOON_DAYS * DAY) out.push({ holiday, status: 'soon', start, end });
    }
  }
  return out.sort((a, b) => (a.status === b.status ? a.start.getTime() - b.start.getTime() : a.status === 'now' ? -1 : 1));
}
