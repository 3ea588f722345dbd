/**
 * `npx tsx scripts/bench/langid-compare.ts [--markdown] [file]`: language-ID accuracy of Tact next to other
 * JavaScript identifiers on the Tatoeba-40 development set (../shared/eval/langid-tatoeba40.dev.tsv or
 * $TACT_EVAL_DIR). Measuring only: it reads the rows' labels to score, nothing is learnt from them.
 *
 * Identifiers: Tact (identifyLanguage), tinyld heavy (unrestricted, and restricted with `only` to the 40
 * languages), and, when installed (devDependencies; skipped otherwise), franc-min, eld medium and cld3 (cld3-asm). Codes are
 * mapped to ISO 639-1 and Norwegian "no" counts as "nb". A language an identifier does not know is scored
 * as wrong for it (shown as "—" when it supports none of that language's rows).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { identifyLanguage } from '@/utils/detection';

const EVAL_DIR = process.env.TACT_EVAL_DIR ?? resolve('..', 'shared', 'eval');
const args = process.argv.slice(2);
const markdown = args.includes('--markdown');
const file = args.find((a) => !a.startsWith('--')) ?? join(EVAL_DIR, 'langid-tatoeba40.dev.tsv');

const LANGS = 'af ar be bg ca cs da de el en es et fi fr ga he hi hu id it ja kk ko lt lv ms nb nl pl pt ro ru sk sv th tl tr uk vi zh'.split(' ');

/** ISO 639-3 → 639-1 for the codes franc and eld may return. */
const ISO3: Record<string, string> = {
  afr: 'af',
  arb: 'ar',
  ara: 'ar',
  bel: 'be',
  bul: 'bg',
  cat: 'ca',
  ces: 'cs',
  dan: 'da',
  deu: 'de',
  ell: 'el',
  eng: 'en',
  spa: 'es',
  est: 'et',
  ekk: 'et',
  fin: 'fi',
  fra: 'fr',
  gle: 'ga',
  heb: 'he',
  hin: 'hi',
  hun: 'hu',
  ind: 'id',
  ita: 'it',
  jpn: 'ja',
  kaz: 'kk',
  kor: 'ko',
  lit: 'lt',
  lav: 'lv',
  lvs: 'lv',
  zlm: 'ms',
  zsm: 'ms',
  msa: 'ms',
  nob: 'nb',
  nor: 'nb',
  nno: 'nn',
  nld: 'nl',
  pol: 'pl',
  por: 'pt',
  ron: 'ro',
  rus: 'ru',
  slk: 'sk',
  swe: 'sv',
  tha: 'th',
  tgl: 'tl',
  fil: 'tl',
  tur: 'tr',
  ukr: 'uk',
  vie: 'vi',
  cmn: 'zh',
  zho: 'zh',
};
/** cld3's own codes. */
const CLD3: Record<string, string> = { iw: 'he', fil: 'tl', und: 'und' };
const norm = (code: string) => (code === 'no' ? 'nb' : (ISO3[code] ?? code));

interface Identifier {
  name: string;
  detect: (text: string) => string;
}

async function identifiers(): Promise<Identifier[]> {
  const list: Identifier[] = [{ name: 'Tact', detect: (t) => identifyLanguage(t).language }];
  const tinyld = await import('tinyld/heavy').catch(() => null);
  if (tinyld) {
    list.push({ name: 'tinyld heavy', detect: (t) => norm(tinyld.detect(t)) || 'und' });
    const only = LANGS.map((l) => (l === 'nb' ? 'no' : l)).filter((l) => tinyld.supportedLanguages.includes(l));
    list.push({ name: 'tinyld heavy (40 only)', detect: (t) => norm(tinyld.detect(t, { only })) || 'und' });
  }
  // Optional packages: loaded by a name the type checker does not resolve, so the script compiles without them.
  const optional = async (name: string) => (await import(/* @vite-ignore */ name).catch(() => null)) as Record<string, unknown> | null;
  const franc = await optional('franc-min');
  if (franc && typeof franc.franc === 'function') {
    const f = franc.franc as (t: string, o?: object) => string;
    list.push({ name: 'franc-min', detect: (t) => norm(f(t, { minLength: 1 })) });
    const only = [
      ...new Set(
        LANGS.flatMap((l) =>
          Object.entries(ISO3)
            .filter(([, v]) => v === l)
            .map(([k]) => k),
        ),
      ),
    ];
    list.push({ name: 'franc-min (40 only)', detect: (t) => norm(f(t, { minLength: 1, only })) });
  }
  const eld = await optional('eld/medium');
  const eldDetector = eld && (eld.eld as { detect?: (t: string) => { language: string } } | undefined);
  if (eldDetector && typeof eldDetector.detect === 'function') {
    list.push({ name: 'eld medium', detect: (t) => norm(eldDetector.detect!(t).language || 'und') });
  }
  const cld3 = await optional('cld3-asm');
  if (cld3 && typeof cld3.loadModule === 'function') {
    const factory = (await (cld3.loadModule as () => Promise<{ create: (min: number, max: number) => { findLanguage: (t: string) => { language: string } } }>)()).create(0, 1000);
    list.push({ name: 'cld3', detect: (t) => norm(CLD3[factory.findLanguage(t).language] ?? factory.findLanguage(t).language.replace(/-.*$/, '')) });
  }
  return list;
}

async function main() {
  if (!existsSync(file)) throw new Error(`${file} not found (set TACT_EVAL_DIR)`);
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((l) => {
      const i = l.lastIndexOf('\t');
      return { text: l.slice(0, i), label: l.slice(i + 1).trim() };
    });
  const ids = await identifiers();
  const results = ids.map((id) => {
    const by = new Map<string, { ok: number; n: number }>();
    let ok = 0;
    const t0 = performance.now();
    for (const r of rows) {
      const hit = id.detect(r.text) === r.label;
      const g = by.get(r.label) ?? { ok: 0, n: 0 };
      g.n++;
      if (hit) {
        g.ok++;
        ok++;
      }
      by.set(r.label, g);
    }
    return { name: id.name, ok, us: ((performance.now() - t0) * 1000) / rows.length, by };
  });
  const pct = (ok: number, n: number) => (n ? ((100 * ok) / n).toFixed(1) : '—');
  const langs = [...new Set(rows.map((r) => r.label))].sort();
  const header = ['language', 'rows', ...results.map((r) => r.name)];
  const body = [
    ['**overall**', String(rows.length), ...results.map((r) => `**${pct(r.ok, rows.length)}**`)],
    ...langs.map((l) => [l, String(results[0].by.get(l)?.n ?? 0), ...results.map((r) => pct(r.by.get(l)?.ok ?? 0, r.by.get(l)?.n ?? 0))]),
    ['µs/text', '', ...results.map((r) => r.us.toFixed(0))],
  ];
  if (markdown) {
    const lines = [header, header.map(() => '---'), ...body].map((r) => `| ${r.join(' | ')} |`);
    process.stdout.write(`${lines.join('\n')}\n`);
    return;
  }
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((r) => r[i].replace(/\*/g, '').length)));
  for (const r of [header, ...body]) process.stdout.write(`${r.map((c, i) => c.replace(/\*/g, '').padStart(widths[i])).join('  ')}\n`);
}

void main();
