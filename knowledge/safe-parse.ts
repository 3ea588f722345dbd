/** Parses pack text (YAML or JSON) refusing prototype-polluting keys, so nothing odd reaches the schema. */
import { parseDocument, isMap, isScalar, visit } from 'yaml';

export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Largest pack file accepted (compiled JSON or one YAML source). */
export const MAX_PACK_BYTES = 40 * 1024 * 1024;

export function parseYaml(source: string, file: string): unknown {
  checkSize(source, file);
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const where = e.linePos?.[0] ? ` (line ${e.linePos[0].line}, column ${e.linePos[0].col})` : '';
    throw new SyntaxError(`${file}: malformed YAML${where}: ${e.message.split('\n')[0]}`);
  }
  let bad: string | null = null;
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
        bad = String(pair.key.value);
        return visit.BREAK;
      }
    },
  });
  if (bad) throw new SyntaxError(`${file}: the key "${bad}" is not allowed`);
  if (doc.contents && !isMap(doc.contents) && doc.contents !== null) {
    throw new SyntaxError(`${file}: expected a mapping at the top level`);
  }
  return doc.toJS({ maxAliasCount: 100 });
}

const FORBIDDEN_IN_TEXT = /"(?:__proto__|constructor|prototype)"\s*:/;

export function parseJson(source: string, file: string): unknown {
  checkSize(source, file);
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    throw new SyntaxError(`${file}: malformed JSON: ${(error as Error).message}`);
  }
  // A forbidden key must appear in the text as "key": unless spelled with \u escapes; only then walk the
  // parsed value (which, for a 10k-entry pack, costs more than the parse itself).
  const bad = FORBIDDEN_IN_TEXT.test(source) || source.includes('\\u') ? findForbiddenKey(value) : null;
  if (bad) throw new SyntaxError(`${file}: the key "${bad}" is not allowed`);
  return value;
}

function checkSize(source: string, file: string) {
  if (source.length > MAX_PACK_BYTES) {
    throw new RangeError(`${file}: ${(source.length / 1048576).toFixed(1)} MB is over the ${MAX_PACK_BYTES / 1048576} MB pack limit`);
  }
}

function findForbiddenKey(value: unknown): string | null {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (v && typeof v === 'object') {
      for (const key of Object.keys(v)) {
        if (FORBIDDEN_KEYS.has(key)) return key;
        stack.push((v as Record<string, unknown>)[key]);
      }
    }
  }
  return null;
}
