/**
 * `pack validate <dir> --snapshots <dir>`: runs a pack's site rules on saved HTML pages and checks what
 * they read against expectations, like refined-github's selector tests. A snapshot folder holds the pages
 * and a snapshots.json list: `{ file, url, rule, expect: { messages: 4, replyBox: 1, orderId: "171-…" } }`.
 * Numbers count (messages read, buyer/seller messages, shown matches of root / replyBox / sendButton);
 * strings are the exact value a field reads; null means the field must read nothing. Pages are parsed by
 * happy-dom with scripts off: what is checked is the saved markup.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import type { SiteRule } from '@/knowledge/schema';
import { SITE_FIELDS } from '@/knowledge/site-rules-schema';
import { ruleAdapter } from '@/utils/sites/rules/rule-adapter';
import { findRoot, firstShown, safeAll } from '@/utils/sites/rules/deep-query';
import { hiddenByMarkup } from '@/utils/sites/rules/visibility';
import { list } from '@/utils/sites/rules/pick';
import type { Conversation } from '@/utils/sites/conversation';

export const CORE_RULES_FILE = 'utils/sites/rules/core-rules.json';
export const SNAPSHOT_LIST = 'snapshots.json';

const COUNTS = ['messages', 'buyerMessages', 'sellerMessages', 'root', 'replyBox', 'sendButton'] as const;
type Expect = Partial<Record<(typeof COUNTS)[number], number> & Record<(typeof SITE_FIELDS)[number] | 'key' | 'lastMessage', string | null>>;

export interface Snapshot {
  file: string;
  url: string;
  rule: string;
  expect: Expect;
}

export interface SnapshotReport {
  checked: { file: string; rule: string; fields: number }[];
  failures: string[];
}

export function readSnapshotList(dir: string): Snapshot[] {
  const path = join(dir, SNAPSHOT_LIST);
  const data = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (!Array.isArray(data)) throw new SyntaxError(`${path}: expected a list of snapshots`);
  return data.map((raw, i) => {
    const s = raw as Partial<Snapshot>;
    const missing = (['file', 'url', 'rule', 'expect'] as const).filter((k) => s?.[k] === undefined);
    if (missing.length) throw new SyntaxError(`${path}: [${i}]: missing ${missing.join(', ')}`);
    const unknown = Object.keys(s.expect!).filter((k) => !(COUNTS as readonly string[]).includes(k) && !(SITE_FIELDS as readonly string[]).includes(k) && k !== 'key' && k !== 'lastMessage');
    if (unknown.length)
      throw new SyntaxError(`${path}: [${i}] (${s.file}): unknown expectation ${unknown.map((k) => `"${k}"`).join(', ')} (known: ${[...COUNTS, ...SITE_FIELDS, 'key', 'lastMessage'].join(', ')})`);
    return s as Snapshot;
  });
}

/** Loads a saved page into a fresh happy-dom window at its URL (no scripts, no network). */
function loadPage(html: string, url: string): Window {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
  window.document.write(html);
  return window;
}

/** Checks one snapshot; returns the problems, each naming the snapshot, the rule and the field. */
export function checkSnapshot(rules: readonly SiteRule[], snapshot: Snapshot, html: string): string[] {
  const where = (field: string) => `${snapshot.file}: rule "${snapshot.rule}": ${field}`;
  const rule = rules.find((r) => r.id === snapshot.rule);
  if (!rule) return [`${snapshot.file}: no site rule "${snapshot.rule}" in the pack (has: ${rules.map((r) => r.id).join(', ') || 'none'})`];
  const adapter = ruleAdapter(rule);
  const url = new URL(snapshot.url);
  if (!adapter.appliesTo(url)) return [where(`url: the rule does not apply to ${snapshot.url} (hosts or url.path/hash)`)];
  const window = loadPage(html, snapshot.url);
  try {
    const doc = window.document as unknown as Document;
    const conversation = adapter.read(doc, url);
    const visible = rule.visibility === 'visible';
    const root = findRoot(doc, list(rule.root), visible);
    const count = (selectors: string | string[] | undefined, scope: ParentNode | null) => {
      if (!scope) return 0;
      for (const s of list(selectors)) {
        const shown = safeAll(scope, s).filter((el) => !visible || !hiddenByMarkup(el));
        if (shown.length) return shown.length;
      }
      return 0;
    };
    const actual: Record<string, number | string | null> = {
      messages: conversation?.messages.length ?? 0,
      buyerMessages: conversation?.messages.filter((m) => m.from === 'buyer').length ?? 0,
      sellerMessages: conversation?.messages.filter((m) => m.from === 'seller').length ?? 0,
      root: count(rule.root, doc),
      replyBox: root && firstShown(root, list(rule.replyBox), visible) ? count(rule.replyBox, root) : count(rule.replyBox, doc),
      sendButton: count(rule.sendButton, doc),
      key: conversation?.key ?? null,
      lastMessage: conversation?.messages.at(-1)?.text ?? null,
      ...fieldValues(conversation),
    };
    return Object.entries(snapshot.expect).flatMap(([field, expected]) => {
      const got = actual[field] ?? null;
      return got === expected ? [] : [where(`${field}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`)];
    });
  } finally {
    void window.happyDOM.close();
  }
}

function fieldValues(c: Conversation | null): Record<string, string | null> {
  return {
    buyerName: c?.buyerName ?? null,
    orderId: c?.orderId ?? null,
    product: c?.product ?? null,
    trackingNumber: c?.trackingNumber ?? null,
    country: c?.pageCountry ?? null,
    marketplaceCountry: c?.marketplaceCountry ?? null,
    topic: c?.topicHint ?? null,
  };
}

export function checkSnapshots(rules: readonly SiteRule[], dir: string): SnapshotReport {
  const report: SnapshotReport = { checked: [], failures: [] };
  for (const snapshot of readSnapshotList(dir)) {
    const html = readFileSync(join(dir, snapshot.file), 'utf8');
    const problems = checkSnapshot(rules, snapshot, html);
    report.failures.push(...problems);
    report.checked.push({ file: snapshot.file, rule: snapshot.rule, fields: Object.keys(snapshot.expect).length });
  }
  return report;
}

export function formatSnapshotReport(report: SnapshotReport): string {
  const lines = report.checked.map((c) => `  ${c.file} (${c.rule}): ${c.fields} expectations`);
  const summary = report.failures.length
    ? `snapshots: ${report.failures.length} failed\n${report.failures.map((f) => `  ✗ ${f}`).join('\n')}`
    : `snapshots: ${report.checked.length} pages, all expectations hold`;
  return `${lines.join('\n')}\n${summary}\n`;
}
