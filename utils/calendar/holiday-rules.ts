/**
 * Holiday rules: how a knowledge pack says when a movable holiday falls, so dates are computed for
 * any year instead of typed per year (typed lists silently ran out). A rule is a point, or a range
 * "point..point"; a point is a base date plus an optional offset in days ("easter-2", "nth:11-4-thu+1").
 */
import { orthodoxEaster, westernEaster } from './easter';
import { HINDU_MONTHS, hinduDays, type HinduMonth, type Tithi } from './hindu-lunar';
import { lunarDays, type LunarCalendar } from './intl-months';
import { matariki } from './matariki';
import { WEEKDAYS, lastWeekday, nthWeekday, weekdayFrom, type Weekday } from './weekday-rules';

export const RULE_SYNTAX =
  'MM-DD, easter, orthodox-easter, nth:MM-N-ddd, last:MM-ddd, from:MM-DD-ddd, islamic:MM-DD, chinese:MM-DD, dangi:MM-DD, hebrew:month-DD, hindu:month-purnima|amavasya[@evening], matariki or yom-haatzmaut, each with an optional +N/-N days, or two of them joined by ".."';

const HEBREW_MONTHS = ['tishri', 'heshvan', 'kislev', 'tevet', 'shevat', 'adar', 'nisan', 'iyar', 'sivan', 'tamuz', 'av', 'elul'];
const DAY = 86_400_000;

type Base =
  | { kind: 'fixed'; month: number; day: number }
  | { kind: 'easter'; orthodox: boolean }
  | { kind: 'nth'; month: number; n: number; weekday: Weekday }
  | { kind: 'last'; month: number; weekday: Weekday }
  | { kind: 'from'; month: number; day: number; weekday: Weekday }
  | { kind: 'lunar'; calendar: LunarCalendar; month: string; day: number }
  | { kind: 'hindu'; month: HinduMonth; tithi: Tithi; evening: boolean }
  | { kind: 'matariki' }
  | { kind: 'yom-haatzmaut' };
interface Point {
  base: Base;
  offset: number;
}
interface Rule {
  start: Point;
  end?: Point;
}

const DOW = `(${WEEKDAYS.join('|')})`;
const OFFSET = '([+-]\\d{1,3})?';
const re = (body: string) => new RegExp(`^${body}${OFFSET}$`);

/** Each form: its prefix, its pattern, what to show when it doesn't match, and how to read it. */
const FORMS: { prefix: RegExp; pattern: RegExp; expected: string; read: (m: RegExpExecArray) => Base | string }[] = [
  { prefix: /^\d/, pattern: re('(\\d{2})-(\\d{2})'), expected: 'MM-DD such as 12-25', read: (m) => fixed(+m[1], +m[2]) },
  {
    prefix: /^(orthodox-)?easter/,
    pattern: re('(orthodox-)?easter'),
    expected: 'easter or orthodox-easter with an optional offset such as easter-2',
    read: (m) => ({ kind: 'easter', orthodox: Boolean(m[1]) }),
  },
  {
    prefix: /^nth:/,
    pattern: re(`nth:(\\d{2})-([1-5])-${DOW}`),
    expected: 'nth:MM-N-ddd such as nth:11-4-thu (N 1-5, ddd sun…sat)',
    read: (m) => month(+m[1]) ?? { kind: 'nth', month: +m[1], n: +m[2], weekday: m[3] as Weekday },
  },
  { prefix: /^last:/, pattern: re(`last:(\\d{2})-${DOW}`), expected: 'last:MM-ddd such as last:05-mon', read: (m) => month(+m[1]) ?? { kind: 'last', month: +m[1], weekday: m[2] as Weekday } },
  {
    prefix: /^from:/,
    pattern: re(`from:(\\d{2})-(\\d{2})-${DOW}`),
    expected: 'from:MM-DD-ddd such as from:06-19-fri (the first Friday on or after 19 June)',
    read: (m) => {
      const date = fixed(+m[1], +m[2]);
      return typeof date === 'string' ? date : { kind: 'from', month: +m[1], day: +m[2], weekday: m[3] as Weekday };
    },
  },
  {
    prefix: /^(islamic|chinese|dangi):/,
    pattern: re('(islamic|chinese|dangi):(\\d{2})-(\\d{2})'),
    expected: 'islamic:MM-DD, chinese:MM-DD or dangi:MM-DD such as islamic:10-01',
    read: (m) => month(+m[2]) ?? lunarDay(+m[3]) ?? { kind: 'lunar', calendar: m[1] as LunarCalendar, month: String(+m[2]), day: +m[3] },
  },
  {
    prefix: /^hebrew:/,
    pattern: re('hebrew:([a-z]+)-(\\d{2})'),
    expected: 'hebrew:month-DD such as hebrew:nisan-15',
    read: (m) =>
      HEBREW_MONTHS.includes(m[1]) ? (lunarDay(+m[2]) ?? { kind: 'lunar', calendar: 'hebrew', month: m[1], day: +m[2] }) : `unknown Hebrew month "${m[1]}" (one of ${HEBREW_MONTHS.join(', ')})`,
  },
  {
    prefix: /^hindu:/,
    pattern: re('hindu:([a-z]+)-(purnima|amavasya)(@evening)?'),
    expected: 'hindu:month-purnima or hindu:month-amavasya, optionally @evening, such as hindu:ashvin-amavasya@evening',
    read: (m) =>
      (HINDU_MONTHS as readonly string[]).includes(m[1])
        ? { kind: 'hindu', month: m[1] as HinduMonth, tithi: m[2] as Tithi, evening: Boolean(m[3]) }
        : `unknown Hindu month "${m[1]}" (amanta names: ${HINDU_MONTHS.join(', ')})`,
  },
  { prefix: /^matariki/, pattern: re('matariki'), expected: 'matariki with an optional offset', read: () => ({ kind: 'matariki' }) },
  { prefix: /^yom-haatzmaut/, pattern: re('yom-haatzmaut'), expected: 'yom-haatzmaut with an optional offset', read: () => ({ kind: 'yom-haatzmaut' }) },
];

