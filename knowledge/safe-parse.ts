/**
 * Parses pack text (YAML or JSON) refusing prototype-polluting keys, over-size input and over-deep nesting,
 * so nothing odd reaches the schema. Size and depth are checked before the value is built: a 100k-deep
 * YAML file would otherwise overflow the stack (or exhaust memory) in the YAML composer.
 */
import { Composer, Lexer, LineCounter, Parser, isMap, isScalar, visit, type Document } from 'yaml';

export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Largest pack file accepted (compiled JSON or one YAML source). */
export const MAX_PACK_BYTES = 40 * 1024 * 1024;
/** Deepest nesting accepted. A pack is about 6 levels deep (pack, entries, entry, variants, variant, text). */
export const MAX_PACK_DEPTH = 64;

function tooDeep(file: string, source: string, offset: number): RangeError {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return new RangeError(`${file}: nested deeper than ${MAX_PACK_DEPTH} levels (line ${line}, column ${column}); a pack needs far fewer`);
}

/** The YAML parser's CST, stopped as soon as its open-collection stack passes the limit. */
function* guardedTokens(source: string, file: string, parser: Parser) {
  const lexer = new Lexer();
  for (const lexeme of lexer.lex(source)) {
    yield* parser.next(lexeme);
    // stack holds the document plus one token per open collection.
    if (parser.stack.length > MAX_PACK_DEPTH + 1) throw tooDeep(file, source, parser.offset);
  }
  yield* parser.end();
}

export function parseYaml(source: string, file: string): unknown {
  checkSize(source, file);
  const lines = new LineCounter();
  const parser = new Parser(lines.addNewLine);
  const composer = new Composer({ uniqueKeys: true });
  let doc: Document.Parsed | null = null;
  for (const next of composer.compose(guardedTokens(source, file, parser), true, source.length)) {
    if (doc) throw new SyntaxError(`${file}: malformed YAML: a pack file holds one document (found a second "---")`);
    doc = next;
  }
  if (!doc) throw new SyntaxError(`${file}: malformed YAML: no document`);
  if (doc.errors.length) {
    const e = doc.errors[0];
    const pos = lines.linePos(e.pos[0]);
    throw new SyntaxError(`${file}: malformed YAML (line ${pos.line}, column ${pos.col}): ${e.message.split('\n')[0]}`);
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
  checkJsonDepth(source, file);
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

/** One pass over the text (strings skipped): exact for valid JSON, and invalid JSON fails its parse anyway. */
function checkJsonDepth(source: string, file: string) {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x22) {
      // a string: skip to its closing quote
      for (i++; i < source.length; i++) {
        const d = source.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_PACK_DEPTH) throw tooDeep(file, source, i);
    } else if (c === 0x5d || c === 0x7d) depth--;
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
