/**
 * Country candidates, each with the evidence behind it, fused as weighted votes. The agent's
 * override wins outright; then the page's own country field, the Amazon marketplace, explicit
 * statements ("I live in Chile"), phone prefixes, currencies, postcodes, flags and last the
 * language, weighed by where it is spoken and by the marketplace.
 */
import type { CountryCandidate, DetectionContext } from './types';
import { CURRENCIES, EURO_COUNTRIES, LANGUAGE_COUNTRIES, PHONE_PREFIXES, POSTCODES, countryLanguages } from './country-data';
import { countryNameIndex, KEY } from './country-names';
import { fold, tokenize } from './fold';

const W = { override: 100, page: 3, marketplace: 2, statement: 2.5, mention: 0.7, phone: 2, currency: 1.5, euro: 0.6, postcode: 1, flag: 1, language: 1.2, languageOnMarketplace: 1 };
/** Below this much evidence the best candidate is shown but not asserted. */
const MIN_EVIDENCE = 0.6;
/** Words just before a country name that make it a statement about where the buyer is. */
const RESIDENCE = new Set(
  (
    'live living lives from based located ship deliver send shipping delivery here vivo soy estoy resido enviar moro sou estou ' +
    'habite vis suis viens livrer wohne lebe komme bin nach abito sono spedire woon kom mieszkam jestem wysylka ' +
    'живу из нахожусь доставка ya iz zhivu yasiyorum اعيش ساكن انا'
  ).split(' '),
);
const CJK_RESIDENCE = /住在|我在|来自|來自|に住ん|から来|에 살|에서 살|살고/;
const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  es: 'Spanish',
  pt: 'Portuguese',
  fr: 'French',
  de: 'German',
  it: 'Italian',
  nl: 'Dutch',
  pl: 'Polish',
  ru: 'Russian',
  uk: 'Ukrainian',
  tr: 'Turkish',
  ar: 'Arabic',
  he: 'Hebrew',
  ja: 'Japanese',
  ko: 'Korean',
  zh: 'Chinese',
  id: 'Indonesian',
  th: 'Thai',
  vi: 'Vietnamese',
  el: 'Greek',
};

class Votes {
  private map = new Map<string, { score: number; reasons: string[] }>();
  add(code: string | null | undefined, weight: number, reason: string) {
    if (!code || !/^[A-Z]{2}$/.test(code) || weight <= 0) return;
    const v = this.map.get(code) ?? { score: 0, reasons: [] };
    v.score += weight;
    if (!v.reasons.includes(reason)) v.reasons.push(reason);
    this.map.set(code, v);
  }
  has(code: string) {
    return this.map.has(code);
  }
  codes() {
    return [...this.map.keys()];
  }
  entries() {
    return [...this.map.entries()];
  }
}

export interface CountryInput {
  text: string;
  flags: string[];
  language: string;
  languageConfidence: number;
  context: DetectionContext;
}

export function inferCountry({ text, flags, language, languageConfidence, context }: CountryInput): { country: string | null; countries: CountryCandidate[] } {
  const votes = new Votes();
  const override = context.overrideCountry?.toUpperCase();
  if (override) votes.add(override, W.override, 'set by agent');
  const page = context.pageCountry?.toUpperCase();
  if (page) votes.add(page, W.page, `country shown on the ${context.marketplace === 'aliexpress' ? 'AliExpress ' : ''}page`);
  const market = context.marketplaceCountry?.toUpperCase() ?? null;
  if (market) votes.add(market, W.marketplace, `Amazon marketplace ${market}`);

  mentions(text, votes);
  phones(text, votes);
  for (const [re, code, mark] of CURRENCIES) if (re.test(text)) votes.add(code, W.currency, `price in ${mark}`);
  for (const [re, code, label] of POSTCODES) {
    const m = text.match(re);
    if (m) votes.add(code, code === 'NL' ? W.postcode * 0.6 : W.postcode, `${label} ${m[0].trim()}`);
  }
  for (const code of flags) votes.add(code, W.flag, `flag emoji ${code}`);

  const languageName = LANGUAGE_NAMES[language] ?? language;
  if (language !== 'und') {
    if (market && countryLanguages(market).includes(language)) {
      votes.add(market, W.languageOnMarketplace * languageConfidence, `message in ${languageName}, a language of the ${market} marketplace`);
    } else {
      for (const [code, share] of LANGUAGE_COUNTRIES[language] ?? []) {
        votes.add(code, W.language * share * languageConfidence, `message in ${languageName}`);
      }
    }
  }
  if (/€|\bEUR\b|\beuros?\b/i.test(text)) {
    const euro = votes.codes().filter((c) => EURO_COUNTRIES.has(c));
    for (const code of euro) votes.add(code, W.euro, 'price in €');
  }

  const ranked = votes.entries().sort((a, b) => b[1].score - a[1].score);
  const total = ranked.reduce((s, [, v]) => s + v.score, 0) || 1;
  const countries = ranked.slice(0, 5).map(([code, v]) => ({ code, score: Math.round((v.score / total) * 1000) / 1000, reasons: v.reasons }));
  const top = ranked[0];
  return { country: top && top[1].score >= MIN_EVIDENCE ? top[0] : null, countries };
}

function mentions(text: string, votes: Votes) {
  const folded = fold(text);
  const tokens = tokenize(folded).map((t) => t.text);
  const { byFirst, substrings } = countryNameIndex();
  tokens.forEach((tok, i) => {
    const seen = new Set<string>();
    for (const name of byFirst.get(tok.slice(0, KEY)) ?? []) {
      if (seen.has(name.code) || !name.words.every((w, k) => inflectionOf(tokens[i + k], w))) continue;
      seen.add(name.code);
      const before = tokens.slice(Math.max(0, i - 3), i);
      const said = tokens.slice(i, i + name.words.length);
      const statement = before.some((b) => RESIDENCE.has(b)) || tokens[i + name.words.length] === 'yasiyorum';
      votes.add(name.code, statement ? W.statement : W.mention, statement ? `says where they are: "${[...before, ...said].join(' ')}"` : `mentions ${said.join(' ')}`);
    }
  });
  const flat = folded.replace(/\s+/g, '');
  const statement = CJK_RESIDENCE.test(flat);
  const seen = new Set<string>();
  for (const name of substrings) {
    if (seen.has(name.code) || !flat.includes(name.substring!)) continue;
    seen.add(name.code);
    votes.add(name.code, statement ? W.statement : W.mention, statement ? `says where they are (${name.display})` : `mentions ${name.display}`);
  }
}

/** "казахстана" is "казахстан" declined; allow a two-letter ending on names of 5+ letters. */
function inflectionOf(token: string | undefined, word: string): boolean {
  if (!token) return false;
  if (token === word) return true;
  return word.length >= 5 && token.startsWith(word.slice(0, -1)) && token.length - word.length <= 2;
}

function phones(text: string, votes: Votes) {
  for (const m of text.matchAll(/(?:\+|\b00)(\d{1,3})[\s-]?\(?\d/g)) {
    const digits = m[1];
    for (const len of [3, 2, 1]) {
      const codes = PHONE_PREFIXES[digits.slice(0, len)];
      if (!codes) continue;
      for (const code of codes) votes.add(code, W.phone / codes.length, `phone prefix +${digits.slice(0, len)}`);
      break;
    }
  }
}
