import { describe, expect, it } from 'vitest';
import { ruleProblem, ruleSpans } from '@/utils/calendar/holiday-rules';
import { matariki } from '@/utils/calendar/matariki';

const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
/** Start dates of a rule in a year. */
const on = (rule: string, year: number) => ruleSpans(rule, year).map((s) => iso(s.start));
/** Days between a rule's only date in the year and an expected date. */
const off = (rule: string, year: number, expected: string) => {
  const [span] = ruleSpans(rule, year);
  return (span.start.getTime() - Date.parse(`${expected}T00:00:00Z`)) / DAY;
};

describe('holiday rules: Easter', () => {
  it('computes Western Easter and offsets from it', () => {
    expect(on('easter', 2026)).toEqual(['2026-04-05']);
    expect(on('easter', 2027)).toEqual(['2027-03-28']);
    expect(on('easter+1', 2026)).toEqual(['2026-04-06']);
    expect(on('easter-2', 2027)).toEqual(['2027-03-26']);
    expect(on('easter+39', 2026)).toEqual(['2026-05-14']); // Ascension
    expect(['2019', '2024', '2025', '2038'].map((y) => on('easter', +y)[0])).toEqual(['2019-04-21', '2024-03-31', '2025-04-20', '2038-04-25']);
  });
  it('computes Orthodox Easter as a Gregorian date', () => {
    expect(on('orthodox-easter', 2026)).toEqual(['2026-04-12']);
    expect(on('orthodox-easter', 2027)).toEqual(['2027-05-02']);
    expect(on('orthodox-easter-2', 2026)).toEqual(['2026-04-10']);
    expect(on('orthodox-easter', 2025)).toEqual(['2025-04-20']); // same day as the Western one that year
  });
});

describe('holiday rules: weekdays', () => {
  it('finds the nth and last weekday of a month', () => {
    expect(on('nth:11-4-thu', 2026)).toEqual(['2026-11-26']); // US Thanksgiving
    expect(on('nth:11-4-thu', 2027)).toEqual(['2027-11-25']);
    expect(on('nth:11-4-thu+1', 2026)).toEqual(['2026-11-27']); // Black Friday
    expect(on('last:05-mon', 2026)).toEqual(['2026-05-25']); // Memorial Day
    expect(on('last:05-mon', 2027)).toEqual(['2027-05-31']);
    expect(on('nth:05-2-sun', 2026)).toEqual(['2026-05-10']);
    expect(on('nth:02-5-mon', 2026)).toEqual([]); // no fifth Monday in February 2026
  });
  it('finds the first weekday on or after a date', () => {
    expect(on('from:06-19-fri', 2026)).toEqual(['2026-06-19']); // Midsummer Eve
    expect(on('from:06-19-fri', 2027)).toEqual(['2027-06-25']);
    expect(on('from:01-06-wed', 2026)).toEqual(['2026-01-07']); // French winter sales
  });
});

describe('holiday rules: Intl calendars', () => {
  it('reads Islamic (Umm al-Qura) dates', () => {
    // Umm al-Qura gives 20 March 2026 for Eid al-Fitr; allow a day where an engine's data differs.
    expect(Math.abs(off('islamic:10-01', 2026, '2026-03-20'))).toBeLessThanOrEqual(1);
    expect(Math.abs(off('islamic:12-10', 2026, '2026-05-27'))).toBeLessThanOrEqual(1);
    expect(Math.abs(off('islamic:09-01', 2026, '2026-02-18'))).toBeLessThanOrEqual(1);
  });
  it('spans Ramadan to the eve of Eid with a range, and finds a date twice in one Gregorian year', () => {
    const [ramadan] = ruleSpans('islamic:09-01..islamic:10-01-1', 2026);
    const length = (ramadan.end.getTime() - ramadan.start.getTime()) / DAY + 1;
    expect([29, 30]).toContain(length);
    expect(ruleSpans('islamic:09-01', 2030)).toHaveLength(2); // January and December 2030
  });
  it('reads Chinese and Korean lunar dates, on the day of the new moon', () => {
    expect(on('chinese:01-01', 2026)).toEqual(['2026-02-17']);
    // ICU puts this one on 7 February (new moon at 23:56 Beijing time): the computed new moon corrects it.
    expect(on('chinese:01-01', 2027)).toEqual(['2027-02-06']);
    expect(on('chinese:01-01', 2030)).toEqual(['2030-02-03']);
    expect(on('chinese:08-15', 2026)).toEqual(['2026-09-25']);
    expect(on('dangi:01-01', 2027)).toEqual(['2027-02-07']); // 00:56 in Seoul
  });
  it('reads Hebrew dates and moves Independence Day off the Sabbath', () => {
    expect(on('hebrew:nisan-15', 2026)).toEqual(['2026-04-02']);
    expect(on('hebrew:tishri-01', 2026)).toEqual(['2026-09-12']);
    expect(on('hebrew:kislev-25', 2027)).toEqual(['2027-12-25']);
    expect(on('hebrew:adar-14', 2027)).toEqual(['2027-03-23']); // Adar II in a leap year
    expect(['2024', '2025', '2026', '2028'].map((y) => on('yom-haatzmaut', +y)[0])).toEqual(['2024-05-14', '2025-05-01', '2026-04-22', '2028-05-02']);
  });
});

