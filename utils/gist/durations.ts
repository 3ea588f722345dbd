/**
 * Durations: "25 days", "3 semanas", "два дня", "десять дней", "两周", "2週間", "한 달", "يومين". Only
 * hours, days, weeks and months; a number needs a time unit right after it, so a year ("2024") or a
 * bare count is never a duration. Runs last, on the folded text left after ids, dates and prices.
 */
import { HAN_NUMBER, NUMBER_WORDS, parseHanNumber } from './number-words';
import type { Duration, DurationUnit } from './types';

/** Unit words per language, folded (no accents, lower case). */
const UNITS: Record<string, Record<DurationUnit, string>> = {
  en: { hour: 'hours?|hrs?', day: '(?:business |working |calendar )?days?', week: 'weeks?|wks?', month: 'months?' },
  es: { hour: 'horas?', day: 'dias?(?: habiles)?', week: 'semanas?', month: 'mes(?:es)?' },
  pt: { hour: 'horas?', day: 'dias?(?: uteis)?', week: 'semanas?', month: 'mes(?:es)?' },
  fr: { hour: 'heures?', day: 'jours?(?: ouvres| ouvrables)?', week: 'semaines?', month: 'mois' },
  de: { hour: 'stunden?', day: 'tagen?|tage|tag|werktagen?|werktage', week: 'wochen?', month: 'monaten?|monate|monat' },
  it: { hour: 'ore|ora', day: 'giorni|giorno', week: 'settimane|settimana', month: 'mesi|mese' },
  nl: { hour: 'uur|uren', day: 'dagen|dag|werkdagen', week: 'weken|week', month: 'maanden|maand' },
  pl: { hour: 'godzin[ay]?|godzine', day: 'dni|dzien|dnia', week: 'tygodni[ea]?|tydzien', month: 'miesiecy|miesiace|miesiac|miesiaca' },
  ru: { hour: 'час(?:а|ов)?', day: 'дн(?:еи|я)|день', week: 'недел[юиья]|недель', month: 'месяц(?:а|ев)?' },
  tr: { hour: 'saat(?:tir|dir)?', day: 'gun(?:dur|dir|u|luk|den|de)?|is gunu', week: 'hafta(?:dir|lik|dan|da)?', month: 'ay(?:dir|lik|dan|da)?' },
  ar: { hour: 'ساعه|ساعات', day: 'يوما|يوم|ايام', week: 'اسبوعا|اسبوع|اسابيع', month: 'شهرا|شهر|اشهر|شهور' },
  ko: { hour: '시간', day: '일(?=\\s?(?:동안|째|간|이나|이상|넘|이 지|이 넘|전|후|만에|내|정도|이 됐|이 되))', week: '주일|주', month: '개월|달' },
};
const CJK_UNITS: Record<DurationUnit, string> = {
  hour: '(?:个|個)?小时|(?:个|個)?小時|時間',
  day: '天|日間|日(?=以上|経|も|前|後|以内|ほど|くらい|ぐらい)',
  week: '周|週間|週|(?:个|個)?星期|(?:个|個)?礼拜|(?:个|個)?禮拜',
  month: '(?:个|個)月|ヶ月|か月|カ月|ヵ月|ケ月|箇月',
};
/** Words that are a duration on their own. */
const WHOLE_WORDS: [RegExp, Duration][] = [
  [/(?<![\p{L}])fortnight(?![\p{L}])/u, { value: 2, unit: 'week' }],
  [/يومين/u, { value: 2, unit: 'day' }],
  [/اسبوعين/u, { value: 2, unit: 'week' }],
  [/شهرين/u, { value: 2, unit: 'month' }],
  [/ساعتين/u, { value: 2, unit: 'hour' }],
  [/하루/u, { value: 1, unit: 'day' }],
  [/이틀/u, { value: 2, unit: 'day' }],
  [/사흘/u, { value: 3, unit: 'day' }],
  [/나흘/u, { value: 4, unit: 'day' }],
  [/열흘/u, { value: 10, unit: 'day' }],
  [/보름/u, { value: 15, unit: 'day' }],
  [/일주일/u, { value: 1, unit: 'week' }],
];

