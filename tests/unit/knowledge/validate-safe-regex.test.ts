/**
 * Pack-supplied policy patterns: only the safe subset installs (validation names the entry and the part of
 * the pattern at fault), the lint never compiles an unsafe one it finds in an older store, and a per-reply
 * budget with an input cap keeps any pack from stalling the background.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { installPack } from '@/knowledge/install';
import { unsafePatternReason } from '@/knowledge/safe-regex';
import type { PolicyRule } from '@/knowledge/schema';
import { validatePack } from '@/knowledge/validate';
import { lintReplyReport } from '@/utils/reply/lint';
import { fixturePack, freshDb } from './helpers';

const rule = (id: string, patterns: string[]): PolicyRule => ({
  id,
  kind: 'policy_rule',
  marketplace: 'any',
  check: 'pattern',
  severity: 'warning',
  title: { en: id, zh: id },
  explanation: { en: 'x', zh: 'x' },
  patterns,
});

const packWith = (patterns: string[]) => ({ ...validatePack({ ...fixturePack('upper'), entries: [] }, 'x'), id: 'hostile', entries: [rule('rule-evil', patterns)] });

describe('safe subset for pack patterns', () => {
  it.each([
    ['^(\\w+\\s?)*$', /"\(\\w\+\\s\?\)\*" repeats "\\w\+", and what follows it can also start with .* \(nested quantifiers\)/],
    ['(a+)+b', /nested quantifiers/],
    ['(x+x+)+y', /nested quantifiers/],
    ['(?:\\s*,\\s*)*', /nested quantifiers/],
    ['(a|ab)*c', /alternatives 1 and 2 can both start with "A" \(ambiguous alternation\)/],
    ['(\\w|\\d)+$', /ambiguous alternation/],
    ['(?:a|)+', /alternative 2 can match nothing/],
    ['(?:ſx|sx)+', /ambiguous alternation/],
    ['(a)\\1', /back-reference "\\1"/],
  ])('refuses %s', (source, reason) => {
    expect(unsafePatternReason(source)).toMatch(reason);
  });

  it.each(['(?:\\S+\\s+){0,4}?review', '(?:honest\\s+|quick\\s+|short\\s+|seller\\s+)*review', '(?:[a-z]+\\.)+com', '([^.]|\\.)*', '(\\w+\\s)+$', '\\d{3,}', '(?:foo|bar)+'])(
    'accepts %s',
    (source) => {
      expect(unsafePatternReason(source)).toBeNull();
    },
  );

  it("accepts every one of the core pack's policy patterns", () => {
    const dir = join(__dirname, '../../../knowledge/core/policy');
    const patterns = readdirSync(dir).flatMap((f) => {
      const doc = parse(readFileSync(join(dir, f), 'utf8')) as { entries?: Array<{ patterns?: string[] }> } | Array<{ patterns?: string[] }>;
      return (Array.isArray(doc) ? doc : (doc.entries ?? [])).flatMap((e) => e.patterns ?? []);
    });
    expect(patterns.length).toBeGreaterThan(300);
    expect(patterns.filter((p) => unsafePatternReason(p) !== null)).toEqual([]);
  });

  it('validation refuses the pack, naming the entry, and the store is untouched', async () => {
    const db = freshDb();
    await expect(installPack(db, packWith(['leave a review', '^(\\w+\\s?)*$']), { source: 'file' }, 'hostile.json')).rejects.toThrow(
      /hostile\.json: entries\[0\]\.patterns\[1\]: policy rule "rule-evil": unsafe pattern "\^\(\\\\w\+\\\\s\?\)\*\$": .*nested quantifiers.*rewrite it so each repeated part can match in only one way/,
    );
    expect(await db.packs.count()).toBe(0);
  });
});

describe('lint: compiled once, under a budget', () => {
  it('never runs an unsafe pattern from an older store: the 45-character reply that took 1.8 s is checked at once, and the rule is reported', () => {
    const rules = [rule('rule-evil', ['^(\\w+\\s?)*$']), rule('rule-ok', ['leave\\s+a\\s+review'])];
    const reply = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!';
    const started = performance.now();
    const { findings, skipped } = lintReplyReport(reply, rules, 'amazon');
    expect(performance.now() - started).toBeLessThan(500); // was 1.8 s before the safe subset
    expect(findings).toEqual([]);
    expect(skipped).toEqual([{ ruleId: 'rule-evil', reason: 'unsafe-pattern', detail: expect.stringContaining('nested quantifiers') }]);
    expect(lintReplyReport('please leave a review', rules, 'amazon').findings).toMatchObject([{ ruleId: 'rule-ok', match: 'leave a review' }]);
  });

  it('stops running pack patterns once the budget is used up and says which rules were skipped', () => {
    const rules = ['a', 'b', 'c', 'd'].map((id) => rule(`rule-${id}`, [`${id}x`]));
    let clock = 0;
    const now = () => (clock += 20); // every rule "costs" 20 ms
    const { findings, skipped } = lintReplyReport('ax bx cx dx', rules, 'amazon', { budgetMs: 50, now });
    expect(findings.map((f) => f.ruleId)).toEqual(['rule-a', 'rule-b']);
    expect(skipped.map((s) => [s.ruleId, s.reason])).toEqual([
      ['rule-c', 'time-budget'],
      ['rule-d', 'time-budget'],
    ]);
    expect(skipped[0].detail).toMatch(/^not run: the reply's 50 ms lint budget was used up/);
  });

  it('caps the text pack patterns see, and reports the cut', () => {
    const rules = [rule('rule-tail', ['needle'])];
    const text = `${'x '.repeat(6000)}needle`;
    const { findings, skipped } = lintReplyReport(text, rules, 'amazon', { maxPatternInput: 10_000, now: () => 0 });
    expect(findings).toEqual([]);
    expect(skipped).toEqual([{ ruleId: 'rule-tail', reason: 'input-cap', detail: `patterns checked the first 10000 of ${text.length} characters` }]);
    expect(lintReplyReport(text.slice(-20), rules, 'amazon').findings).toHaveLength(1);
  });
});
