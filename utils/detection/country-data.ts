/** Fixed tables for country inference: who speaks what, phone prefixes, currencies, postcodes. */

/**
 * Where buyers writing a language usually are, as shares. On Amazon the marketplace decides first;
 * these shares matter on AliExpress, whose biggest markets they roughly follow (BR before PT…).
 */
export const LANGUAGE_COUNTRIES: Record<string, Array<[string, number]>> = {
  en: [['US', 0.4], ['GB', 0.25], ['AU', 0.1], ['CA', 0.1], ['IE', 0.05], ['NZ', 0.05], ['IN', 0.05]],
  es: [['ES', 0.35], ['MX', 0.25], ['CL', 0.15], ['CO', 0.1], ['AR', 0.08], ['PE', 0.07]],
  pt: [['BR', 0.65], ['PT', 0.35]],
  fr: [['FR', 0.7], ['BE', 0.15], ['CA', 0.1], ['CH', 0.05]],
  de: [['DE', 0.75], ['AT', 0.15], ['CH', 0.1]],
  it: [['IT', 0.92], ['CH', 0.08]],
  nl: [['NL', 0.75], ['BE', 0.25]],
  pl: [['PL', 1]],
  ru: [['RU', 0.7], ['KZ', 0.12], ['BY', 0.1], ['UA', 0.08]],
  uk: [['UA', 1]],
  tr: [['TR', 1]],
  ar: [['SA', 0.35], ['AE', 0.25], ['EG', 0.15], ['MA', 0.1], ['KW', 0.05], ['QA', 0.05], ['JO', 0.05]],
  he: [['IL', 1]],
  ja: [['JP', 1]],
  ko: [['KR', 1]],
  zh: [['CN', 0.5], ['TW', 0.2], ['HK', 0.15], ['SG', 0.15]],
  id: [['ID', 1]],
  th: [['TH', 1]],
  vi: [['VN', 1]],
  el: [['GR', 0.9], ['CY', 0.1]],
};

/** Languages of each marketplace country, to weigh the message language by marketplace. */
export function countryLanguages(code: string): string[] {
  return Object.entries(LANGUAGE_COUNTRIES)
    .filter(([, list]) => list.some(([c]) => c === code))
    .map(([lang]) => lang);
}

/** ITU calling codes (longest first when matching). +1 and +7 are shared, so they weigh less. */
export const PHONE_PREFIXES: Record<string, string[]> = {
  '1': ['US', 'CA'], '7': ['RU', 'KZ'], '20': ['EG'], '27': ['ZA'], '30': ['GR'], '31': ['NL'], '32': ['BE'],
  '33': ['FR'], '34': ['ES'], '351': ['PT'], '353': ['IE'], '358': ['FI'], '359': ['BG'], '36': ['HU'], '370': ['LT'],
  '371': ['LV'], '372': ['EE'], '375': ['BY'], '380': ['UA'], '385': ['HR'], '39': ['IT'], '40': ['RO'], '41': ['CH'],
  '420': ['CZ'], '421': ['SK'], '43': ['AT'], '44': ['GB'], '45': ['DK'], '46': ['SE'], '47': ['NO'], '48': ['PL'],
  '49': ['DE'], '51': ['PE'], '52': ['MX'], '54': ['AR'], '55': ['BR'], '56': ['CL'], '57': ['CO'], '58': ['VE'],
  '593': ['EC'], '598': ['UY'], '60': ['MY'], '61': ['AU'], '62': ['ID'], '63': ['PH'], '64': ['NZ'], '65': ['SG'],
  '66': ['TH'], '81': ['JP'], '82': ['KR'], '84': ['VN'], '852': ['HK'], '86': ['CN'], '886': ['TW'], '90': ['TR'],
  '91': ['IN'], '92': ['PK'], '212': ['MA'], '213': ['DZ'], '216': ['TN'], '234': ['NG'], '962': ['JO'], '965': ['KW'],
  '966': ['SA'], '971': ['AE'], '972': ['IL'], '974': ['QA'],
};

