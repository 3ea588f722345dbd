/**
 * The one interpreter of site rules (knowledge/site-rules-schema.ts): turns a rule into a SiteAdapter.
 * Reads only the visible conversation (earlier thread views Amazon leaves hidden in the DOM are skipped),
 * takes the newest rows from one query of the root, pierces open shadow roots and same-origin iframes, and
 * never throws: a broken selector or odd markup reads as "nothing here".
 */
import type { SiteRule } from '@/knowledge/schema';
import type { SiteField } from '@/knowledge/site-rules-schema';
import { SITE_FIELDS } from '@/knowledge/site-rules-schema';
import type { IntentId } from '@/knowledge/intents';
import { MAX_MESSAGES_READ, pageTime, type Conversation, type ConversationMessage } from '@/utils/sites/conversation';
import { editableReplyTarget, type ReplyTarget, type SiteAdapter } from '@/utils/sites/site-adapter';
import { documentsOf, messageText } from '@/utils/sites/query';
import { findRoot, firstShown, safeList, safeMatches } from './deep-query';
import { hiddenByMarkup } from './visibility';
import { withRegion } from '@/utils/sites/read-region';
import { freshRowCache, type RowCache } from './row-cache';
import { list, readField, type PickContext } from './pick';
import { ruleHosts } from './hosts';

export interface RuleAdapter extends SiteAdapter {
  rule: SiteRule;
  /** The page is this rule's even though no conversation is open (an empty inbox). */
  recognises(doc: Document): boolean;
}

export function ruleAdapter(rule: SiteRule): RuleAdapter {
  const hosts = ruleHosts(rule);
  const compiled = new Map<string, RegExp>();
  const regex = (source: string) => {
    let re = compiled.get(source);
    if (!re) compiled.set(source, (re = new RegExp(source, 'iu')));
    return re;
  };
  const path = regex(rule.url.path);
  const hash = rule.url.hash ? regex(rule.url.hash) : null;
  const notPath = rule.url.notPath ? regex(rule.url.notPath) : null;
  const visibleOnly = rule.visibility === 'visible';
  const roots = list(rule.root);
  let rowCache: RowCache | null = null;
  const rowsOf = (root: Element) => (rowCache = freshRowCache(rowCache, root));

  const findReplyBox = (doc: Document): ReplyTarget | null => {
    const root = findRoot(doc, roots, visibleOnly);
    // The reply box of the visible conversation: inside its root first, then anywhere shown on the page.
    const scopes: ParentNode[] = root ? [root, root.ownerDocument] : documentsOf(doc);
    for (const scope of scopes) {
      const box = firstShown(scope, list(rule.replyBox), visibleOnly);
      const target = box && toReplyTarget(box as HTMLElement);
      if (target) return target;
    }
    return null;
  };

  return {
    id: rule.id,
    marketplace: rule.marketplace,
    rule,
    appliesTo(url) {
      return url.protocol === 'https:' && hosts.has(url.hostname) && path.test(url.pathname) && (!hash || hash.test(url.hash)) && !notPath?.test(url.pathname);
    },
    recognises(doc) {
      return safely(() => !!findRoot(doc, [...roots, ...list(rule.page)], visibleOnly), false);
    },
    read(doc, url) {
      return safely(() => readConversation(rule, doc, url, regex, rowsOf), null);
    },
    replyTarget(doc) {
      return safely(() => findReplyBox(doc), null);
    },
    protectedElements(doc) {
      return safely(() => {
        const box = findReplyBox(doc)?.element;
        const root = findRoot(doc, roots, visibleOnly);
        const send = firstShown(root ?? doc, list(rule.sendButton), visibleOnly) ?? (root ? firstShown(root.ownerDocument, list(rule.sendButton), visibleOnly) : null);
        return [box, send].filter((e): e is HTMLElement => !!e);
      }, []);
    },
  };
}

function safely<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}

