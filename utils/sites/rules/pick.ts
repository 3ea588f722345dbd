/** Reads one field of a rule: the first pick (in order) that yields a value. Never throws on odd DOM. */
import type { SiteField, SitePick } from '@/knowledge/site-rules-schema';
import { messageText } from '@/utils/sites/query';
import { allShown, firstShown } from './deep-query';
import { TRANSFORMS } from './transforms';

export type FieldSpec = SitePick | SitePick[] | undefined;

export interface PickContext {
  doc: Document;
  url: URL;
  root: Element;
  row?: Element;
  visibleOnly: boolean;
  /** Fields read so far (for `field:` picks in the conversation key). */
  fields: Partial<Record<SiteField, string>>;
  /** Compiled patterns, shared across reads (a rule's regexes are compiled once). */
  regex(source: string): RegExp;
}

export const list = <T>(value: T | readonly T[] | undefined): readonly T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value as T]);

/** The raw texts a pick's source gives, before its pattern and transform (one per shown match for css). */
function sources(pick: SitePick, ctx: PickContext, multiline: boolean): (string | null | undefined)[] {
  if (pick.param) return [ctx.url.searchParams.get(pick.param)];
  if (pick.hashParam) return [new URLSearchParams(ctx.url.hash.split('?')[1] ?? '').get(pick.hashParam)];
  if (pick.url) return [pick.url === 'path' ? ctx.url.pathname : pick.url === 'hash' ? ctx.url.hash : ctx.url.hostname];
  if (pick.field) return [ctx.fields[pick.field]];
  const scope = pick.scope === 'page' ? ctx.doc : pick.scope === 'row' || (pick.scope === undefined && ctx.row) ? (ctx.row ?? ctx.root) : ctx.root;
  const stopAt = scope === ctx.doc ? null : scope;
  // With a pattern, every shown match is a candidate (label/value pairs: the one whose text fits); else the first.
  const els = pick.regex ? allShown(scope, list(pick.css), ctx.visibleOnly, stopAt) : [firstShown(scope, list(pick.css), ctx.visibleOnly, stopAt)];
  return els.map((el) => {
    if (!el) return undefined;
    // Block-aware text (not textContent): "Order 123</div><div>Shipped" must not read as "123Shipped".
    if (!pick.attr) return multiline ? messageText(el) : messageText(el).replace(/\s*\n\s*/g, ' ');
    return el.getAttribute(pick.attr)?.trim();
  });
}

function source(pick: SitePick, ctx: PickContext, multiline: boolean): string | undefined {
  const texts = sources(pick, ctx, multiline);
  if (!pick.regex) return texts[0] || undefined;
  const pattern = ctx.regex(pick.regex);
  for (const text of texts) {
    const m = text?.match(pattern);
    if (m) return m[1] ?? m[0];
  }
  return undefined;
}

export function readPick(pick: SitePick, ctx: PickContext, multiline = false): string | undefined {
  let value = source(pick, ctx, multiline);
  if (!value) return undefined;
  if (pick.value) value = pick.value;
  if (pick.transform) value = TRANSFORMS[pick.transform](value, ctx.url);
  return value || undefined;
}

export function readField(spec: FieldSpec, ctx: PickContext, multiline = false): string | undefined {
  for (const pick of list(spec)) {
    const value = readPick(pick, ctx, multiline);
    if (value) return value;
  }
  return undefined;
}