export const EURO_COUNTRIES = new Set(['AT', 'BE', 'CY', 'DE', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PT', 'SI', 'SK']);

/** Currency marks that point at one country. Matched on the original text (case-sensitive codes). */
export const CURRENCIES: Array<[RegExp, string, string]> = [
  [/R\$|\bBRL\b|\breais\b/, 'BR', 'R$'],
  [/zł|\bPLN\b|\bzlotych\b|złotych/i, 'PL', 'zł'],
  [/₽|\bRUB\b|\bруб/i, 'RU', '₽'],
  [/₩|\bKRW\b|\d\s?원/, 'KR', '₩'],
  [/₺|\bTL\b|\bTRY\b/, 'TR', 'TL/₺'],
  [/\bAED\b|د\.إ|\bdirhams?\b/i, 'AE', 'AED'],
  [/\bSAR\b|ر\.س|ريال سعودي/, 'SA', 'SAR'],
  [/\bEGP\b|جنيه/, 'EG', 'EGP'],
  [/\bCHF\b|\bFr\.\s?\d/, 'CH', 'CHF'],
  [/\bMXN\b/, 'MX', 'MXN'],
  [/\bCLP\b/, 'CL', 'CLP'],
  [/\bCOP\b/, 'CO', 'COP'],
  [/\bARS\b/, 'AR', 'ARS'],
  [/\bPEN\b|\bS\/\s?\d/, 'PE', 'PEN'],
  [/₹|\bINR\b/, 'IN', '₹'],
  [/\bA\$|\bAUD\b/, 'AU', 'A$'],
  [/\bC\$|\bCAD\b/, 'CA', 'C$'],
  [/\bNZD\b|\bNZ\$/, 'NZ', 'NZ$'],
  [/\bSGD\b|\bS\$/, 'SG', 'S$'],
  [/\bSEK\b/, 'SE', 'SEK'],
  [/\bNOK\b/, 'NO', 'NOK'],
  [/\bDKK\b/, 'DK', 'DKK'],
  [/\bCZK\b|Kč/, 'CZ', 'Kč'],
  [/\bHUF\b|\bFt\b/, 'HU', 'HUF'],
  [/\bRON\b/, 'RO', 'RON'],
  [/₴|\bUAH\b|\bгрн\b/, 'UA', '₴'],
  [/₸|\bKZT\b|\bтенге\b/i, 'KZ', '₸'],
  [/₪|\bILS\b|\bNIS\b/, 'IL', '₪'],
  [/\bZAR\b/, 'ZA', 'ZAR'],
  [/£|\bGBP\b/, 'GB', '£'],
  [/\bUS\$|\bUSD\b/, 'US', 'US$'],
  [/\d\s?円|￥\s?\d|\bJPY\b/, 'JP', '円'],
  [/人民币|\bCNY\b|\bRMB\b|\d\s?元/, 'CN', 'CNY'],
];

/** Postcode shapes distinctive enough to mean a country (US/DE five digits are not). */
export const POSTCODES: Array<[RegExp, string, string]> = [
  [/\b(?:GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b/, 'GB', 'UK postcode'],
  [/\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d\b/, 'CA', 'Canadian postal code'],
  [/\bCEP:?\s?\d{5}-?\d{3}\b|\b\d{5}-\d{3}\b/i, 'BR', 'Brazilian CEP'],
  [/\b\d{4}-\d{3}\b/, 'PT', 'Portuguese postcode'],
  [/(?:^|[^\d-])\d{2}-\d{3}(?![\d-])/, 'PL', 'Polish postcode'],
  [/〒\s?\d{3}-?\d{4}/, 'JP', 'Japanese postcode'],
  [/\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b/, 'NL', 'Dutch postcode'],
];
