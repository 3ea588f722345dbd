/**
 * Team leads' distribution commands for `npm run pack --`: keygen, sign, verify, diff. Each handler takes its
 * arguments and an output sink and throws CliError on bad input, so scripts/pack.ts only dispatches.
 *
 *   keygen [-o dir] [--name team] [--force]   write <name>.private.json (keep secret) and <name>.public.txt
 *   sign <dir|file> --key <name.private.json> [-o out.json]
 *   verify <file> [--key <public key|name.public.txt>]
 *   diff <old> <new> [--json]                  old/new: a YAML folder, a pack JSON/YAML, or a signed pack
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compilePack } from '@/knowledge/compiler';
import { diffPacks, formatDiff } from '@/knowledge/pack-diff';
import { parseJson, parseYaml } from '@/knowledge/safe-parse';
import type { Pack } from '@/knowledge/schema';
import { generateSigningKey, normalizePublicKey, signPack, unwrapPackFile, verifySignature, type SignatureCheck, type SigningKeyFile } from '@/knowledge/signature';
import { validatePack } from '@/knowledge/validate';
import { readSourceDir } from './pack-files';

export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

export interface CliIo {
  out(text: string): void;
}

const stdio: CliIo = { out: (text) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`) };

function option(args: string[], ...names: string[]): string | undefined {
  for (const name of names) {
    const i = args.indexOf(name);
    if (i >= 0) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('-')) throw new CliError(`${name} needs a value`);
      return value;
    }
  }
  return undefined;
}

/** Arguments that are neither flags nor the value of a flag that takes one. */
function positionals(args: string[], valued: string[]): string[] {
  return args.filter((a, i) => !a.startsWith('-') && !(i > 0 && valued.includes(args[i - 1])));
}

export interface LoadedPack {
  pack: Pack;
  check: SignatureCheck;
}

/** A YAML source folder, a compiled pack (JSON or YAML) or a signed pack file. */
export async function loadAnyPack(path: string): Promise<LoadedPack> {
  if (!existsSync(path)) throw new CliError(`${path}: no such file or folder`);
  if (statSync(path).isDirectory()) return { pack: compilePack(readSourceDir(path)), check: { status: 'unsigned' } };
  const text = readFileSync(path, 'utf8');
  const data = /\.ya?ml$/i.test(path) ? parseYaml(text, path) : parseJson(text, path);
  const { pack, check } = await unwrapPackFile(data);
  return { pack: validatePack(pack, path), check };
}

export async function keygenCommand(args: string[], io: CliIo = stdio): Promise<SigningKeyFile> {
  const dir = option(args, '-o', '--out') ?? '.';
  const name = option(args, '--name') ?? 'tact-team';
  if (!/^[A-Za-z0-9._-]+$/.test(name)) throw new CliError(`--name: use letters, digits, ".", "_" or "-" (got "${name}")`);
  const privatePath = join(dir, `${name}.private.json`);
  const publicPath = join(dir, `${name}.public.txt`);
  if (!args.includes('--force')) {
    for (const p of [privatePath, publicPath]) if (existsSync(p)) throw new CliError(`${p} exists; refusing to overwrite a key (use --force to replace it)`);
  }
  const key = await generateSigningKey();
  mkdirSync(dir, { recursive: true });
  writeFileSync(privatePath, `${JSON.stringify(key, null, 2)}\n`, { mode: 0o600 });
  writeFileSync(publicPath, `${key.publicKey}\n`);
  io.out(
    [
      `key ${key.keyId}`,
      `private key: ${privatePath} (keep it secret and out of git; anyone holding it can publish packs your agents trust)`,
      `public key:  ${publicPath}`,
      '',
      'Give your agents this public key with the subscription URL:',
      key.publicKey,
    ].join('\n'),
  );
  return key;
}

function readKeyFile(path: string): SigningKeyFile {
  if (!existsSync(path)) throw new CliError(`${path}: no such key file (create one with: npm run pack -- keygen)`);
  const data = parseJson(readFileSync(path, 'utf8'), path) as Partial<SigningKeyFile>;
  if (data?.tactSigningKey !== 1 || !data.privateKey || typeof data.publicKey !== 'string') {
    throw new CliError(`${path}: not a Tact private key file (expected the *.private.json written by keygen)`);
  }
  return data as SigningKeyFile;
}

