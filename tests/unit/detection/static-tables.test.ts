/** The detector's build-time tables: what the runtime's lookups rely on. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLDR_COUNTRY_NAMES } from '@/utils/detection/country-names-data';
import { cldrCountryNames, COUNTRIES, NAME_LANGUAGES } from '@/utils/detection/country-names';
import { SHARED_GRAMS } from '@/utils/detection/langid-model';

describe('langid model', () => {
  it('keeps the shared grams sorted, as the binary search over them assumes', () => {
    const grams = SHARED_GRAMS.split('|').map((record) => record.replace(/[A-Z].*$/, ''));
    const unsorted = grams.findIndex((g, i) => i > 0 && !(grams[i - 1] < g));
    expect(unsorted).toBe(-1);
    expect(grams.length).toBeGreaterThan(30000);
  });
});

describe('country names captured from CLDR', () => {
  it('name every market, in English and in other languages', () => {
    for (const code of COUNTRIES) {
      const names = CLDR_COUNTRY_NAMES.filter(([c]) => c === code).map(([, n]) => n);
      expect(names.length, code).toBeGreaterThanOrEqual(3);
      expect(names).toContain(new Intl.DisplayNames(['en'], { type: 'region' }).of(code));
    }
  });

  it('match what this runtime says when its CLDR is the one they were captured from', () => {
    const header = readFileSync(join(process.cwd(), 'utils/detection/country-names-data.ts'), 'utf8').match(/from CLDR (\S+)/)?.[1];
    if (header !== process.versions.cldr) return; // regenerate with utils/detection/tools/build-country-names.ts
    const fresh = new Set(cldrCountryNames().map(([c, n]) => `${c}:${n}`));
    expect(new Set(CLDR_COUNTRY_NAMES.map(([c, n]) => `${c}:${n}`))).toEqual(fresh);
    expect(NAME_LANGUAGES.length).toBeGreaterThan(10);
  });
});
