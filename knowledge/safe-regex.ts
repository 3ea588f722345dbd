/**
 * The safe subset for pack-supplied regular expressions (policy rules). JavaScript's backtracking engine can
 * take exponential time on patterns such as `^(\w+\s?)*$`, and the lint runs in the background where every
 * other request waits, so a pack is refused at validation time when a pattern
 *  - repeats (more than MAX_OUTER_REPEAT times, or without bound) a part that itself repeats characters
 *    which could also start what follows them (nested quantifiers: `(a+)+`, `(\w+\s?)*`, `(x+x+)+`) —
 *    `(?:[a-z]+\.)+` stays allowed, since the "." fixes where each repeat ends;
 *  - repeats a choice whose alternatives can start with the same character (`(a|ab)*`, `(\w|\d)+`),
 *    or can match nothing (`(a|)*`);
 *  - uses back-references (`\1`, `\k<name>`), which no linear-time engine supports.
 * Bounded repeats such as `(?:\S+\s+){0,4}?` (the core pack's "up to four words") stay allowed: their cost
 * is polynomial and the lint's per-reply budget covers them. Pure, no browser APIs.
 */

/** The largest bounded repeat of a repeating part; the core pack's rules use at most {0,4}. */
export const MAX_OUTER_REPEAT = 5;

type Node =
  | { type: 'atom'; src: string }
  | { type: 'empty'; src: string } // ^ $ \b \B: zero-width
  | { type: 'group'; look: boolean; alts: Node[][]; src: string }
  | { type: 'quant'; node: Node; min: number; max: number; src: string };

class Unsafe extends Error {}

function parse(source: string): Node[][] {
  let i = 0;
  const alternatives = (): Node[][] => {
    const alts: Node[][] = [[]];
    while (i < source.length && source[i] !== ')') {
      if (source[i] === '|') {
        i++;
        alts.push([]);
        continue;
      }
      alts[alts.length - 1].push(quantified(atom()));
    }
    return alts;
  };
  const atom = (): Node => {
    const start = i;
    const c = source[i];
    if (c === '(') {
      const head = /^\((?:\?:|\?<?[=!]|\?<[A-Za-z_$][\w$]*>)?/.exec(source.slice(i))![0];
      i += head.length;
      const alts = alternatives();
      i++; // ")"
      return { type: 'group', look: /^\(\?<?[=!]/.test(head), alts, src: source.slice(start, i) };
    }
    if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      i++;
      return { type: 'atom', src: source.slice(start, i) };
    }
    if (c === '\\') {
      const e = source[i + 1];
      if (/[1-9]/.test(e) || e === 'k') throw new Unsafe(`the back-reference "${source.slice(i, i + 2)}" (back-references can take exponential time)`);
      if (e === 'b' || e === 'B') {
        i += 2;
        return { type: 'empty', src: source.slice(start, i) };
      }
      const long = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z])/.exec(source.slice(i));
      i += long ? long[0].length : 2;
      return { type: 'atom', src: source.slice(start, i) };
    }
    i++;
    return c === '^' || c === '$' ? { type: 'empty', src: c } : { type: 'atom', src: c };
  };
  const quantified = (node: Node): Node => {
    const m = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(source.slice(i));
    if (!m) return node;
    i += m[0].length;
    const [min, max] = m[1] === '*' ? [0, Infinity] : m[1] === '+' ? [1, Infinity] : m[1] === '?' ? [0, 1] : [Number(m[2]), m[3] ? (m[4] ? Number(m[4]) : Infinity) : Number(m[2])];
    return quantified({ type: 'quant', node, min, max, src: node.src + m[0] });
  };
  return alternatives();
}

const nullable = (node: Node): boolean =>
  node.type === 'empty' || (node.type === 'quant' && (node.min === 0 || nullable(node.node))) || (node.type === 'group' && (node.look || node.alts.some((seq) => seq.every(nullable))));

/** The atoms a sequence's first (or, from the end, last) character can come from; `null` when it can match nothing. */
function edgeAtoms(seq: Node[], fromEnd = false): string[] | null {
  const out: string[] = [];
  for (const node of fromEnd ? [...seq].reverse() : seq) {
    if (node.type === 'atom') out.push(node.src);
    else if (node.type === 'quant') out.push(...(edgeAtoms([node.node], fromEnd) ?? []));
    else if (node.type === 'group' && !node.look) for (const alt of node.alts) out.push(...(edgeAtoms(alt, fromEnd) ?? []));
    if (!nullable(node)) return out;
  }
  return null;
}

const groupEdge = (node: Node, fromEnd = false): string[] => edgeAtoms([node], fromEnd) ?? [];

