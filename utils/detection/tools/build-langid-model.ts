/**
 * Regenerates utils/detection/langid-model.ts from tinyld's "heavy" n-gram profile (MIT,
 * © Kevin Destrem / Komodo), pruned to the languages that need n-grams (those sharing the Latin or
 * Cyrillic script with another of ours) and re-encoded compactly, plus profiles for the languages
 * tinyld lacks (Catalan, Malay), built the way tinyld builds its own from our training text in
 * utils/detection/tools/langid-training/<lang>.txt (sentences written for Tact).
 * Run: npx tsx utils/detection/tools/build-langid-model.ts --frequency-words <FrequencyWords checkout>/content/2018
 * (the FrequencyWords lists give the Latin-script profile of romanised Russian; without them it is left out)
 * (needs the tinyld devDependency; the runtime never imports tinyld).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { romaniseRussian } from './romanise-russian';
import { NGRAM_LANGUAGES, SCORE_ALPHABET, SCORE_MAX, langChar, quantiseScore } from '@/utils/detection/langid-encoding';

interface TinyldProfile {
  uniques: Record<string, string | number>;
  multiples: Record<string, string>;
}

const TRAINING_DIR = 'utils/detection/tools/langid-training';
/** tinyld's codes that are not our ISO 639-1 ones. */
const RENAME: Record<string, string> = { no: 'nb' };
/**
 * A unique gram of another language found in a training text is not unique any more: it becomes a
 * shared gram with this score for its old language (tinyld's uniques are among its most frequent grams).
 */
const DEMOTED_UNIQUE_SCORE = 900;
/** Romanised Russian: words taken, repetitions of the most frequent, and how much its scores count (romanised text is a minority of Russian buyers' messages). */
const ROMANISED_WORDS = 5000;
const ROMANISED_REPEAT = 200;
const ROMANISED_WEIGHT = 0.5;
/** A training gram must occur this often to count (tinyld asks 10 of its far larger corpus). */
const MIN_COUNT = 2;

async function loadHeavyProfile(file: string) {
  // tinyld keeps its profile private; expose it by rewriting the bundle's export list.
  const source = readFileSync(file, 'utf8');
  const exposed = source.replace(/export\{[^}]*\};?\s*$/, 'export {T as profile, B as languages, X as idToIso3};');
  if (exposed === source) throw new Error(`unexpected tinyld bundle layout in ${file}`);
  const dir = mkdtempSync(join(tmpdir(), 'tact-langid-'));
  const tmp = join(dir, 'tinyld-heavy.mjs');
  writeFileSync(tmp, exposed);
  const mod = (await import(pathToFileURL(tmp).href)) as {
    profile: TinyldProfile;
    languages: Record<string, { code: string }>;
    idToIso3: Record<string, string>;
  };
  rmSync(dir, { recursive: true, force: true });
  return mod;
}

/** Same cleaning as tinyld's trainer and our runtime: lower case, no punctuation or digits. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[`~!@#$%^&*()_|+\-=?;:'",.<>{}[\]\\/¡¿«»„“”…–—]/g, ' ')
    .replace(/[0-9]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** Grams of a word: substrings of " word " of length n except a lone space, as the runtime reads them. */
function gramsOf(word: string, n: number): string[] {
  const t = ` ${word} `;
  const out: string[] = [];
  for (let i = 0; i + n <= t.length; i++) {
    const g = t.slice(i, i + n);
    if (g !== ' ') out.push(g);
  }
  return out;
}

/**
 * tinyld's scoring of a language's grams: per gram length, count relative to the most frequent gram
 * of that length, v, scored 1024 · (1 − (1 − v)²). Shared grams are compared without accents.
 */
function trainProfile(text: string): Map<string, number> {
  const scores = new Map<string, number>();
  const ws = words(text);
  for (let n = 1; n <= 5; n++) {
    const counts = new Map<string, number>();
    for (const w of ws) for (const g of gramsOf(w, n)) counts.set(g, (counts.get(g) ?? 0) + 1);
    const max = Math.max(...counts.values());
    for (const [g, c] of counts) {
      if (c < MIN_COUNT) continue;
      const v = c / max;
      const score = Math.round(1024 * (1 - (1 - v) * (1 - v)));
      if (score > 1) scores.set(g, score);
    }
  }
  return scores;
}

/** Letters of Vietnamese that none of our other Latin-script languages writes. */
const VIETNAMESE_LETTER = /[ăđơư\u1EA0-\u1EF9]/;

/** Top Russian words romanised both ways, each repeated by its frequency (top word ROMANISED_REPEAT times). */
function romanisedRussianText(dir: string): string {
  const rows = readFileSync(join(dir, 'ru', 'ru_50k.txt'), 'utf8')
    .split('\n')
    .slice(0, ROMANISED_WORDS)
    .map((l) => l.trim().split(' '))
    .filter(([w, n]) => w && Number(n) > 0);
  const top = Number(rows[0][1]);
  const out: string[] = [];
  for (const [w, n] of rows) {
    const times = Math.max(2, Math.round((ROMANISED_REPEAT * Number(n)) / top));
    for (const variant of [0, 1] as const) {
      const r = romaniseRussian(w.toLowerCase(), variant);
      if (r) for (let i = 0; i < times; i++) out.push(r);
    }
  }
  return out.join(' ');
}

