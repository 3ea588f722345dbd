/** Team leads' pack CLI: validate | build (more commands are added by the knowledge-store work). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CORE_PACK_DIR, loadPack } from './lib/pack-files';
import { PackError } from '../knowledge/validation-errors';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function main(argv: string[]) {
  const [command, ...args] = argv;
  const positional = args.filter((a, i) => !a.startsWith('-') && !(i > 0 && args[i - 1] === '-o'));
  switch (command) {
    case 'validate': {
      const target = positional[0] ?? CORE_PACK_DIR;
      const p = loadPack(target);
      process.stdout.write(`ok: ${target}: ${p.id}@${p.version}, ${p.entries.length} entries, ${p.countries.length} countries\n`);
      return;
    }
    case 'build': {
      const target = positional[0] ?? CORE_PACK_DIR;
      const out = option(args, '-o') ?? fail('build needs -o <file>');
      const p = loadPack(target);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, JSON.stringify(p));
      if (!args.includes('--quiet')) process.stdout.write(`built ${out}: ${p.entries.length} entries\n`);
      return;
    }
    default:
      fail(`usage: npm run pack -- validate|build <dir|file> [-o file]`);
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (error instanceof PackError || error instanceof SyntaxError || error instanceof RangeError) fail(error.message);
  throw error;
}
