/** The compliance lint runs here, next to the packs' policy rules, so the content script stays small. */
import type { LintRequest } from '@/utils/messaging/protocol';
import type { Knowledge } from '@/knowledge/service';
import type { PolicyRule } from '@/knowledge/schema';
import { lintReplyReport, type LintFinding } from '@/utils/reply/lint';
import { knowledge } from './knowledge';

// One stable rules array per knowledge snapshot: the lint compiles its regexes once per array.
const rulesOf = new WeakMap<Knowledge, PolicyRule[]>();
// Each skipped rule is reported once per worker life, not on every keystroke.
const reported = new Set<string>();

export async function lintWithPack({ text, marketplace }: LintRequest): Promise<LintFinding[]> {
  const kb = await knowledge();
  let rules = rulesOf.get(kb);
  if (!rules) rulesOf.set(kb, (rules = kb.base.byKind.policy_rule.map((l) => l.entry as PolicyRule)));
  // The lint's own time budget keeps one pack from stalling the background, where every request waits.
  const { findings, skipped } = lintReplyReport(text, rules, marketplace);
  for (const s of skipped) {
    const key = `${s.ruleId}:${s.reason}`;
    if (reported.has(key)) continue;
    reported.add(key);
    console.warn(`Tact lint: policy rule "${s.ruleId}" skipped (${s.reason}): ${s.detail}`);
  }
  return findings;
}
