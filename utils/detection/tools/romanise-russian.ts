/**
 * Russian written in Latin letters the two ways buyers type it: a scholarly-ish one ("khorosho", "tsena",
 * "zhdu") and a chat one ("horosho", "cena", "jdu"). Used by the langid generators to learn what romanised
 * Russian looks like ("privet, gde moy zakaz").
 */
const ROMAN: Record<string, [string, string]> = {
  а: ['a', 'a'],
  б: ['b', 'b'],
  в: ['v', 'v'],
  г: ['g', 'g'],
  д: ['d', 'd'],
  е: ['e', 'e'],
  ё: ['yo', 'e'],
  ж: ['zh', 'j'],
  з: ['z', 'z'],
  и: ['i', 'i'],
  й: ['y', 'i'],
  к: ['k', 'k'],
  л: ['l', 'l'],
  м: ['m', 'm'],
  н: ['n', 'n'],
  о: ['o', 'o'],
  п: ['p', 'p'],
  р: ['r', 'r'],
  с: ['s', 's'],
  т: ['t', 't'],
  у: ['u', 'u'],
  ф: ['f', 'f'],
  х: ['kh', 'h'],
  ц: ['ts', 'c'],
  ч: ['ch', 'ch'],
  ш: ['sh', 'sh'],
  щ: ['shch', 'sch'],
  ъ: ['', ''],
  ы: ['y', 'i'],
  ь: ['', ''],
  э: ['e', 'e'],
  ю: ['yu', 'ju'],
  я: ['ya', 'ja'],
};

/** The word in Latin letters, or undefined when it has a letter that is not Russian. */
export function romaniseRussian(word: string, variant: 0 | 1): string | undefined {
  let out = '';
  for (const ch of word) {
    const r = ROMAN[ch];
    if (!r) return undefined;
    out += r[variant];
  }
  return out;
}
