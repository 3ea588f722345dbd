/**
 * Hindu lunisolar festival days (Diwali, Holi, Raksha Bandhan…) from the moon and the sidereal sun.
 * Intl has no Hindu lunisolar calendar ("indian" is the solar Saka one), so: an amanta month runs from
 * new moon to new moon and is named after the sidereal sign the sun enters during it (a month with no
 * entry is a leap month, adhika, and the festivals fall in the regular month after it).
 */
import { julianDay, phasesBetween } from './moon-phases';

/** Month names by the sign the sun enters: Mesha (Aries) → Chaitra … Mina (Pisces) → Phalguna. */
export const HINDU_MONTHS = ['chaitra', 'vaishakha', 'jyeshtha', 'ashadha', 'shravana', 'bhadrapada', 'ashvin', 'kartika', 'margashirsha', 'pausha', 'magha', 'phalguna'] as const;
export type HinduMonth = (typeof HINDU_MONTHS)[number];
/** purnima: the full moon inside the month; amavasya: the new moon that ends it (Diwali ends Ashvin). */
export type Tithi = 'purnima' | 'amavasya';
/**
 * A day belongs to the tithi (lunar day) in force at sunrise; festivals held at dusk (Diwali's Lakshmi
 * puja, Holika Dahan) take the day whose evening falls in it. Times are India Standard Time, ~06:00 and ~19:00.
 */
export type Observance = 'sunrise' | 'evening';

const DAY = 86_400_000;
const IST = 5.5 * 3_600_000;
const HOUR = 3_600_000;

/** Sidereal (Lahiri) longitude of the sun in degrees (Meeus ch. 25, low accuracy: ~0.01°, about 15 minutes of the sun's motion). */
function siderealSun(at: Date): number {
  const T = (julianDay(at) - 2451545) / 36525;
  const L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T;
  const M = (357.52911 + 35999.05029 * T - 0.0001537 * T * T) * (Math.PI / 180);
  const C = (1.914602 - 0.004817 * T) * Math.sin(M) + (0.019993 - 0.000101 * T) * Math.sin(2 * M) + 0.000289 * Math.sin(3 * M);
  const ayanamsa = 23.853 + 1.3969 * T;
  return (((L0 + C - ayanamsa) % 360) + 360) % 360;
}

const sign = (at: Date) => Math.floor(siderealSun(at) / 30);

/** The day (UTC midnight of the Indian date) a tithi ending at `end` is kept. */
function observedDay(end: Date, observance: Observance): Date {
  const local = end.getTime() + IST - (observance === 'sunrise' ? 6 : 19) * HOUR;
  return new Date(Math.floor(local / DAY) * DAY);
}

const cache = new Map<string, Date[]>();

/** Days in a Gregorian year on which the tithi of the month is kept. */
export function hinduDays(year: number, month: HinduMonth, tithi: Tithi, observance: Observance): Date[] {
  const key = `${year}|${month}|${tithi}|${observance}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const target = HINDU_MONTHS.indexOf(month);
  // New moons from late in the year before to early in the next, so every month ending or peaking in `year` is seen.
  const moons = phasesBetween(new Date(Date.UTC(year - 1, 10, 1)), new Date(Date.UTC(year + 1, 2, 1)), 'new');
  const out: Date[] = [];
  for (let i = 0; i + 1 < moons.length; i++) {
    const [start, end] = [moons[i], moons[i + 1]];
    const entered = sign(end);
    if (entered === sign(start) || entered !== target) continue; // leap month, or another month
    const ends = tithi === 'amavasya' ? end : phasesBetween(start, end, 'full')[0];
    const day = observedDay(ends, observance);
    if (day.getUTCFullYear() === year) out.push(day);
  }
  cache.set(key, out);
  return out;
}