const SPACED_LANGS = Object.keys(UNITS).filter((l) => l !== 'ko');
const unitAlternation = (pick: (u: Record<DurationUnit, string>) => string) => SPACED_LANGS.map((l) => pick(UNITS[l])).join('|');
const unitGroups = (units: Record<DurationUnit, string>) => (['hour', 'day', 'week', 'month'] as const).map((u) => `(${units[u]})`).join('|');
const allSpaced: Record<DurationUnit, string> = {
  hour: unitAlternation((u) => u.hour),
  day: unitAlternation((u) => u.day),
  week: unitAlternation((u) => u.week),
  month: unitAlternation((u) => u.month),
};
const NUMBER = '(\\d{1,3}(?:[.,]5)?)';
const DIGIT_SPACED = new RegExp(`(?=\\d)(?<![\\p{L}\\p{N}.,\\u0001])${NUMBER}\\s?-?(?:${unitGroups(allSpaced)})(?![\\p{L}])`, 'gu');
const DIGIT_KO = new RegExp(`(?=\\d)(?<![\\p{N}.,\\u0001])${NUMBER}\\s?(?:${unitGroups(UNITS.ko)})`, 'gu');
const DIGIT_CJK = new RegExp(`(?=\\d)(?<![\\p{N}.,\\u0001])${NUMBER}\\s?(?:${unitGroups(CJK_UNITS)})`, 'gu');
const HAN_CJK = new RegExp(`(?<![〇零一二两兩三四五六七八九十百千万第])(${HAN_NUMBER})(?:${unitGroups(CJK_UNITS)})`, 'gu');
// "twice a day", "once a week", "per month" are rates, not how long anything took.
const RATE_BEFORE = /(?:once|twice|thrice|times|per|every|each)\s+$/;
const WORD_PATTERNS = Object.entries(NUMBER_WORDS).map(([lang, words]) => {
  const units = UNITS[lang];
  const names = Object.keys(words).sort((a, b) => b.length - a.length);
  const left = lang === 'ko' ? '(?<![\\p{L}])' : '(?<![\\p{L}\\p{N}])';
  const right = lang === 'ko' || lang === 'tr' ? '' : '(?![\\p{L}])';
  return { lang, words, units: new RegExp(unitGroups(units), 'u'), re: new RegExp(`${left}(${names.join('|')})\\s+(?:${unitGroups(units)})${right}`, 'gu') };
});

const UNIT_ORDER: DurationUnit[] = ['hour', 'day', 'week', 'month'];
const unitOf = (m: RegExpExecArray, first: number): DurationUnit => UNIT_ORDER[[0, 1, 2, 3].find((i) => m[first + i] !== undefined) ?? 0];

/** `folded` is the message after foldPhrase, with claimed spans blanked. */
export function extractDurations(folded: string): Duration[] {
  const found: { at: number; d: Duration }[] = [];
  const add = (at: number, value: number, unit: DurationUnit) => {
    if (value > 0 && !found.some((f) => f.d.value === value && f.d.unit === unit)) found.push({ at, d: { value, unit } });
  };
  const run = (re: RegExp, value: (m: RegExpExecArray) => number | null) => {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const v = value(m);
      if (v !== null) add(m.index, v, unitOf(m, 2));
    }
  };
  const digits = (m: RegExpExecArray) => Number(m[1].replace(',', '.'));
  run(DIGIT_SPACED, digits);
  run(DIGIT_KO, digits);
  run(DIGIT_CJK, digits);
  run(HAN_CJK, (m) => parseHanNumber(m[1]));
  for (const { lang, words, units, re } of WORD_PATTERNS) {
    // Most messages carry no unit word of most languages: a cheap test skips those patterns.
    if (!units.test(folded)) continue;
    run(re, (m) => (lang === 'en' && (m[1] === 'a' || m[1] === 'an') && RATE_BEFORE.test(folded.slice(Math.max(0, m.index - 12), m.index)) ? null : words[m[1]]));
  }
  for (const [re, d] of WHOLE_WORDS) {
    const m = re.exec(folded);
    if (m) add(m.index, d.value, d.unit);
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.d);
}
