/**
 * `npm run eval`: accuracy of detection on the development data in ../shared/eval (or
 * $TACT_EVAL_DIR) and on our own multilingual set in tests/fixtures/intents.
 * Options: --pack <dir> (lexicons to test), --errors (print misclassified rows), --json.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createDetector, identifyLanguage } from '@/utils/detection';
import { loadDetectionSources } from './detect';

const EVAL_DIR = process.env.TACT_EVAL_DIR ?? resolve('..', 'shared', 'eval');
const FIXTURES = 'tests/fixtures/intents';
const args = process.argv.slice(2);
const packArg = args.includes('--pack') ? args[args.indexOf('--pack') + 1] : undefined;
const showErrors = args.includes('--errors');
const asJson = args.includes('--json');

interface Row {
  text: string;
  label: string;
  lang?: string;
}

function readTsv(file: string): Row[] {
  const [, ...lines] = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  return lines.map((l) => {
    const i = l.lastIndexOf('\t');
    return { text: l.slice(0, i), label: l.slice(i + 1).trim() };
  });
}

function readFixtures(): Row[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) =>
      readFileSync(join(FIXTURES, f), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => {
          const o = JSON.parse(l) as { text: string; intent: string; lang?: string };
          return { text: o.text, label: o.intent, lang: o.lang ?? f.replace('.jsonl', '') };
        }),
    );
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(2)}%` : 'n/a');
const report: Record<string, unknown> = {};
const out: string[] = [];

class Tally {
  ok = 0;
  n = 0;
  by = new Map<string, { ok: number; n: number }>();
  confusion = new Map<string, number>();
  errors: string[] = [];
  add(group: string, truth: string, pred: string, text: string) {
    const g = this.by.get(group) ?? { ok: 0, n: 0 };
    g.n++;
    this.n++;
    if (truth === pred) {
      g.ok++;
      this.ok++;
    } else {
      this.confusion.set(`${truth} -> ${pred}`, (this.confusion.get(`${truth} -> ${pred}`) ?? 0) + 1);
      this.errors.push(`${truth} -> ${pred}\t${text}`);
    }
    this.by.set(group, g);
  }
  lines(title: string, groupName: string): string[] {
    const lines = [`${title}: ${pct(this.ok, this.n)} (${this.ok}/${this.n})`];
    lines.push(
      `  per ${groupName}: ` +
        [...this.by.entries()]
          .sort()
          .map(([k, v]) => `${k} ${pct(v.ok, v.n)} (${v.n})`)
          .join(', '),
    );
    const conf = [...this.confusion.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15);
    if (conf.length) lines.push('  top confusions: ' + conf.map(([k, v]) => `${k} ×${v}`).join(', '));
    if (showErrors) lines.push(...this.errors.map((e) => `    ${e}`));
    return lines;
  }
  json() {
    return { accuracy: this.n ? this.ok / this.n : null, n: this.n, by: Object.fromEntries(this.by), confusion: Object.fromEntries(this.confusion) };
  }
}

const detector = createDetector(loadDetectionSources(packArg));

// 1. Language identification (Tatoeba, 18 languages).
const langFile = join(EVAL_DIR, 'langid-tatoeba.dev.tsv');
if (existsSync(langFile)) {
  const rows = readTsv(langFile);
  const t = new Tally();
  const t0 = performance.now();
  for (const r of rows) t.add(r.label, r.label, identifyLanguage(r.text).language, r.text);
  const us = ((performance.now() - t0) * 1000) / rows.length;
  out.push(...t.lines(`language (langid-tatoeba.dev, ${us.toFixed(0)} µs/text)`, 'language'));
  report.language = { ...t.json(), usPerText: us };
} else out.push(`language: ${langFile} not found (set TACT_EVAL_DIR)`);

// 2. English intents (Bitext): in-scope accuracy and how many `other` rows stay `other`.
const intentFile = join(EVAL_DIR, 'intent-en-bitext.dev.tsv');
if (existsSync(intentFile)) {
  const rows = readTsv(intentFile);
  const inScope = new Tally();
  const other = new Tally();
  for (const r of rows) (r.label === 'other' ? other : inScope).add(r.label, r.label, detector.detect(r.text).intent, r.text);
  out.push(...inScope.lines('intent in-scope (intent-en-bitext.dev)', 'intent'));
  out.push(`intent other kept as other: ${pct(other.ok, other.n)} (${other.ok}/${other.n})`);
  const oc = [...other.confusion.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
  if (oc.length) out.push('  other misread as: ' + oc.map(([k, v]) => `${k.split(' -> ')[1]} ×${v}`).join(', '));
  if (showErrors) out.push(...other.errors.map((e) => `    ${e}`));
  report.intentBitext = { inScope: inScope.json(), otherKept: other.json() };
} else out.push(`intent: ${intentFile} not found (set TACT_EVAL_DIR)`);

// 3. Our multilingual buyer messages.
const own = readFixtures();
const byIntent = new Tally();
const byLang = new Tally();
const ownLang = new Tally();
for (const r of own) {
  const d = detector.detect(r.text);
  byIntent.add(r.label, r.label, d.intent, `[${r.lang}] ${r.text}`);
  byLang.add(r.lang!, r.label, d.intent, `[${r.lang}] ${r.text}`);
  ownLang.add(r.lang!, r.lang!, d.language, r.text);
}
out.push(...byIntent.lines(`intent (own multilingual set, ${own.length} messages)`, 'intent'));
out.push(
  `  per language: ` +
    [...byLang.by.entries()]
      .sort()
      .map(([k, v]) => `${k} ${pct(v.ok, v.n)} (${v.n})`)
      .join(', '),
);
out.push(...new Tally().lines.call(ownLang, 'language (own multilingual set; mixed-language rows count as their main language)', 'language').slice(0, showErrors ? undefined : 3));
report.intentOwn = { ...byIntent.json(), byLanguage: Object.fromEntries(byLang.by) };
report.languageOwn = ownLang.json();

// 4. Language identification in the 40 languages of the profiled markets (Tatoeba-40).
const lang40File = join(EVAL_DIR, 'langid-tatoeba40.dev.tsv');
if (existsSync(lang40File)) {
  const t = new Tally();
  for (const r of readTsv(lang40File)) t.add(r.label, r.label, identifyLanguage(r.text).language, r.text);
  out.push(...t.lines('language (langid-tatoeba40.dev)', 'language'));
  report.language40 = t.json();
}

// 5. Real buyer texts (realtext-dev): intent within the acceptable set, negative recall/precision, angry recall, language.
const realFile = join(EVAL_DIR, 'realtext-dev.tsv');
if (existsSync(realFile)) {
  const [header, ...lines] = readFileSync(realFile, 'utf8').split('\n').filter(Boolean);
  const cols = header.split('\t');
  const col = (name: string) => cols.indexOf(name);
  type Row = { n: number; intent: number; negTp: number; negFp: number; negFn: number; angry: number; angryHit: number; lang: number };
  const by = new Map<string, Row>();
  const all: Row = { n: 0, intent: 0, negTp: 0, negFp: 0, negFn: 0, angry: 0, angryHit: 0, lang: 0 };
  const errors: string[] = [];
  for (const line of lines) {
    const f = line.split('\t');
    const [text, lang, acceptable, sentiment, angry] = [f[col('text')], f[col('language')], f[col('acceptable_intents')].split('|'), f[col('sentiment')], f[col('angry')] === 'true'];
    const d = detector.detect(text);
    const row = by.get(lang) ?? { n: 0, intent: 0, negTp: 0, negFp: 0, negFn: 0, angry: 0, angryHit: 0, lang: 0 };
    by.set(lang, row);
    for (const r of [row, all]) {
      r.n++;
      if (acceptable.includes(d.intent)) r.intent++;
      const neg = d.polarity === 'negative';
      if (neg && sentiment === 'negative') r.negTp++;
      else if (neg) r.negFp++;
      else if (sentiment === 'negative') r.negFn++;
      if (angry) {
        r.angry++;
        if (d.angry) r.angryHit++;
      }
      if (d.language === lang) r.lang++;
    }
    if (!acceptable.includes(d.intent)) errors.push(`${acceptable.join('|')} -> ${d.intent}\t[${lang}] ${text}`);
  }
  const cells = (r: Row) => [pct(r.intent, r.n), pct(r.negTp, r.negTp + r.negFn), pct(r.negTp, r.negTp + r.negFp), `${r.angryHit}/${r.angry}`, pct(r.lang, r.n)];
  out.push('real buyer texts (realtext-dev): lang  n  intent  neg-recall  neg-precision  angry  language');
  for (const [lang, r] of [...by.entries()].sort()) out.push(`  ${lang.padEnd(4)} ${String(r.n).padStart(4)}  ${cells(r).join('  ')}`);
  out.push(`  all  ${String(all.n).padStart(4)}  ${cells(all).join('  ')}`);
  if (showErrors) out.push(...errors.map((e) => `    ${e}`));
  report.realtext = { all, byLanguage: Object.fromEntries(by) };
}

writeFileSync('eval-report.json', `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(asJson ? `${JSON.stringify(report, null, 2)}\n` : `${out.join('\n')}\n`);
