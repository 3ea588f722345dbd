import type { ElementPath } from './element-path';

/**
 * What the agent showed Tact on one site: where the buyer's messages are and where the reply box is. Only
 * selectors are kept (per host, in the extension's storage), never what the page said.
 */
export interface TaughtRule {
  host: string;
  /** Matches the buyer's message rows (all of them, generalised from the one the agent clicked). */
  message?: ElementPath;
  /** Among the message rows, the buyer's (when stable marks tell the kinds apart); the rest are the seller's. */
  buyerRows?: string;
  replyBox?: ElementPath;
  savedAt: number;
}

const MAX_HOPS = 8;
const MAX_SELECTOR = 400;

/** A stored rule is page-independent data that could have been tampered with: checked before use. */
export function isTaughtRule(value: unknown): value is TaughtRule {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  const path = (p: unknown) => p === undefined || (Array.isArray(p) && p.length > 0 && p.length <= MAX_HOPS && p.every((s) => typeof s === 'string' && s.length > 0 && s.length <= MAX_SELECTOR));
  return (
    typeof v.host === 'string' &&
    typeof v.savedAt === 'number' &&
    path(v.message) &&
    path(v.replyBox) &&
    (v.buyerRows === undefined || (typeof v.buyerRows === 'string' && v.buyerRows.length <= MAX_SELECTOR)) &&
    (v.message !== undefined || v.replyBox !== undefined)
  );
}
