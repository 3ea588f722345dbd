/** The detector's build-time tables: what the runtime's lookups rely on. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLDR_COUNTRY_NAMES } from '@/utils/detection/country-names-data';
import { cldrCountryNames, COUNTRIES, NAME_LANGUAGES } from '@/utils/detection/country-names';
import { langChar, languageIndexOfCode, NEIGHBOUR_GROUPS, NGRAM_LANGUAGES, SCORE_ALPHABET } from '@/utils/detection/langid-encoding';
import { SHARED_GRAMS, UNIQUE_GRAMS } from '@/utils/detection/langid-model';
import { NEIGHBOUR_WORDS } from '@/utils/detection/langid-words-model';

describe('langid model', () => {
  it('keeps the shared grams sorted, as the binary search over them assumes', () => {
    // A record is a gram, then (language character, score letter) pairs; language characters are A-Z and 0-9.
    const grams = SHARED_GRAMS.split('|').map((record) => record.replace(/[A-Z0-9].*$/, ''));
    const unsorted = grams.findIndex((g, i) => i > 0 && !(grams[i - 1] < g));
    expect(unsorted).toBe(-1);
    expect(grams.length).toBeGreaterThan(30000);
  });

  it('packs each shared record as pairs of a known language and a score level', () => {
    const bad = SHARED_GRAMS.split('|').find((record) => {
      const payload = record.slice(record.search(/[A-Z0-9]/));
      if (record.search(/[A-Z0-9]/) < 1 || payload.length % 2) return true;
      for (let k = 0; k < payload.length; k += 2) {
        if (languageIndexOfCode(payload.charCodeAt(k)) >= NGRAM_LANGUAGES.length || !SCORE_ALPHABET.includes(payload[k + 1])) return true;
      }
      return false;
    });
    expect(bad).toBeUndefined();
  });

  it('lists unique grams as "|"-joined strings of n-gram languages, the form the reader splits', () => {
    for (const [lang, grams] of Object.entries(UNIQUE_GRAMS)) {
      expect(NGRAM_LANGUAGES as readonly string[]).toContain(lang);
      expect(typeof grams).toBe('string');
      expect(
        grams.split('|').every((g) => g.length >= 1 && g.length <= 5 && !/[A-Z0-9|]/.test(g)),
        lang,
      ).toBe(true);
    }
    // Every n-gram language can be voted for by its own grams, the trained ones (ca, ms) included.
    const scored = new Set(SHARED_GRAMS.match(/[A-Z0-9]/g));
    for (const lang of NGRAM_LANGUAGES) expect(UNIQUE_GRAMS[lang] !== undefined || scored.has(langChar(lang)), lang).toBe(true);
  });

  it('gives every neighbour group a word table with one log-probability letter per language', () => {
    for (const group of NEIGHBOUR_GROUPS) {
      const records = NEIGHBOUR_WORDS[group.join(' ')]?.split('|') ?? [];
      expect(records.length, group.join(' ')).toBeGreaterThan(500);
      const bad = records.find((r) => {
        const word = r.slice(0, r.length - group.length);
        return !/^[\p{L}\p{M}]{2,}$/u.test(word) || [...r.slice(word.length)].some((c) => !SCORE_ALPHABET.includes(c));
      });
      expect(bad, group.join(' ')).toBeUndefined();
    }
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
