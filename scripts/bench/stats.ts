import { loadavg } from 'node:os';

/** The 1, 5 and 15 minute load averages, to read the figures against (shared by the bench sections). */
export function loadAverage(): number[] {
  return loadavg().map((x) => Math.round(x * 100) / 100);
}

/** Nearest-rank percentile of unsorted samples (shared by the bench sections). */
export function percentile(samples: number[], p: number): number {
  if (!samples.length) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
