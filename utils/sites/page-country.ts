/**
 * The buyer's country as a marketplace page labels it: a flag emoji, an ISO code, or an English/Chinese
 * country name (any region Intl knows). Buyers' own words are read by utils/detection/country-names.ts.
 */
import { flagToCode, REGIONAL_INDICATORS } from '@/utils/patterns/flags';

let byName: Map<string, string> | null = null;

function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const en = new Intl.DisplayNames(['en'], { type: 'region' });
  const zh = new Intl.DisplayNames(['zh'], { type: 'region' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      for (const display of [en, zh]) {
        const name = display.of(code);
        // First code wins: "France" is FR, not the retired FX (Metropolitan France) that Intl also names so.
        if (name && name !== code && !byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), code);
      }
    }
  }
  for (const [alias, code] of [
    ['russia', 'RU'],
    ['usa', 'US'],
    ['uk', 'GB'],
    ['korea', 'KR'],
    ['south korea', 'KR'],
    ['czech republic', 'CZ'],
  ] as const)
    byName.set(alias, code);
  return byName;
}

export function countryCodeFrom(...texts: (string | null | undefined)[]): string | null {
  for (const raw of texts) {
    const text = (raw ?? '').trim();
    if (!text) continue;
    const flag = flagToCode(text);
    if (flag) return flag;
    if (/^[A-Z]{2}$/.test(text)) return text;
    const plain = text.replace(REGIONAL_INDICATORS, '').trim().toLowerCase();
    const code = names().get(plain);
    if (code) return code;
  }
  return null;
}
