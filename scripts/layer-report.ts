/**
 * `npm run layers`: what each reading layer reads on every fixture variant, in real Chromium at the real
 * hostnames — the site rule alone, the generic reader alone, and the layer the overlay chose. A markdown
 * table on stdout (the issue's closing notes and docs/architecture.md quote it). Needs `npm run build`.
 */
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { launchTact } from '@/scripts/lib/browser/launch';
import { FIXTURE_VARIANTS } from '@/tests/fixtures/sites/manifest';

/** Long enough for the fixtures' late content (messages 2.5 s after the page, side panels 1–5 s). */
const SETTLE_MS = 5500;

const ENTRY = `
import { adapterFor } from '@/utils/sites/adapters';
import { createGenericAdapter } from '@/utils/sites/generic';
const summary = (c, box) => c ? {
  messages: c.messages.length,
  buyer: c.messages.filter((m) => m.from === 'buyer').length,
  fields: ['buyerName', 'orderId', 'pageCountry', 'marketplaceCountry', 'product', 'trackingNumber', 'topicHint'].filter((f) => c[f]).map((f) => f.replace('marketplaceCountry', 'market').replace('pageCountry', 'country').replace('trackingNumber', 'tracking').replace('topicHint', 'topic').replace('buyerName', 'buyer').replace('orderId', 'order')),
  box,
} : null;
window.__tactLayers = () => {
  const url = new URL(location.href);
  const rule = adapterFor(url);
  const generic = createGenericAdapter();
  return {
    rule: rule?.id ?? null,
    byRule: rule ? summary(rule.read(document, url), !!rule.replyTarget(document)) : null,
    byGeneric: summary(generic.read(document, url), !!generic.replyTarget(document)),
  };
};
`;

interface Reading {
  messages: number;
  buyer: number;
  fields: string[];
  box: boolean;
}

async function layersOn(page: Page, script: string) {
  await page.addScriptTag({ content: script });
  const read = (await page.evaluate('window.__tactLayers()')) as { rule: string | null; byRule: Reading | null; byGeneric: Reading | null };
  const source = await page.evaluate(() => (document.querySelector('tact-assist') as HTMLElement | null)?.dataset.tactSource ?? '');
  return { ...read, source };
}

const cell = (r: Reading | null) => (r ? `${r.messages} msgs (${r.buyer} buyer), ${r.fields.join(' ') || 'no fields'}, box ${r.box ? 'yes' : 'no'}` : '—');

async function main() {
  const out = await build({ stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'iife', write: false, target: 'chrome120', tsconfig: 'tsconfig.json' });
  const script = out.outputFiles[0].text;
  const tact = await launchTact();
  const rows: string[] = ['| fixture | variant | site rule alone | generic reader alone | overlay read by |', '|---|---|---|---|---|'];
  try {
    for (const v of FIXTURE_VARIANTS) {
      const page = await tact.context.newPage();
      await page.goto(v.url);
      await page.waitForTimeout(SETTLE_MS);
      const r = await layersOn(page, script);
      rows.push(`| ${v.file} | ${v.variant} | ${r.rule ? `${r.rule}: ${cell(r.byRule)}` : 'no rule applies'} | ${cell(r.byGeneric)} | ${r.source || '(nothing read)'} |`);
      await page.close();
    }
  } finally {
    await tact.close();
  }
  process.stdout.write(`${rows.join('\n')}\n`);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
