/**
 * Instants of new, full and quarter moons (Meeus, Astronomical Algorithms, 2nd ed., ch. 49;
 * within a minute or so of the true instant for 1900-2100). Lunar holidays hinge on which local
 * day the phase falls on, and ICU's own lunar maths is sometimes off by more than that.
 */

export type MoonPhase = 'new' | 'first' | 'full' | 'last';

const RAD = Math.PI / 180;
const DAY = 86_400_000;
const PHASE_OFFSET: Record<MoonPhase, number> = { new: 0, first: 0.25, full: 0.5, last: 0.75 };
/** Julian day of the Unix epoch. */
const JD_UNIX = 2440587.5;
/** Mean synodic month in days. */
export const SYNODIC_MONTH = 29.530588861;

const sin = (deg: number) => Math.sin(deg * RAD);
const cos = (deg: number) => Math.cos(deg * RAD);

/** Terrestrial minus universal time in seconds (Espenak and Meeus polynomial for 2005-2050, good enough around it). */
function deltaT(year: number): number {
  const t = year - 2000;
  return 62.92 + 0.32217 * t + 0.005589 * t * t;
}

/** The phase instant of lunation k (k = 0 is the new moon of 2000-01-06; quarters add .25, .5, .75). */
function phaseJde(k: number, phase: MoonPhase): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const T4 = T3 * T;
  let jde = 2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * T2 - 0.00000015 * T3 + 0.00000000073 * T4;
  const E = 1 - 0.002516 * T - 0.0000074 * T2;
  const M = 2.5534 + 29.1053567 * k - 0.0000014 * T2 - 0.00000011 * T3;
  const Mp = 201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4;
  const F = 160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4;
  const O = 124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3;

  if (phase === 'new' || phase === 'full') {
    const full = phase === 'full';
    jde +=
      (full ? -0.40614 : -0.4072) * sin(Mp) +
      (full ? 0.17302 : 0.17241) * E * sin(M) +
      (full ? 0.01614 : 0.01608) * sin(2 * Mp) +
      (full ? 0.01043 : 0.01039) * sin(2 * F) +
      (full ? 0.00734 : 0.00739) * E * sin(Mp - M) -
      (full ? 0.00515 : 0.00514) * E * sin(Mp + M) +
      (full ? 0.00209 : 0.00208) * E * E * sin(2 * M) -
      0.00111 * sin(Mp - 2 * F) -
      0.00057 * sin(Mp + 2 * F) +
      0.00056 * E * sin(2 * Mp + M) -
      0.00042 * sin(3 * Mp) +
      0.00042 * E * sin(M + 2 * F) +
      0.00038 * E * sin(M - 2 * F) -
      0.00024 * E * sin(2 * Mp - M) -
      0.00017 * sin(O) -
      0.00007 * sin(Mp + 2 * M) +
      0.00004 * sin(2 * Mp - 2 * F) +
      0.00004 * sin(3 * M) +
      0.00003 * sin(Mp + M - 2 * F) +
      0.00003 * sin(2 * Mp + 2 * F) -
      0.00003 * sin(Mp + M + 2 * F) +
      0.00003 * sin(Mp - M + 2 * F) -
      0.00002 * sin(Mp - M - 2 * F) -
      0.00002 * sin(3 * Mp + M) +
      0.00002 * sin(4 * Mp);
  } else {
    jde +=
      -0.62801 * sin(Mp) +
      0.17172 * E * sin(M) -
      0.01183 * E * sin(Mp + M) +
      0.00862 * sin(2 * Mp) +
      0.00804 * sin(2 * F) +
      0.00454 * E * sin(Mp - M) +
      0.00204 * E * E * sin(2 * M) -
      0.0018 * sin(Mp - 2 * F) -
      0.0007 * sin(Mp + 2 * F) -
      0.0004 * sin(3 * Mp) -
      0.00034 * E * sin(2 * Mp - M) +
      0.00032 * E * sin(M + 2 * F) +
      0.00032 * E * sin(M - 2 * F) -
      0.00028 * E * E * sin(Mp + 2 * M) +
      0.00027 * E * sin(2 * Mp + M) -
      0.00017 * sin(O) -
      0.00005 * sin(Mp - M - 2 * F) +
      0.00004 * sin(2 * Mp + 2 * F) -
      0.00004 * sin(Mp + M + 2 * F) +
      0.00004 * sin(Mp - 2 * M) +
      0.00003 * sin(Mp + M - 2 * F) +
      0.00003 * sin(3 * M) +
      0.00002 * sin(2 * Mp - 2 * F) +
      0.00002 * sin(Mp - M + 2 * F) -
      0.00002 * sin(3 * Mp + M);
    const W = 0.00306 - 0.00038 * E * cos(M) + 0.00026 * cos(Mp) - 0.00002 * cos(Mp - M) + 0.00002 * cos(Mp + M) + 0.00002 * cos(2 * F);
    jde += phase === 'first' ? W : -W;
  }

  // Planetary perturbations.
  const A = [
    [0.000325, 299.77 + 0.107408 * k - 0.009173 * T2],
    [0.000165, 251.88 + 0.016321 * k],
    [0.000164, 251.83 + 26.651886 * k],
    [0.000126, 349.42 + 36.412478 * k],
    [0.00011, 84.66 + 18.206239 * k],
    [0.000062, 141.74 + 53.303771 * k],
    [0.00006, 207.14 + 2.453732 * k],
    [0.000056, 154.84 + 7.30686 * k],
    [0.000047, 34.52 + 27.261239 * k],
    [0.000042, 207.19 + 0.121824 * k],
    [0.00004, 291.34 + 1.844379 * k],
    [0.000037, 161.72 + 24.198154 * k],
    [0.000035, 239.56 + 25.513099 * k],
    [0.000023, 331.55 + 3.592518 * k],
  ];
  for (const [amplitude, angle] of A) jde += amplitude * sin(angle);
  return jde;
}

/** Julian ephemeris day to a UTC instant. */
function jdeToDate(jde: number): Date {
  const ms = (jde - JD_UNIX) * DAY;
  return new Date(ms - deltaT(new Date(ms).getUTCFullYear()) * 1000);
}

/** Julian day (UT) of an instant; the sun's position needs it too. */
export const julianDay = (date: Date): number => date.getTime() / DAY + JD_UNIX;

/** The given phase nearest to an instant. */
export function nearestPhase(date: Date, phase: MoonPhase): Date {
  const k = Math.round((julianDay(date) - 2451550.09766) / SYNODIC_MONTH - PHASE_OFFSET[phase]) + PHASE_OFFSET[phase];
  return jdeToDate(phaseJde(k, phase));
}

/** Every instant of the phase from `from` (inclusive) to `to` (exclusive). */
export function phasesBetween(from: Date, to: Date, phase: MoonPhase): Date[] {
  const offset = PHASE_OFFSET[phase];
  let k = Math.floor((julianDay(from) - 2451550.09766) / SYNODIC_MONTH - offset) - 1 + offset;
  const out: Date[] = [];
  for (;;) {
    const at = jdeToDate(phaseJde(k, phase));
    if (at >= to) return out;
    if (at >= from) out.push(at);
    k += 1;
  }
}
