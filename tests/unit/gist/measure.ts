/** Per-language share of expected facts found and of facts invented, over tests/fixtures/gist/<lang>.jsonl. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts, type Facts } from '@/utils/gist';

export const FIXTURE_DIR = 'tests/fixtures/gist';
const KEYS = ['orderIds', 'trackingNumbers', 'amounts', 'dates', 'durations', 'asks', 'threats'] as const;

export interface LanguageScore {
  lang: string;
  messages: number;
  expected: number;
  found: number;
  invented: number;
  misses: string[];
  inventions: string[];
}

const items = (f: Partial<Facts>) => KEYS.flatMap((k) => ((f[k] ?? []) as unknown[]).map((v) => `${k}:${JSON.stringify(v)}`));

export function measure(): LanguageScore[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((file) => {
      const lang = file.replace('.jsonl', '');
      const score: LanguageScore = { lang, messages: 0, expected: 0, found: 0, invented: 0, misses: [], inventions: [] };
      for (const line of readFileSync(join(FIXTURE_DIR, file), 'utf8').split('\n').filter(Boolean)) {
        const { text, facts } = JSON.parse(line) as { text: string; facts: Partial<Facts> };
        score.messages++;
        const want = items(facts);
        const got = items(extractFacts(text, { language: lang }));
        score.expected += want.length;
        for (const w of want) {
          if (got.includes(w)) score.found++;
          else score.misses.push(`${w} in ${text}`);
        }
        for (const g of got) {
          if (want.includes(g)) continue;
          score.invented++;
          score.inventions.push(`${g} in ${text}`);
        }
      }
      return score;
    });
}

export function table(scores: LanguageScore[]): string {
  const rows = scores.map(
    (s) =>
      `${s.lang.padEnd(4)} ${String(s.messages).padStart(4)} ${String(s.expected).padStart(5)} ${((100 * s.found) / Math.max(1, s.expected)).toFixed(1).padStart(6)}% ${String(s.invented).padStart(4)}`,
  );
  return ['lang msgs facts  found  invented', ...rows].join('\n');
}
