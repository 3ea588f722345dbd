/**
 * How buyers name a currency next to a price, per market. `YEN_OR_YUAN` is ¥, settled by the message's
 * language. Words that are also ordinary words next to a number ("2 pounds" of weight, "2 real problems")
 * are left out: a price that is not read is better than an invented one.
 */

export const YEN_OR_YUAN = '¥?';

/** Written before the number: "R$ 89,90", "US$20", "€12,50", "¥3,000". Longest first. */
export const PREFIX_SYMBOLS: [string, string][] = [
  ['CA$', 'CAD'],
  ['AU$', 'AUD'],
  ['MX$', 'MXN'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['US$', 'USD'],
  ['R$', 'BRL'],
  ['U$', 'USD'],
  ['C$', 'CAD'],
  ['A$', 'AUD'],
  ['S$', 'SGD'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', YEN_OR_YUAN],
  ['₽', 'RUB'],
  ['₺', 'TRY'],
  ['₩', 'KRW'],
  ['₹', 'INR'],
  ['zł', 'PLN'],
];

/** Written after the number, then a word boundary: "12,50 €", "20 dollars", "20 евро", "٢٠ ريال". Case-insensitive. */
export const SUFFIX_WORDS: [string, string][] = [
  ['€', 'EUR'],
  ['\\$', 'USD'],
  ['£', 'GBP'],
  ['¥', YEN_OR_YUAN],
  ['₽', 'RUB'],
  ['₺', 'TRY'],
  ['₩', 'KRW'],
  ['₹', 'INR'],
  ['euros?', 'EUR'],
  ['eur', 'EUR'],
  ['dollars?', 'USD'],
  ['bucks', 'USD'],
  ['d[oó]lares', 'USD'],
  ['dolar(?:[oó]w|y|a|[ıi])?', 'USD'],
  ['quid', 'GBP'],
  ['yen(?:es|s)?', 'JPY'],
  ['yuan', 'CNY'],
  ['reais', 'BRL'],
  ['pesos', 'MXN'],
  ['z[lł]', 'PLN'],
  ['z[lł]ot(?:ych|ówek|owek|e|y)', 'PLN'],
  ['lira(?:s|s[ıi])?', 'TRY'],
  ['tl', 'TRY'],
  ['avro', 'EUR'],
  ['руб(?:\\.|л[а-яё]*)?', 'RUB'],
  ['р\\.', 'RUB'],
  ['евро', 'EUR'],
  ['доллар[а-яё]*', 'USD'],
  ['rubles|roubles|rubli|rubel', 'RUB'],
  ['ريال(?:ا|ات)?', 'SAR'],
  ['ر\\.س', 'SAR'],
  ['درهم(?:ا)?|دراهم', 'AED'],
  ['د\\.إ', 'AED'],
  ['دولار(?:ا|ات)?', 'USD'],
  ['يورو', 'EUR'],
  ['جنيه(?:ا|ات)?', 'EGP'],
  ['دينار(?:ا)?', 'KWD'],
];

/** Written after the number with no space needed and words running on ("3000円です", "5만원이", "20块钱"). */
export const SUFFIX_CJK: [string, string][] = [
  ['美元', 'USD'],
  ['欧元', 'EUR'],
  ['歐元', 'EUR'],
  ['日元', 'JPY'],
  ['英镑', 'GBP'],
  ['人民币', 'CNY'],
  ['卢布', 'RUB'],
  ['ドル', 'USD'],
  ['ユーロ', 'EUR'],
  ['円', 'JPY'],
  ['元', 'CNY'],
  ['块', 'CNY'],
  ['塊', 'CNY'],
  ['달러', 'USD'],
  ['유로', 'EUR'],
  ['엔', 'JPY'],
  ['위안', 'CNY'],
  ['루블', 'RUB'],
  ['원', 'KRW'],
];

/** ISO codes, upper case only ("TRY", "CAD" and "SAR" are words in lower case). Before or after the number. */
export const CODES = ['EUR', 'USD', 'GBP', 'JPY', 'CNY', 'RMB', 'BRL', 'MXN', 'PLN', 'RUB', 'TRY', 'SAR', 'AED', 'KRW', 'CAD', 'AUD', 'CHF', 'SEK', 'NOK', 'DKK', 'INR', 'EGP', 'CZK', 'HUF'];
export const CODE_ALIASES: Record<string, string> = { RMB: 'CNY' };