export async function signCommand(args: string[], io: CliIo = stdio): Promise<string> {
  const [target] = positionals(args, ['--key', '-o', '--out']);
  if (!target) throw new CliError('usage: npm run pack -- sign <dir|file> --key <name.private.json> [-o out.json]');
  const keyPath = option(args, '--key') ?? process.env.TACT_SIGNING_KEY;
  if (!keyPath) throw new CliError('sign needs --key <name.private.json> (or TACT_SIGNING_KEY=<path>)');
  const key = readKeyFile(keyPath);
  const { pack } = await loadAnyPack(target);
  const out = option(args, '-o', '--out') ?? join(statSync(target).isDirectory() ? dirname(target.replace(/\/+$/, '')) : dirname(target), `${pack.id}-${pack.version}.signed.json`);
  const signed = await signPack(pack, key);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(signed)}\n`);
  io.out(`signed ${pack.id}@${pack.version} (${pack.entries.length} entries) with key ${signed.keyId}: ${out}`);
  return out;
}

function readPublicKey(value: string): string {
  const text = existsSync(value) ? readFileSync(value, 'utf8') : value;
  try {
    return normalizePublicKey(text);
  } catch (error) {
    throw new CliError(`--key: ${(error as Error).message}`);
  }
}

export async function verifyCommand(args: string[], io: CliIo = stdio): Promise<SignatureCheck> {
  const [target] = positionals(args, ['--key']);
  if (!target) throw new CliError('usage: npm run pack -- verify <signed.json> [--key <public key|file>]');
  const keyArg = option(args, '--key');
  const data = parseJson(readFileSync(target, 'utf8'), target);
  const { pack, check: own } = await unwrapPackFile(data);
  const check = keyArg && own.status === 'valid' ? await verifySignature(data, readPublicKey(keyArg)) : own;
  if (check.status === 'unsigned') throw new CliError(`${target}: not signed`);
  if (check.status === 'invalid') throw new CliError(`${target}: signature INVALID: ${check.reason}`);
  const p = validatePack(pack, target);
  io.out(`${target}: valid signature by key ${check.keyId} on ${p.id}@${p.version}${keyArg ? ' (the expected key)' : ' (pass --key to require a specific key)'}`);
  return check;
}

export async function diffCommand(args: string[], io: CliIo = stdio): Promise<ReturnType<typeof diffPacks>> {
  const [oldPath, newPath] = positionals(args, []);
  if (!oldPath || !newPath) throw new CliError('usage: npm run pack -- diff <old> <new> [--json]');
  const [before, after] = [await loadAnyPack(oldPath), await loadAnyPack(newPath)];
  if (before.pack.id !== after.pack.id) io.out(`note: comparing different packs (${before.pack.id} and ${after.pack.id})`);
  const diff = diffPacks(before.pack, after.pack);
  if (args.includes('--json')) {
    const { added, changed, removed } = diff;
    io.out(JSON.stringify({ ...diff, counts: { added: added.length, changed: changed.length, removed: removed.length } }, null, 2));
  } else io.out(formatDiff(diff));
  return diff;
}

const COMMANDS: Record<string, (args: string[], io?: CliIo) => Promise<unknown>> = {
  keygen: keygenCommand,
  sign: signCommand,
  verify: verifyCommand,
  diff: diffCommand,
};

export const DISTRIBUTION_COMMANDS = Object.keys(COMMANDS);

/** For scripts/pack.ts: `if (await runDistributionCommand(command, args)) return;` — false when not ours. */
export async function runDistributionCommand(command: string | undefined, args: string[], io: CliIo = stdio): Promise<boolean> {
  const handler = command ? COMMANDS[command] : undefined;
  if (!handler) return false;
  await handler(args, io);
  return true;
}

export const distributionUsage = `keygen [-o dir] [--name tact-team] | sign <dir|file> --key <private.json> [-o out] | verify <file> [--key <public>] | diff <old> <new> [--json]`;
