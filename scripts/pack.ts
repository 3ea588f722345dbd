/**
 * Team leads' pack CLI.
 *   validate [<dir|file>] [--snapshots <dir>]  check a YAML folder, a compiled pack JSON or a single-file YAML pack;
 *                                    with --snapshots, also run its site rules on saved HTML pages (scripts/lib/pack/snapshots.ts)
 *   build <dir> -o <file> [--quiet]  compile a YAML folder into one pack JSON (the core folder also refreshes
 *                                    the site rules bundled into the content script: utils/sites/rules/core-rules.json)
 *   stats [<dir|file>] [--json]      what a pack covers (no path = the bundled core pack)
 *   schema [-o <file>]               JSON Schema for editors (also written to docs/)
 *   keygen | sign | verify | diff    distribution commands (scripts/lib/pack-commands-distribution.ts)
 * Errors go to stderr with the file, the path inside it and what was expected; exit code 1.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CORE_PACK_DIR, loadPack } from './lib/pack-files';
import { formatStats, packStats } from './lib/pack-stats';
import { PACK_SCHEMA_FILE, packJsonSchema, SOURCE_SCHEMA_FILE, sourceJsonSchema } from './lib/pack-schema';
import { CliError, distributionUsage, runDistributionCommand } from './lib/pack-commands-distribution';
import { PackError } from '@/knowledge/validation-errors';
import { checkSnapshots, CORE_RULES_FILE, formatSnapshotReport } from './lib/pack/snapshots';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const USAGE = `usage: npm run pack -- validate [<dir|file>] [--snapshots <dir>] | build <dir> -o <file> [--quiet] | stats [<dir|file>] [--json] | schema [-o <file>] | ${distributionUsage}`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** The options of validate/build/stats/schema (node:util parseArgs: an unknown or valueless flag is a clear error). */
function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { out: { type: 'string', short: 'o' }, snapshots: { type: 'string' }, quiet: { type: 'boolean' }, json: { type: 'boolean' } },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
}

/** Committed JSON is written the way `prettier --check` wants it, so a build leaves the tree clean. */
async function formatJson(path: string, value: unknown): Promise<string> {
  const prettier = await import('prettier');
  return prettier.format(JSON.stringify(value), { ...(await prettier.resolveConfig(path)), parser: 'json' });
}

function writeFile(path: string, text: string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

async function main(argv: string[]) {
  const [command, ...args] = argv;
  if (!['validate', 'build', 'stats', 'schema'].includes(command)) {
    if (await runDistributionCommand(command, args)) return;
    fail(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
  }
  const { values, positionals } = parseOptions(args);
  const target = positionals[0] ?? CORE_PACK_DIR;
  switch (command) {
    case 'validate': {
      const p = loadPack(target);
      process.stdout.write(`ok: ${target}: ${p.id}@${p.version}, ${p.entries.length} entries, ${p.countries.length} countries, ${p.sites?.length ?? 0} site rules\n`);
      const snapshots = values.snapshots;
      if (snapshots) {
        const report = checkSnapshots(p.sites ?? [], snapshots);
        process.stdout.write(formatSnapshotReport(report));
        if (report.failures.length) process.exit(1);
      }
      return;
    }
    case 'build': {
      const out = values.out ?? fail('build needs -o <file>');
      const p = loadPack(target);
      writeFile(out, JSON.stringify(p));
      if (resolve(target) === resolve(CORE_PACK_DIR)) writeFile(CORE_RULES_FILE, await formatJson(CORE_RULES_FILE, p.sites ?? []));
      if (!values.quiet) process.stdout.write(`built ${out}: ${p.entries.length} entries\n`);
      return;
    }
    case 'stats': {
      const stats = packStats(loadPack(target));
      process.stdout.write(values.json ? `${JSON.stringify(stats)}\n` : `${formatStats(stats)}\n`);
      return;
    }
    case 'schema': {
      const text = `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
      writeFile(PACK_SCHEMA_FILE, text);
      writeFile(SOURCE_SCHEMA_FILE, `${JSON.stringify(sourceJsonSchema(), null, 2)}\n`);
      const out = values.out;
      if (out) writeFile(out, text);
      process.stdout.write(`wrote ${[PACK_SCHEMA_FILE, SOURCE_SCHEMA_FILE, out].filter(Boolean).join(', ')}\n`);
      return;
    }
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const known = error instanceof PackError || error instanceof SyntaxError || error instanceof RangeError || error instanceof CliError || (error as Error)?.name === 'SignatureError';
  if (known) fail((error as Error).message);
  if ((error as NodeJS.ErrnoException)?.code === 'ENOENT') fail(`${(error as NodeJS.ErrnoException).path}: no such file or folder`);
  throw error;
});
