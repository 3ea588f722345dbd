/** The compliance lint runs here, next to the packs' policy rules, so the content script stays small. */
import type { LintRequest } from '@/utils/messaging/protocol';
import type { Knowledge } from '@/knowledge/service';
import type { PolicyRule } from '@/knowledge/schema';
import { lintReply, type LintFinding } from '@/utils/reply/lint';
import { knowledge } from './knowledge';

// One stable rules array per knowledge snapshot: the lint compiles its regexes once per array.
const rulesOf = new WeakMap<Knowledge, PolicyRule[]>();

export async function lintWithPack({ text, marketplace }: LintRequest): Promise<LintFinding[]> {
  const kb = await knowledge();
  let rules = rulesOf.get(kb);
  if (!rules) rulesOf.set(kb, (rules = kb.base.byKind.policy_rule.map((l) => l.entry as PolicyRule)));
  return lintReply(text, rules, marketplace);
}