const stripMarks = (g: string) => g.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--frequency-words');
  const frequencyDir = at >= 0 ? args.splice(at, 2)[1] : undefined;
  if (frequencyDir && !existsSync(join(frequencyDir, 'ru', 'ru_50k.txt'))) throw new Error(`--frequency-words: no ru/ru_50k.txt under ${frequencyDir}`);
  const file = args[0] ?? 'node_modules/tinyld/dist/tinyld.heavy.node.mjs';
  const { profile, languages, idToIso3 } = await loadHeavyProfile(file);
  const iso1 = (id: number) => {
    const code = languages[idToIso3[id]]?.code;
    return code && (RENAME[code] ?? code);
  };
  const wanted = new Set<string>(NGRAM_LANGUAGES);
  /** Grams with an upper-case ASCII letter or a digit cannot occur at run time and would break the record format. */
  const usable = (g: string) => !/[A-Z0-9|]/.test(g);

  /** gram (accents stripped, as tinyld stores them) → language → score. */
  const shared = new Map<string, Map<string, number>>();
  const uniques = new Map<string, string>();
  for (const [gram, id] of Object.entries(profile.uniques)) {
    const lang = iso1(parseInt(String(id), 36));
    if (!lang || !wanted.has(lang) || !usable(gram)) continue;
    // A Vietnamese "unique" gram spelt only with letters Catalan, Italian or Portuguese also write (" cò", " bè")
    // was unique among tinyld's languages, not ours; Vietnamese words keep their own letters to go by.
    if (lang === 'vi' && !VIETNAMESE_LETTER.test(gram)) continue;
    uniques.set(gram, lang);
  }
  for (const [gram, packed] of Object.entries(profile.multiples)) {
    if (!usable(gram)) continue;
    for (const part of packed.match(/.{4}/g) ?? []) {
      const lang = iso1(parseInt(part.slice(0, 2), 36));
      if (!lang || !wanted.has(lang)) continue;
      let entry = shared.get(gram);
      if (!entry) shared.set(gram, (entry = new Map()));
      entry.set(lang, parseInt(part.slice(2), 36));
    }
  }

  // Our own profiles for the languages tinyld does not have.
  const trained: string[] = [];
  for (const name of readdirSync(TRAINING_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const lang = name.replace(/\.txt$/, '');
    if (!wanted.has(lang)) throw new Error(`${name}: ${lang} is not an n-gram language`);
    const scores = trainProfile(readFileSync(join(TRAINING_DIR, name), 'utf8'));
    trained.push(`${lang} (${scores.size} grams)`);
    for (const [gram, score] of scores) {
      // Another language's unique gram seen in this language is shared between the two from now on.
      const owner = uniques.get(gram);
      if (owner && owner !== lang) {
        uniques.delete(gram);
        const key = stripMarks(gram);
        let entry = shared.get(key);
        if (!entry) shared.set(key, (entry = new Map()));
        entry.set(owner, Math.max(entry.get(owner) ?? 0, DEMOTED_UNIQUE_SCORE));
        entry.set(lang, Math.max(entry.get(lang) ?? 0, score));
        continue;
      }
      // Only grams tinyld also scores for other languages: a gram it left out may be one too common to
      // tell anything (tinyld drops grams of more than a dozen languages), and ours alone would claim it.
      const entry = shared.get(stripMarks(gram));
      if (entry) entry.set(lang, Math.max(entry.get(lang) ?? 0, score));
    }
  }

  // Russian typed in Latin letters: a Latin-script profile for ru from the romanised FrequencyWords list. Its grams
  // only join grams tinyld already scores for our Latin languages, and demote no one's unique grams.
  if (frequencyDir) {
    const scores = trainProfile(romanisedRussianText(frequencyDir));
    trained.push(`ru in Latin letters (${scores.size} grams)`);
    for (const [gram, score] of scores) {
      const entry = shared.get(stripMarks(gram));
      if (entry && !entry.has('ru')) entry.set('ru', Math.round(score * ROMANISED_WEIGHT));
    }
  }

  const byLang: Record<string, string[]> = {};
  for (const [gram, lang] of uniques) (byLang[lang] ??= []).push(gram);
  for (const list of Object.values(byLang)) list.sort();
  const records: string[] = [];
  for (const [gram, entry] of [...shared.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    let payload = '';
    for (const [lang, score] of [...entry.entries()].sort()) payload += langChar(lang) + SCORE_ALPHABET[quantiseScore(score)];
    if (payload) records.push(gram + payload);
  }

  const out = [
    '/* Generated by utils/detection/tools/build-langid-model.ts — do not edit. */',
    frequencyDir
      ? "/* Derived from tinyld 1.3.4 heavy profile, MIT licence, (c) Kevin Destrem / Komodo; Tact's own training text; romanised Russian from hermitdave/FrequencyWords (OpenSubtitles 2018), CC BY-SA 4.0. */"
      : "/* Derived from tinyld 1.3.4 heavy profile, MIT licence, (c) Kevin Destrem / Komodo, and Tact's own training text. */",
    `/** Grams that alone identify a language, per language, "|"-separated. */`,
    `export const UNIQUE_GRAMS: Record<string, string> = ${JSON.stringify(
      Object.fromEntries(
        Object.entries(byLang)
          .sort()
          .map(([l, g]) => [l, g.join('|')]),
      ),
    )};`,
    `/** "|"-separated records sorted by gram: gram, then pairs (language character, score letter, max ${SCORE_MAX}). */`,
    `export const SHARED_GRAMS = ${JSON.stringify(records.join('|'))};`,
    '',
  ].join('\n');
  writeFileSync('utils/detection/langid-model.ts', out);
  process.stdout.write(
    `wrote utils/detection/langid-model.ts: ${records.length} shared grams, ${uniques.size} unique grams, ${Buffer.byteLength(out)} bytes; trained: ${trained.join(', ') || 'none'}\n`,
  );
}

void main();
