/** Which of a country's holidays or peak seasons is on now or starts soon (they change replies and logistics). */
import type { CountryProfile, Holiday } from '@/knowledge/schema';

export interface HolidayNow {
  holiday: Holiday;
  status: 'now' | 'soon';
  start: Date;
  end: Date;
}

const DAY = 86_400_000;
export const SOON_DAYS = 14;

function spans(h: Holiday, now: Date): { start: Date; end: Date }[] {
  if (h.occurrences?.length) return h.occurrences.map((o) => ({ start: new Date(`${o.start}T00:00:00Z`), end: new Date(Date.parse(`${o.end}T00:00:00Z`) + DAY - 1) }));
  if (!h.start) return [];
  // Fixed dates repeat yearly; a range may run over New Year (12-24 → 01-02).
  const year = now.getUTCFullYear();
  return [year - 1, year, year + 1].map((y) => {
    const start = new Date(`${y}-${h.start}T00:00:00Z`);
    let end = new Date(Date.parse(`${y}-${h.end ?? h.start}T00:00:00Z`) + DAY - 1);
    if (end < start) end = new Date(Date.parse(`${y + 1}-${h.end}T00:00:00Z`) + DAY - 1);
    return { start, end };
  });
}

export function holidaysAround(profile: CountryProfile | null, now = new Date()): HolidayNow[] {
  if (!profile) return [];
  const out: HolidayNow[] = [];
  for (const holiday of profile.holidays) {
    for (const { start, end } of spans(holiday, now)) {
      if (start <= now && now <= end) out.push({ holiday, status: 'now', start, end });
      else if (start > now && start.getTime() - now.getTime() <= SOON_DAYS * DAY) out.push({ holiday, status: 'soon', start, end });
    }
  }
  return out.sort((a, b) => (a.status === b.status ? a.start.getTime() - b.start.getTime() : a.status === 'now' ? -1 : 1));
}