/** Characters to test two character sets on: ASCII, a few letters of other scripts, and the pattern's own characters. */
function probes(source: string): string[] {
  const set = new Set<string>(['é', 'ß', 'ı', 'я', 'ж', '中', '好', 'ع', '٥', 'ا', 'ğ', 'ł', '\u00a0', '\u3000', '😀', '\n', '\t']);
  for (let c = 0x20; c < 0x7f; c++) set.add(String.fromCharCode(c));
  for (const ch of source) set.add(ch);
  return [...set];
}

interface Ctx {
  chars: string[];
  compiled: Map<string, RegExp>;
}

/** A character both sets can match, or null. */
function overlap(a: string[], b: string[], ctx: Ctx): string | null {
  if (!a.length || !b.length) return null;
  const re = (src: string) => ctx.compiled.get(src) ?? ctx.compiled.set(src, new RegExp(`^(?:${src})$`, 'iu')).get(src)!;
  const [ra, rb] = [a.map(re), b.map(re)];
  return ctx.chars.find((ch) => ra.some((r) => r.test(ch)) && rb.some((r) => r.test(ch))) ?? null;
}

/**
 * Inside a loop: a repeated part whose characters can also start what follows it (later in the iteration,
 * or the next iteration) lets the engine split the same text in exponentially many ways.
 */
function checkRepeats(seq: Node[], after: string[], loop: string, ctx: Ctx): void {
  seq.forEach((node, k) => {
    const rest = seq.slice(k + 1);
    const follow = [...(edgeAtoms(rest) ?? []), ...(rest.every(nullable) ? after : [])];
    if (node.type === 'group' && !node.look) for (const alt of node.alts) checkRepeats(alt, follow, loop, ctx);
    if (node.type !== 'quant') return;
    const body = node.node;
    if (node.max > 1) {
      const ch = overlap([...groupEdge(body), ...groupEdge(body, true)], follow, ctx);
      if (ch !== null) throw new Unsafe(`"${loop}" repeats "${node.src}", and what follows it can also start with ${JSON.stringify(ch)} (nested quantifiers)`);
    }
    const inner = node.max > 1 ? [...groupEdge(body), ...follow] : follow;
    if (body.type === 'group' && !body.look) for (const alt of body.alts) checkRepeats(alt, inner, loop, ctx);
  });
}

/** The plain characters an alternative starts with, lowercased ("honest\\s+" → "honest"). */
function literalPrefix(seq: Node[]): string {
  let out = '';
  for (const node of seq) {
    const src = node.type === 'atom' ? node.src : '';
    if (src.length === 1 && !/[.[\\]/.test(src)) out += src;
    else if (/^\\[^\w\s]$/.test(src)) out += src[1];
    else break;
  }
  return out;
}

/** True when the two literal prefixes cannot both match, compared as the 'iu' regex compares (ſ matches s). */
const differ = (a: string, b: string) => {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (!new RegExp(`^${x[i].replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')}$`, 'iu').test(y[i])) return true;
  }
  return false;
};

function check(alts: Node[][], ctx: Ctx): void {
  for (const seq of alts) {
    for (const node of seq) {
      if (node.type === 'group') check(node.alts, ctx);
      if (node.type !== 'quant') continue;
      const inner = node.node;
      if (inner.type === 'group') check(inner.alts, ctx);
      if (node.max <= MAX_OUTER_REPEAT || inner.type !== 'group' || inner.look) continue;
      const q = node.src.slice(inner.src.length);
      const firsts = inner.alts.map((alt) => edgeAtoms(alt));
      const empty = firsts.findIndex((f) => f === null);
      if (empty >= 0) throw new Unsafe(`"${q}" repeats "${inner.src}", whose alternative ${empty + 1} can match nothing (ambiguous alternation)`);
      const literals = inner.alts.map(literalPrefix);
      for (let x = 0; x < firsts.length; x++) {
        for (let y = x + 1; y < firsts.length; y++) {
          if (differ(literals[x], literals[y])) continue; // "short" and "seller": distinct by the second letter
          const ch = overlap(firsts[x]!, firsts[y]!, ctx);
          if (ch !== null) throw new Unsafe(`"${q}" repeats "${inner.src}", whose alternatives ${x + 1} and ${y + 1} can both start with ${JSON.stringify(ch)} (ambiguous alternation)`);
        }
      }
      for (const alt of inner.alts) checkRepeats(alt, groupEdge(inner), node.src, ctx);
    }
  }
}

/**
 * Why `source` is outside the safe subset, or null when it is inside. `source` must already compile with
 * flags 'iu' (validate.ts checks that first).
 */
export function unsafePatternReason(source: string): string | null {
  try {
    check(parse(source), { chars: probes(source), compiled: new Map() });
    return null;
  } catch (error) {
    if (error instanceof Unsafe) return `${error.message}: it can take exponential time on some replies; rewrite it so each repeated part can match in only one way`;
    throw error;
  }
}
