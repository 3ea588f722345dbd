/**
 * Where in a many-zoned country the buyer is, from what they wrote: a state, province or city name (or a
 * US/CA/AU state code beside a postcode). Region-level evidence only; nothing is stored. Countries not
 * listed here, or text naming no region, get the whole range of the country's zones.
 */
type RegionTable = [RegExp, string][];

const z = (zone: string, ...names: string[]): [RegExp, string] => [new RegExp(`(?<![\\p{L}])(?:${names.join('|')})(?![\\p{L}])`, 'iu'), zone];
/** A state code only counts beside a postcode ("Austin, TX 78701"), where it can't be an ordinary word. */
const code = (zone: string, codes: string, postcode: string): [RegExp, string] => [new RegExp(`\\b(?:${codes})\\s*,?\\s*${postcode}\\b`), zone];

const US: RegionTable = [
  z(
    'America/New_York',
    'New York',
    'NYC',
    'Brooklyn',
    'Boston',
    'Massachusetts',
    'Florida',
    'Miami',
    'Georgia',
    'Atlanta',
    'Pennsylvania',
    'Philadelphia',
    'New Jersey',
    'Ohio',
    'Michigan',
    'Detroit',
    'Virginia',
    'Carolina',
    'Maryland',
    'Connecticut',
    'Washington,? D\\.?C\\.?',
    'Maine',
    'Vermont',
    'New Hampshire',
    'Delaware',
    'Indiana',
    'Kentucky',
  ),
  z(
    'America/Chicago',
    'Chicago',
    'Illinois',
    'Texas',
    'Houston',
    'Dallas',
    'Austin',
    'San Antonio',
    'Minnesota',
    'Minneapolis',
    'Wisconsin',
    'Missouri',
    'Iowa',
    'Kansas',
    'Oklahoma',
    'Louisiana',
    'New Orleans',
    'Alabama',
    'Tennessee',
    'Nashville',
    'Mississippi',
    'Arkansas',
    'Nebraska',
  ),
  z('America/Denver', 'Colorado', 'Denver', 'Utah', 'Salt Lake', 'New Mexico', 'Wyoming', 'Montana', 'Idaho'),
  z('America/Phoenix', 'Arizona', 'Phoenix', 'Tucson'),
  z('America/Los_Angeles', 'California', 'Los Angeles', 'San Francisco', 'San Diego', 'San Jose', 'Seattle', 'Washington State', 'Oregon', 'Portland', 'Nevada', 'Las Vegas'),
  z('America/Anchorage', 'Alaska', 'Anchorage'),
  z('Pacific/Honolulu', 'Hawaii', 'Honolulu'),
  code('America/New_York', 'NY|MA|FL|GA|PA|NJ|OH|MI|VA|NC|SC|MD|CT|DC|ME|VT|NH|DE|IN|KY|RI|WV', '\\d{5}'),
  code('America/Chicago', 'IL|TX|MN|WI|MO|IA|KS|OK|LA|AL|TN|MS|AR|NE|ND|SD', '\\d{5}'),
  code('America/Denver', 'CO|UT|NM|WY|MT|ID', '\\d{5}'),
  code('America/Phoenix', 'AZ', '\\d{5}'),
  code('America/Los_Angeles', 'CA|WA|OR|NV', '\\d{5}'),
];

const CA: RegionTable = [
  z('America/Toronto', 'Ontario', 'Toronto', 'Ottawa', 'Québec', 'Quebec', 'Montréal', 'Montreal'),
  z('America/Vancouver', 'British Columbia', 'Vancouver', 'Victoria'),
  z('America/Edmonton', 'Alberta', 'Calgary', 'Edmonton'),
  z('America/Winnipeg', 'Manitoba', 'Winnipeg'),
  z('America/Regina', 'Saskatchewan', 'Regina', 'Saskatoon'),
  z('America/Halifax', 'Nova Scotia', 'Halifax', 'New Brunswick'),
  z('America/St_Johns', 'Newfoundland', "St\\.? John's"),
];

const AU: RegionTable = [
  z('Australia/Sydney', 'New South Wales', 'NSW', 'Sydney', 'Canberra', 'ACT'),
  z('Australia/Melbourne', 'Victoria', 'VIC', 'Melbourne'),
  z('Australia/Brisbane', 'Queensland', 'QLD', 'Brisbane', 'Gold Coast'),
  z('Australia/Adelaide', 'South Australia', 'Adelaide'),
  z('Australia/Perth', 'Western Australia', 'Perth'),
  z('Australia/Darwin', 'Northern Territory', 'Darwin'),
  z('Australia/Hobart', 'Tasmania', 'Hobart'),
];