describe('holiday rules: astronomy', () => {
  it('puts Diwali on the evening of the Ashvin new moon', () => {
    expect(Math.abs(off('hindu:ashvin-amavasya@evening', 2026, '2026-11-08'))).toBeLessThanOrEqual(1);
    const known = ['2017-10-19', '2018-11-07', '2019-10-27', '2020-11-14', '2021-11-04', '2022-10-24', '2023-11-12', '2024-10-31', '2025-10-20', '2026-11-08'];
    expect(known.map((d) => on('hindu:ashvin-amavasya@evening', Number(d.slice(0, 4)))[0])).toEqual(known);
  });
  it('puts full-moon festivals in the right lunar month, leap months included', () => {
    // 2026 has a leap Jyeshtha, so Raksha Bandhan is the August full moon after next.
    expect(['2023', '2024', '2025', '2026', '2027'].map((y) => on('hindu:shravana-purnima', +y)[0])).toEqual(['2023-08-31', '2024-08-19', '2025-08-09', '2026-08-28', '2027-08-17']);
    // Holika Dahan; a day early when bhadra moves it (2026: 3 March).
    expect(Math.abs(off('hindu:phalguna-purnima@evening', 2026, '2026-03-03'))).toBeLessThanOrEqual(1);
    expect(on('hindu:phalguna-purnima@evening', 2025)).toEqual(['2025-03-13']);
  });
  it('follows the Matariki Act schedule and keeps going after it', () => {
    expect(['2022', '2026', '2041', '2052'].map((y) => iso(matariki(+y)!))).toEqual(['2022-06-24', '2026-07-10', '2041-07-19', '2052-06-21']);
    const after = matariki(2053)!;
    expect(after.getUTCDay()).toBe(5); // a Friday
    expect(iso(after) >= '2053-06-18' && iso(after) <= '2053-07-24').toBe(true);
  });
});

describe('holiday rules: syntax', () => {
  it('gives spans of `days` days, or up to the end point of a range', () => {
    expect(ruleSpans('easter-2', 2026, 4).map((s) => [iso(s.start), iso(s.end)])).toEqual([['2026-04-03', '2026-04-06']]);
    expect(ruleSpans('easter+39..easter+42', 2026).map((s) => [iso(s.start), iso(s.end)])).toEqual([['2026-05-14', '2026-05-17']]);
    expect(on('02-29', 2027)).toEqual([]);
    expect(on('02-29', 2028)).toEqual(['2028-02-29']);
  });
  it('explains what is wrong with a rule', () => {
    expect(ruleProblem('nth:11-4-thu+1')).toBeNull();
    expect(ruleProblem('hindu:ashvin-amavasya@evening-2')).toBeNull();
    expect(ruleProblem('lunar:01-01')).toMatch(/^unknown rule "lunar:01-01"; expected MM-DD, easter/);
    expect(ruleProblem('nth:11-4-th')).toMatch(/not a valid rule; expected nth:MM-N-ddd/);
    expect(ruleProblem('islamic:13-01')).toMatch(/month 13 is not 01-12/);
    expect(ruleProblem('hebrew:nissan-15')).toMatch(/unknown Hebrew month "nissan"/);
    expect(ruleProblem('02-30')).toMatch(/02-30 is not a date/);
    expect(ruleProblem('easter..easter+1..easter+2')).toMatch(/more than one/);
  });
});