function readConversation(rule: SiteRule, doc: Document, url: URL, regex: (s: string) => RegExp, rowsOf: (root: Element) => RowCache): Conversation | null {
  const visibleOnly = rule.visibility === 'visible';
  const root = findRoot(doc, list(rule.root), visibleOnly);
  if (!root) return null;
  const ctx: PickContext = { doc: root.ownerDocument, url, root, visibleOnly, fields: {}, regex };
  const { messages, total } = readMessages(rule, ctx, rowsOf(root));
  if (rule.requireMessages && !messages.length) return null;
  for (const field of SITE_FIELDS) {
    const value = readField(rule.fields[field], ctx);
    if (value) ctx.fields[field] = value;
  }
  const f = ctx.fields as Partial<Record<SiteField, string>>;
  const key = readField(rule.key, ctx) ?? url.pathname;
  return withRegion<Conversation>(
    {
      marketplace: rule.marketplace,
      key: `${rule.marketplace}:${key}`,
      host: url.hostname,
      url: url.href,
      buyerName: f.buyerName,
      orderId: f.orderId,
      pageCountry: f.country,
      marketplaceCountry: f.marketplaceCountry,
      product: f.product,
      trackingNumber: f.trackingNumber,
      topicHint: f.topic as IntentId | undefined,
      messages,
      messageCount: total,
      source: 'site-rule',
    },
    root,
  );
}

/** The newest shown rows, oldest first: one query of the root, then a walk back from its end. */
function readMessages(rule: SiteRule, ctx: PickContext, cache: RowCache): { messages: ConversationMessage[]; total: number } {
  const m = rule.messages;
  // The static list is indexed from its end, never copied: a 2,000-row thread costs one native query.
  let rows: ArrayLike<Element> = [];
  for (const selector of list(m.row)) {
    rows = safeList(ctx.root, selector);
    if (rows.length) break;
  }
  const messages: ConversationMessage[] = [];
  // Only the newest rows are looked at: hidden ones are skipped on the way back, older ones never read.
  for (let i = rows.length - 1; i >= 0 && messages.length < MAX_MESSAGES_READ; i--) {
    const row = rows[i];
    if (ctx.visibleOnly && hiddenByMarkup(row, ctx.root)) continue;
    let message = cache.rows.get(row);
    if (!message) cache.rows.set(row, (message = readRow(row, rule, ctx)));
    if (message.text) messages.push(message);
  }
  return { messages: messages.reverse(), total: rows.length };
}

function readRow(row: Element, rule: SiteRule, ctx: PickContext): ConversationMessage {
  const m = rule.messages;
  const rowCtx = { ...ctx, row };
  const text = (m.body ? readField(m.body, rowCtx, true) : messageText(row)) ?? '';
  return { from: sideOf(row, rule, ctx.root), text, time: pageTime(readField(m.time, rowCtx)) };
}

/** Seller (or store) mark first, then buyer mark, on the row, a wrapper inside the root, or inside the row. */
function sideOf(row: Element, rule: SiteRule, root: Element): 'buyer' | 'seller' {
  const marked = (selectors: string | string[] | undefined) => list(selectors).some((s) => hasMark(row, s, root));
  if (marked(rule.messages.seller) || marked(rule.messages.store)) return 'seller';
  if (marked(rule.messages.buyer)) return 'buyer';
  return rule.messages.unmarked;
}

function hasMark(row: Element, selector: string, root: Element): boolean {
  for (let node: Element | null = row; node && node !== root; node = node.parentElement) if (safeMatches(node, selector)) return true;
  try {
    return !!row.querySelector(selector);
  } catch {
    return false;
  }
}

function toReplyTarget(box: HTMLElement): ReplyTarget | null {
  if (box.tagName.startsWith('KAT-')) {
    // Katal keeps the real control in an open shadow root.
    const inner = box.shadowRoot?.querySelector<HTMLElement>('textarea, input, [contenteditable="true"]');
    return inner ? { kind: 'kat-textarea', element: box, input: inner as HTMLTextAreaElement } : null;
  }
  const inner = box.shadowRoot?.querySelector<HTMLElement>('textarea, [contenteditable="true"]');
  return editableReplyTarget(inner ?? box);
}
