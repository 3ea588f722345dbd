/**
 * The generic reader: the reply box, the message region beside it, the newest rows with their sides, and
 * the facts around them. The region is found once and kept (located.ts); a read then parses only rows that
 * are new or changed, scans the pane only when it changed, and returns the last reading when nothing did —
 * a read of a 2,000-message, 20,000-node thread stays well under 2 ms.
 */
import type { Marketplace } from '@/knowledge/intents';
import { MAX_MESSAGES_READ, type Conversation, type ConversationMessage } from '@/utils/sites/conversation';
import { marketplaceOfHost } from '@/utils/sites/marketplace-hosts';
import type { ReplyTarget } from '@/utils/sites/site-adapter';
import { pageFacts, scanPane, type PaneScan } from './facts';
import { drainChanges, forget, locate, type Located } from './located';
import { textRows } from './message-region';
import { rowParts, shortLeaves, type RowParts } from './message-body';
import { markOf, sidesOf, type Side } from './message-side';
import { fold, type GenericOptions } from './options';
import { withRegion } from '@/utils/sites/read-region';

/** Until the lead widens Marketplace: a page on no marketplace Tact knows (a shop's helpdesk, eBay…). */
export type GenericMarketplace = Marketplace | 'other';

export interface GenericConversation extends Omit<Conversation, 'marketplace'> {
  marketplace: GenericMarketplace;
  source: 'generic';
  amounts: string[];
  dates: string[];
}

interface ReadRow {
  labelsKey: string;
  parts: RowParts;
  mark: Side | undefined;
  leaves: string[];
}

/** The conversation on screen, or null when no visible reply box with messages or an order beside it. */
export function readGenericConversation(doc: Document, options: GenericOptions = {}): GenericConversation | null {
  const located = locate(doc);
  if (!located) return null;
  const changes = drainChanges(located);
  const href = doc.defaultView?.location.href ?? doc.URL;
  const memoKey = `${href}\u0001${(options.sellerNames ?? []).join('\u0002')}\u0001${(options.insertedTexts ?? []).join('\u0002')}`;
  const last = located.memo.get('last') as { key: string; conversation: GenericConversation | null } | undefined;
  if (!changes.any && last?.key === memoKey) return last.conversation;
  const conversation = read(located, href, options, changes.pane);
  located.memo.set('last', { key: memoKey, conversation });
  return conversation;
}

function read(located: Located, href: string, options: GenericOptions, paneChanged: boolean): GenericConversation | null {
  const { container, scope } = located;
  const rows = container ? textRows(container, MAX_MESSAGES_READ) : [];
  let scan = located.memo.get('scan') as PaneScan | undefined;
  if (!scan || paneChanged || !located.memo.has('facts')) located.memo.set('scan', (scan = scanPane(scope, container)));
  const sellerNames = new Set((options.sellerNames ?? []).map(fold).filter(Boolean));
  const buyerNames = new Set(scan.buyerName ? [fold(scan.buyerName)] : []);
  const known = new Set([...sellerNames, ...buyerNames]);
  // Labels repeated across rows (author names, "You") are found from each row's short leaves, kept per row.
  const leaves = rows.map((row) => (located.rows.get(row) as ReadRow | undefined)?.leaves ?? shortLeaves(row));
  const labels = labelsOf(leaves, known);
  const readRows = rows.map((row, i) => readRow(located, row, labels, leaves[i]));
  const parts = readRows.map((r) => r.parts);
  const ctx = { container: container ?? scope, sellerNames, buyerNames, insertedTexts: options.insertedTexts ?? [] };
  const sides = sidesOf(
    rows,
    parts,
    ctx,
    readRows.map((r) => r.mark),
  );
  const messages: ConversationMessage[] = parts.map((p, i) => ({ from: sides[i], text: p.text, ...(p.time && { time: p.time }) })).filter((m) => m.text);
  // The pane's own facts are kept while the pane is unchanged; the buyer's texts only matter without an order id.
  let paneFacts = located.memo.get('facts') as ReturnType<typeof pageFacts> | undefined;
  if (!paneFacts || paneChanged) located.memo.set('facts', (paneFacts = pageFacts(scan)));
  const facts = paneFacts.orderId
    ? paneFacts
    : pageFacts(
        scan,
        messages.filter((m) => m.from === 'buyer').map((m) => m.text),
      );
  if (!messages.length && !facts.orderId && !facts.buyerName) return null;
  const url = new URL(href);
  const buyerName = facts.buyerName ?? parts.find((p, i) => sides[i] === 'buyer' && p.author)?.author;
  return withRegion<GenericConversation>(
    {
      marketplace: marketplaceOfHost(url.hostname) ?? 'other',
      key: `generic:${url.hostname}:${facts.orderId ?? buyerName ?? url.pathname + url.search + url.hash}`,
      host: url.hostname,
      url: url.href,
      ...(buyerName && { buyerName }),
      ...(facts.orderId && { orderId: facts.orderId }),
      ...(facts.trackingNumber && { trackingNumber: facts.trackingNumber }),
      ...(facts.pageCountry && { pageCountry: facts.pageCountry }),
      messages,
      messageCount: container ? container.childElementCount : 0,
      source: 'generic',
      amounts: facts.amounts,
      dates: facts.dates,
    },
    located.scope,
  );
}

/** A row read before and unchanged since (the observer drops changed ones) is not parsed again. */
function readRow(located: Located, row: Element, labels: ReadonlySet<string>, leaves: string[]): ReadRow {
  // Only the labels this row shows decide how it is split: a label appearing elsewhere doesn't re-read it.
  const labelsKey = leaves.filter((leaf) => labels.has(leaf)).join('\u0001');
  const known = located.rows.get(row) as ReadRow | undefined;
  if (known && known.labelsKey === labelsKey) return known;
  const read: ReadRow = { labelsKey, parts: rowParts(row, labels), mark: known?.mark ?? markOf(row), leaves };
  located.rows.set(row, read);
  return read;
}

/** Folded texts that are meta wherever they stand alone: known names and short labels repeated across rows. */
function labelsOf(leaves: readonly string[][], known: ReadonlySet<string>): Set<string> {
  const labels = new Set(known);
  if (leaves.length < 3) return labels;
  const counts = new Map<string, number>();
  for (const row of leaves) for (const leaf of new Set(row)) counts.set(leaf, (counts.get(leaf) ?? 0) + 1);
  for (const [leaf, n] of counts) if (n >= 2 && n >= leaves.length * 0.3) labels.add(leaf);
  return labels;
}

/** The reply box the reader would use (cached with the region). */
export function findCachedReplyTarget(doc: Document): ReplyTarget | null {
  return locate(doc)?.reply.target ?? null;
}

/** Elements the overlay must not cover: the reply box and its Send button. */
export function genericProtectedElements(doc: Document): Element[] {
  const reply = locate(doc)?.reply;
  return reply ? [reply.target.element, ...(reply.send ? [reply.send] : [])] : [];
}

/** Forget what was found (tests; a page that swapped its whole app). The reader re-finds it itself when it disconnects or hides. */
export function resetGenericCache(doc: Document): void {
  forget(doc);
}
