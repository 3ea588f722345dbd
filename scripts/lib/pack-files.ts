/** File-system side of the pack compiler: read a folder of YAML sources or one pack file. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compilePack, type SourceFile } from '@/knowledge/compiler';
import { parseJson, parseYaml } from '@/knowledge/safe-parse';
import { validatePack } from '@/knowledge/validate';
import type { Pack } from '@/knowledge/schema';

export const CORE_PACK_DIR = 'knowledge/core';

export function readSourceDir(dir: string): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(name)) files.push({ path: relative(dir, full).split('\\').join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(dir);
  return files;
}

/** A folder of YAML sources, a compiled pack JSON, or a single-file YAML pack. */
export function loadPack(path: string): Pack {
  if (statSync(path).isDirectory()) return compilePack(readSourceDir(path));
  const text = readFileSync(path, 'utf8');
  const data = /\.ya?ml$/.test(path) ? parseYaml(text, path) : parseJson(text, path);
  return validatePack(data, path);
}
