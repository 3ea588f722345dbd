/**
 * Country names in the buyers' languages, from CLDR (Intl.DisplayNames, captured at build time in
 * country-names-data.ts: asking Intl for 1,100 names costs a cold service worker ~30 ms), plus the
 * inflected forms Slavic languages use after "in"/"from".
 */
import { fold, UNSPACED } from './fold';
import { CLDR_COUNTRY_NAMES } from './country-names-data';

/** Markets worth naming: a shorter list keeps false hits ("Chad", "Jordan") out. */
export const COUNTRIES = (
  'US CA MX BR AR CL CO PE UY EC VE GB IE FR BE NL LU DE AT CH IT ES PT PL CZ SK HU RO BG GR HR SI RS ' +
  'UA BY RU KZ UZ LT LV EE FI SE NO DK IS TR IL SA AE QA KW OM BH JO EG MA DZ TN ZA NG IN PK BD CN HK TW JP KR ' +
  'SG MY TH VN ID PH AU NZ'
).split(' ');
export const NAME_LANGUAGES = ['en', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'ru', 'tr', 'ar', 'ja', 'ko', 'zh', 'uk'];

/** Forms Intl does not give: locatives and genitives after "in"/"from", common short names. */
const EXTRA: Record<string, string[]> = {
  US: ['usa', 'america', 'eeuu', 'ee uu', 'estados unidos', 'сша', 'америке', 'америки', 'stanach zjednoczonych', 'ameryce', 'abd', '美国', 'アメリカ', '미국'],
  GB: ['uk', 'england', 'britain', 'scotland', 'wales', 'inglaterra', 'angleterre', 'inghilterra', 'engeland', 'anglii', 'англии', 'ingiltere'],
  DE: ['niemczech', 'германии', 'almanya'],
  FR: ['francji', 'франции'],
  ES: ['hiszpanii', 'испании'],
  IT: ['wloszech', 'италии'],
  PL: ['polsce', 'польше'],
  NL: ['holland', 'holanda', 'hollande', 'holandii', 'голландии', 'нидерландах'],
  CZ: ['czechach', 'czechia', 'чехии'],
  UA: ['ukrainie', 'украине', 'украины', 'україні'],
  RU: ['rosji', 'россии', 'rossii', 'rossiya'],
  KZ: ['kazakhstane', 'kazakhstana', 'казахстане', 'казахстана', 'kazachstanie'],
  BY: ['белоруссии', 'беларуси', 'belarusi', 'bialorusi'],
  KR: ['korea', 'south korea', '韩国', '韓国'],
  AE: ['uae', 'emirates', 'dubai', 'الامارات', 'دبي'],
  SA: ['ksa', 'saudi', 'السعوديه'],
  TR: ['turkiye', 'турции'],
  BR: ['brasil'],
  MX: ['méxico'],
  BE: ['belgii', 'бельгии'],
  AT: ['austrii', 'австрии'],
  CH: ['szwajcarii', 'швейцарии'],
};

export interface CountryName {
  code: string;
  /** Folded words of the name, or the folded string for unspaced scripts. */
  words: string[];
  substring?: string;
  display: string;
}

/** Names are looked up by their first letters, then checked allowing a short inflection ending. */
export const KEY = 4;

let cache: { byFirst: Map<string, CountryName[]>; substrings: CountryName[] } | null = null;

/** CLDR's name of each market in each name language (what utils/detection/tools/build-country-names.ts captures). */
export function cldrCountryNames(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const lang of NAME_LANGUAGES) {
    let dn: Intl.DisplayNames;
    try {
      dn = new Intl.DisplayNames([lang], { type: 'region' });
    } catch {
      continue;
    }
    for (const code of COUNTRIES) {
      const name = dn.of(code);
      if (name && name !== code) out.push([code, name]);
    }
  }
  return out;
}

function names(): ReadonlyArray<readonly [string, string]> {
  return [...CLDR_COUNTRY_NAMES, ...Object.entries(EXTRA).flatMap(([code, list]) => list.map((n) => [code, n] as const))];
}

export function countryNameIndex() {
  if (cache) return cache;
  const byFirst = new Map<string, CountryName[]>();
  const substrings: CountryName[] = [];
  const seen = new Set<string>();
  for (const [code, display] of names()) {
    const f = fold(display)
      .replace(/[().,'’-]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (!f || seen.has(code + f)) continue;
    seen.add(code + f);
    if (UNSPACED.test(f)) {
      substrings.push({ code, words: [], substring: f.replace(/ /g, ''), display });
      continue;
    }
    const words = f.split(' ');
    const entry = { code, words, display };
    const key = words[0].slice(0, KEY);
    const list = byFirst.get(key) ?? [];
    list.push(entry);
    byFirst.set(key, list);
  }
  cache = { byFirst, substrings };
  return cache;
}
