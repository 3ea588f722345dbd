/**
 * `npm run --silent check-reply`: the overlay's reply check for team leads and scripts. JSON lines in
 * ({"id"?, "text", "marketplace", "language"?}), one line out per input:
 * {"id", "findings": [{"rule", "severity", "match", "message_zh", "message_en", "ruleId"}]}. `rule` is the
 * contract's id (email, link, phone, unfilled_placeholder, review_request, incentive, off_platform, emoji,
 * marketing); `ruleId` the pack rule that found it. Rules come from the core pack, or --pack <dir|file>.
 * A bad line gets {"id", "error"} and the run goes on.
 */
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CORE_PACK_DIR, loadPack } from './lib/pack-files';
import type { PolicyRule } from '@/knowledge/schema';
import { lintReply, type LintFinding } from '@/utils/reply/lint';

const MARKETPLACES = ['amazon', 'aliexpress'] as const;
type CheckedMarketplace = (typeof MARKETPLACES)[number];

/** A pack's free-form pattern rules are about marketing in the core pack; a team's keep their check name. */
export function contractRule(f: Pick<LintFinding, 'check' | 'ruleId'>): string {
  if (f.check !== 'pattern') return f.check;
  return /marketing|promo|advert/i.test(f.ruleId) ? 'marketing' : 'pattern';
}

export function checkLine(raw: string, line: number, rules: PolicyRule[]): Record<string, unknown> {
  let id: unknown = line;
  try {
    const input = JSON.parse(raw) as Record<string, unknown>;
    if (!input || typeof input !== 'object' || Array.isArray(input)) throw new Error('expected a JSON object');
    if (input.id !== undefined && input.id !== null) id = input.id;
    if (typeof input.text !== 'string') throw new Error('"text" must be a string');
    const marketplace = input.marketplace;
    if (!MARKETPLACES.includes(marketplace as CheckedMarketplace)) throw new Error(`"marketplace" must be one of ${MARKETPLACES.join(', ')} (got ${JSON.stringify(marketplace)})`);
    const findings = lintReply(input.text, rules, marketplace as CheckedMarketplace).map((f) => ({
      rule: contractRule(f),
      severity: f.severity,
      match: f.match,
      message_zh: f.explanation.zh,
      message_en: f.explanation.en,
      ruleId: f.ruleId,
    }));
    return { id, findings };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}

async function main() {
  const { values } = parseArgs({ options: { pack: { type: 'string' } }, strict: true });
  const pack = loadPack(values.pack ?? CORE_PACK_DIR);
  const rules = pack.entries.filter((e): e is PolicyRule => e.kind === 'policy_rule');
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of rl) {
    line++;
    if (raw.trim()) process.stdout.write(`${JSON.stringify(checkLine(raw, line, rules))}\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    process.stderr.write(`check-reply: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