const RU: RegionTable = [
  z('Europe/Moscow', 'Moscow', 'Москва', 'Москве', 'Moskva', 'St\\.? Petersburg', 'Санкт-Петербург', 'Петербург', 'Питер', 'Kazan', 'Казань', 'Казани', 'Нижний Новгород', 'Воронеж', 'Ростов'),
  z('Europe/Kaliningrad', 'Kaliningrad', 'Калининград'),
  z('Europe/Samara', 'Samara', 'Самара', 'Самаре', 'Ижевск'),
  z('Asia/Yekaterinburg', 'Yekaterinburg', 'Екатеринбург', 'Челябинск', 'Пермь', 'Тюмень', 'Уфа'),
  z('Asia/Omsk', 'Omsk', 'Омск'),
  z('Asia/Novosibirsk', 'Novosibirsk', 'Новосибирск', 'Барнаул', 'Томск'),
  z('Asia/Krasnoyarsk', 'Krasnoyarsk', 'Красноярск', 'Кемерово'),
  z('Asia/Irkutsk', 'Irkutsk', 'Иркутск'),
  z('Asia/Yakutsk', 'Yakutsk', 'Якутск'),
  z('Asia/Vladivostok', 'Vladivostok', 'Владивосток', 'Хабаровск'),
];

const BR: RegionTable = [
  z(
    'America/Sao_Paulo',
    'São Paulo',
    'Sao Paulo',
    'Rio de Janeiro',
    'Minas Gerais',
    'Belo Horizonte',
    'Paraná',
    'Curitiba',
    'Santa Catarina',
    'Rio Grande do Sul',
    'Porto Alegre',
    'Brasília',
    'Brasilia',
    'Goiás',
    'Goiania',
  ),
  z('America/Bahia', 'Bahia', 'Salvador'),
  z('America/Fortaleza', 'Ceará', 'Ceara', 'Fortaleza'),
  z('America/Recife', 'Pernambuco', 'Recife'),
  z('America/Belem', 'Pará', 'Belém', 'Belem'),
  z('America/Manaus', 'Amazonas', 'Manaus'),
  z('America/Cuiaba', 'Mato Grosso', 'Cuiabá', 'Cuiaba'),
];

const TABLES: Record<string, RegionTable> = { US, CA, AU, RU, BR };

/** The zone the buyer's words place them in, if the country has a table and the text names a region. */
export function regionZone(country: string, texts: readonly string[]): string | null {
  const table = TABLES[country];
  if (!table) return null;
  for (const text of texts) for (const [pattern, zone] of table) if (pattern.test(text)) return zone;
  return null;
}

export interface BuyerClock {
  /** One zone (the country has one, or the text placed the buyer), else the country's extremes now. */
  zones: string[];
  /** The zone came from what the buyer wrote. */
  fromText: boolean;
}

function offsetMinutes(zone: string, now: Date): number {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(now);
    const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return Math.round((Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute')) - now.getTime()) / 60000);
  } catch {
    return Number.NaN;
  }
}

/**
 * Which clocks to show for a buyer: the zone their words place them in, the country's only offset, or —
 * unknown — its earliest and latest (US: Eastern to Pacific mainland; Alaska and Hawaii only when named).
 * `mainland` trims a country's outlying zones (listed after the main ones in the profile) from the range.
 */
export function buyerClock(country: string, timeZones: readonly string[], texts: readonly string[], now: Date): BuyerClock {
  const named = regionZone(country, texts);
  if (named) return { zones: [named], fromText: true };
  const main = country === 'US' ? timeZones.filter((z) => z !== 'America/Anchorage' && z !== 'Pacific/Honolulu') : timeZones;
  const known = main.map((zone) => ({ zone, offset: offsetMinutes(zone, now) })).filter((z) => !Number.isNaN(z.offset));
  if (!known.length) return { zones: timeZones.slice(0, 1), fromText: false };
  const east = known.reduce((a, b) => (b.offset > a.offset ? b : a));
  const west = known.reduce((a, b) => (b.offset < a.offset ? b : a));
  return { zones: east.offset === west.offset ? [east.zone] : [east.zone, west.zone], fromText: false };
}
