/**
 * Matariki, New Zealand's Māori New Year holiday. Its date is set by law, not by a formula: the
 * Matariki Advisory Group read it from the maramataka (the Friday nearest the Tangaroa nights of
 * the month Pipiri) and Te Kāhui o Matariki Public Holiday Act 2022, Schedule 1, fixes 2022-2052.
 * After that an astronomical stand-in keeps it from vanishing: the Friday nearest the day after the
 * first last-quarter moon from 18 June, New Zealand time (it reproduces 28 of the 31 scheduled dates).
 */
import { phasesBetween } from './moon-phases';

/** Schedule 1 of the Act as month-day, 2022 onwards. */
const SCHEDULE =
  '06-24 07-14 06-28 06-20 07-10 06-25 07-14 07-06 06-21 07-11 07-02 06-24 07-07 06-29 07-18 07-10 06-25 07-15 07-06 07-19 07-11 07-03 06-24 07-07 06-29 07-19 07-03 06-25 07-15 06-30 06-21'.split(
    ' ',
  );
const FIRST_YEAR = 2022;
const DAY = 86_400_000;
const NZST = 12 * 3_600_000;

export function matariki(year: number): Date | null {
  if (year < FIRST_YEAR) return null;
  const scheduled = SCHEDULE[year - FIRST_YEAR];
  if (scheduled) return new Date(`${year}-${scheduled}T00:00:00Z`);
  const from = Date.UTC(year, 5, 18) - NZST;
  const [quarter] = phasesBetween(new Date(from), new Date(from + 31 * DAY), 'last');
  const target = Math.floor((quarter.getTime() + NZST) / DAY) * DAY + DAY;
  let toFriday = (5 - new Date(target).getUTCDay() + 7) % 7;
  if (toFriday > 3) toFriday -= 7;
  return new Date(target + toFriday * DAY);
}
