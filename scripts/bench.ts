/**
 * `npm run bench [-- --json]`: runs every benchmark section in scripts/bench/ that exists and prints one
 * JSON object (--json) or a readable summary. Each section module exports `run(): Promise<Record<string, unknown>>`.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Sections in run order; detect.ts and browser.ts are written by other parts of the project. */
const SECTIONS = ['search', 'detect', 'browser', 'reading', 'busy-page'];
const here = dirname(fileURLToPath(import.meta.url));

async function main(argv: string[]) {
  const json = argv.includes('--json');
  const only = argv
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const result: Record<string, unknown> = {};
  for (const name of SECTIONS) {
    if (only && !only.includes(name)) continue;
    const file = join(here, 'bench', `${name}.ts`);
    if (!existsSync(file)) continue;
    const started = performance.now();
    const mod = (await import(pathToFileURL(file).href)) as { run?: () => Promise<Record<string, unknown>> };
    if (typeof mod.run !== 'function') throw new Error(`scripts/bench/${name}.ts has no run() export`);
    if (!json) process.stderr.write(`bench: ${name}…\n`);
    Object.assign(result, await mod.run());
    if (!json) process.stderr.write(`bench: ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  // Exit once written: the search section's store (fake-indexeddb, a BroadcastChannel) would keep Node alive.
  process.stdout.write(json ? `${JSON.stringify(result)}\n` : `${human(result)}\n`, () => process.exit(0));
}

function human(result: Record<string, unknown>): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(result)) {
    if (Array.isArray(value) && value.every((v) => v && typeof v === 'object')) {
      lines.push(`${key}:`);
      const cols = [...new Set(value.flatMap((v) => Object.keys(v as object)))];
      const rows = [cols, ...value.map((v) => cols.map((c) => String((v as Record<string, unknown>)[c] ?? '')))];
      const widths = cols.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
      for (const r of rows) lines.push(`  ${r.map((cell, i) => cell.padStart(widths[i])).join('  ')}`);
    } else {
      lines.push(`${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`);
    }
  }
  return lines.join('\n');
}

main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
