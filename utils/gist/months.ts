/** Month names in the template languages (with the genitive forms Slavic dates use), 1-based. */

export const MONTH_NAMES: Record<string, string[]> = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre|setiembre', 'octubre', 'noviembre', 'diciembre'],
  pt: ['janeiro', 'fevereiro', 'março|marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  fr: ['janvier', 'février|fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août|aout', 'septembre', 'octobre', 'novembre', 'décembre|decembre'],
  de: ['januar|jänner|janner', 'februar', 'märz|maerz|marz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pl: [
    'stycznia|styczeń|styczen',
    'lutego|luty',
    'marca|marzec',
    'kwietnia|kwiecień|kwiecien',
    'maja|maj',
    'czerwca|czerwiec',
    'lipca|lipiec',
    'sierpnia|sierpień|sierpien',
    'września|wrzesnia|wrzesień|wrzesien',
    'października|pazdziernika|październik|pazdziernik',
    'listopada|listopad',
    'grudnia|grudzień|grudzien',
  ],
  ru: [
    'января|январь',
    'февраля|февраль',
    'марта|март',
    'апреля|апрель',
    'мая|май',
    'июня|июнь',
    'июля|июль',
    'августа|август',
    'сентября|сентябрь',
    'октября|октябрь',
    'ноября|ноябрь',
    'декабря|декабрь',
  ],
  tr: ['ocak', 'şubat|subat', 'mart', 'nisan', 'mayıs|mayis', 'haziran', 'temmuz', 'ağustos|agustos', 'eylül|eylul', 'ekim', 'kasım|kasim', 'aralık|aralik'],
  ar: [
    'يناير|كانون الثاني',
    'فبراير|شباط',
    'مارس|آذار',
    'أبريل|ابريل|نيسان',
    'مايو|أيار',
    'يونيو|يونيه|حزيران',
    'يوليو|يوليه|تموز',
    'أغسطس|اغسطس|آب',
    'سبتمبر|أيلول',
    'أكتوبر|اكتوبر|تشرين الأول',
    'نوفمبر|تشرين الثاني',
    'ديسمبر|كانون الأول',
  ],
};

/** English abbreviations, only before a day number ("Mar 5"): alone they are ordinary words. */
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sept|sep', 'oct', 'nov', 'dec'];

/** name (lower case) -> month number, over every language. */
export function monthIndex(): Map<string, number> {
  const index = new Map<string, number>();
  for (const names of Object.values(MONTH_NAMES)) names.forEach((alts, i) => alts.split('|').forEach((n) => index.set(n, i + 1)));
  return index;
}