function month(m: number): string | undefined {
  return m >= 1 && m <= 12 ? undefined : `month ${String(m).padStart(2, '0')} is not 01-12`;
}
function lunarDay(d: number): string | undefined {
  return d >= 1 && d <= 30 ? undefined : `day ${String(d).padStart(2, '0')} is not 01-30`;
}
function fixed(m: number, d: number): Base | string {
  const bad = month(m);
  if (bad) return bad;
  // 29 February is allowed and simply skipped in common years.
  if (d < 1 || d > new Date(Date.UTC(2024, m, 0)).getUTCDate()) return `${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')} is not a date`;
  return { kind: 'fixed', month: m, day: d };
}

function parsePoint(text: string): Point | string {
  const form = FORMS.find((f) => f.prefix.test(text));
  if (!form) return `unknown rule "${text}"; expected ${RULE_SYNTAX}`;
  const m = form.pattern.exec(text);
  if (!m) return `"${text}" is not a valid rule; expected ${form.expected}`;
  const base = form.read(m);
  if (typeof base === 'string') return `"${text}": ${base}`;
  return { base, offset: Number(m[m.length - 1] ?? 0) };
}

const parsed = new Map<string, Rule | string>();
function parse(rule: string): Rule | string {
  let hit = parsed.get(rule);
  if (hit === undefined) {
    const [a, b, ...rest] = rule.trim().split('..');
    const start = parsePoint(a);
    const end = b === undefined ? undefined : parsePoint(b);
    hit = rest.length ? `"${rule}" has more than one ".."` : typeof start === 'string' ? start : typeof end === 'string' ? end : { start, end };
    parsed.set(rule, hit);
  }
  return hit;
}

/** Why a rule can't be read, or null when it can (the pack schema reports this). */
export function ruleProblem(rule: string): string | null {
  const r = parse(rule);
  return typeof r === 'string' ? r : null;
}

export const isRange = (rule: string): boolean => rule.includes('..');

/** Base dates in a Gregorian year (UTC midnight); lunar calendars can give two or none. */
function baseDates(base: Base, year: number): Date[] {
  const one = (d: Date | null) => (d ? [d] : []);
  switch (base.kind) {
    case 'fixed': {
      const d = new Date(Date.UTC(year, base.month - 1, base.day));
      return d.getUTCMonth() === base.month - 1 ? [d] : [];
    }
    case 'easter':
      return [base.orthodox ? orthodoxEaster(year) : westernEaster(year)];
    case 'nth':
      return one(nthWeekday(year, base.month, base.n, base.weekday));
    case 'last':
      return [lastWeekday(year, base.month, base.weekday)];
    case 'from':
      return [weekdayFrom(year, base.month, base.day, base.weekday)];
    case 'lunar':
      // In Hebrew leap years the holidays of Adar are kept in Adar II.
      return base.month === 'adar' ? [...lunarDays('hebrew', year, 'adar', base.day), ...lunarDays('hebrew', year, 'adar ii', base.day)] : lunarDays(base.calendar, year, base.month, base.day);
    case 'hindu':
      return hinduDays(year, base.month, base.tithi, base.evening ? 'evening' : 'sunrise');
    case 'matariki':
      return one(matariki(year));
    case 'yom-haatzmaut':
      // 5 Iyar, moved off the Sabbath's eve and end: Friday or Saturday → Thursday, Monday → Tuesday (since 2004).
      return lunarDays('hebrew', year, 'iyar', 5).map((d) => {
        const shift = [0, 1, 0, 0, 0, -1, -2][d.getUTCDay()];
        return new Date(d.getTime() + shift * DAY);
      });
  }
}

const pointDates = (p: Point, year: number) => baseDates(p.base, year).map((d) => new Date(d.getTime() + p.offset * DAY));

export interface DaySpan {
  /** UTC midnight of the first day. */
  start: Date;
  /** UTC midnight of the last day (inclusive). */
  end: Date;
}

/**
 * The spans a rule gives for the Gregorian year of its base date, `days` long unless the rule is a
 * range (a range ends on the first end point on or after its start, even in the next year).
 */
export function ruleSpans(rule: string, year: number, days = 1): DaySpan[] {
  const r = parse(rule);
  if (typeof r === 'string') return [];
  return pointDates(r.start, year).flatMap((start) => {
    if (!r.end) return [{ start, end: new Date(start.getTime() + (days - 1) * DAY) }];
    const end = [...pointDates(r.end, year), ...pointDates(r.end, year + 1)].find((d) => d >= start);
    return end ? [{ start, end }] : [];
  });
}
