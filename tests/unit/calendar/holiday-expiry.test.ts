/** Issue "House in order" point 5: the core pack's movable holidays are computed, so they never run out. */
import { describe, expect, it } from 'vitest';
import { compilePack } from '@/knowledge/compiler';
import { CORE_PACK_DIR, loadPack, readSourceDir } from '@/scripts/lib/pack-files';
import { holidaySpans, holidaysAround } from '@/utils/calendar/holidays';
import { ruleSpans } from '@/utils/calendar/holiday-rules';

const pack = loadPack(CORE_PACK_DIR);
const movable = pack.countries.filter((c) => c.holidays.some((h) => h.rule));
/** Computed from today, so the check moves on with the calendar (it still bites in 2028). */
const thisYear = new Date().getUTCFullYear();
const nextYears = [thisYear, thisYear + 1, thisYear + 2];

describe('core pack holidays', () => {
  it('types no dates: movable holidays have rules, not occurrence lists', () => {
    expect(movable.length).toBeGreaterThanOrEqual(45);
    const typed = pack.countries.flatMap((c) => c.holidays.filter((h) => h.occurrences).map((h) => `${c.code}: ${h.name.en}`));
    expect(typed).toEqual([]);
  });

  it.each(movable.map((c) => [c.code, c] as const))('%s has dates for every movable holiday in each of the next three years', (_, country) => {
    const missing: string[] = [];
    for (const h of country.holidays) {
      const rules = typeof h.rule === 'string' ? [h.rule] : (h.rule ?? []);
      for (const year of nextYears) {
        for (const rule of rules) if (!ruleSpans(rule, year, h.days).length) missing.push(`${h.name.en} (${rule}) in ${year}`);
        // And through the overlay's own path: a span that starts in that year.
        const mid = new Date(Date.UTC(year, 6, 1));
        if (rules.length && !holidaySpans(h, mid).some((s) => s.start.getUTCFullYear() === year)) missing.push(`${h.name.en} spans in ${year}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('finds Ramadan for Saudi Arabia in 2028 and 2029', () => {
    const sa = pack.countries.find((c) => c.code === 'SA')!;
    // 1449 AH from 28 January 2028, 1450 AH from 16 January 2029 (Umm al-Qura; a day either way for other engine data).
    for (const [day, start] of [
      ['2028-02-10', '2028-01-28'],
      ['2029-01-30', '2029-01-16'],
    ]) {
      const ramadan = holidaysAround(sa, new Date(`${day}T12:00:00Z`)).find((h) => h.holiday.name.en === 'Ramadan');
      expect(ramadan?.status, day).toBe('now');
      expect(Math.abs(ramadan!.start.getTime() - Date.parse(`${start}T00:00:00Z`))).toBeLessThanOrEqual(86_400_000);
    }
    const soon = holidaysAround(sa, new Date('2029-01-05T12:00:00Z')).find((h) => h.holiday.name.en === 'Ramadan');
    expect(soon?.status).toBe('soon');
  });

  it('rejects an unknown rule when compiling, naming the file, the holiday and the rule', () => {
    // The pack's metadata and Saudi Arabia's file are enough (compiling the whole pack takes seconds).
    const sources = readSourceDir(CORE_PACK_DIR).filter((f) => f.path === 'pack.yaml' || f.path === 'countries/sa.yaml');
    const broken = (from: string, to: string) => sources.map((f) => ({ ...f, text: f.text.replace(`rule: "${from}"`, `rule: "${to}"`) }));
    expect(compilePack(sources).countries).toHaveLength(1);
    expect(() => compilePack(broken('islamic:12-08', 'islamic:12-8'))).toThrow(
      /countries\/sa\.yaml: countries\[0\]\.holidays\[2\]\.rule: holiday "Hajj season and Eid al-Adha": "islamic:12-8" is not a valid rule; expected islamic:MM-DD/,
    );
    expect(() => compilePack(broken('islamic:10-01-1', 'ramadan+30'))).toThrow(/holiday "Eid al-Fitr": unknown rule "ramadan\+30"; expected MM-DD, easter/);
  });
});
