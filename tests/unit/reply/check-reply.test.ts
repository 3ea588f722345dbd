/** The command-line reply check: the contract's rule ids and messages, a clear error per bad line. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePack } from '@/knowledge/compiler';
import type { PolicyRule } from '@/knowledge/schema';
import { checkLine } from '@/scripts/check-reply';

const CORE = join(process.cwd(), 'knowledge/core');
const pack = compilePack([
  { path: 'pack.yaml', text: readFileSync(join(CORE, 'pack.yaml'), 'utf8') },
  ...readdirSync(join(CORE, 'policy'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ path: `policy/${f}`, text: readFileSync(join(CORE, 'policy', f), 'utf8') })),
]);
const rules = pack.entries.filter((e): e is PolicyRule => e.kind === 'policy_rule');
const rulesOf = (text: string, marketplace = 'amazon') => ((checkLine(JSON.stringify({ id: 'x', text, marketplace }), 1, rules).findings as { rule: string }[]) ?? []).map((f) => f.rule);

describe('check-reply', () => {
  it('reports each finding with the contract rule id, severity, match and both messages', () => {
    const out = checkLine(JSON.stringify({ id: 7, text: 'Mail john.doe(at)gmail dot com, thanks [agent_name]', marketplace: 'amazon' }), 1, rules);
    expect(out.id).toBe(7);
    const findings = out.findings as { rule: string; severity: string; match: string; message_zh: string; message_en: string }[];
    expect(findings.map((f) => [f.rule, f.match])).toEqual([
      ['email', 'john.doe(at)gmail dot com'],
      ['unfilled_placeholder', '[agent_name]'],
    ]);
    expect(findings.every((f) => f.severity === 'error' && f.message_zh && f.message_en)).toBe(true);
  });

  it('names marketing, review requests, incentives, off-platform contact, phones, links and emoji', () => {
    expect(rulesOf('Check out our new collection, 20% off this week only!')).toContain('marketing');
    expect(rulesOf('Please leave us a 5-star review')).toContain('review_request');
    expect(rulesOf('We will refund you if you leave a positive review')).toContain('incentive');
    expect(rulesOf('Add me on WhatsApp')).toContain('off_platform');
    expect(rulesOf('Call me at +49 151 23456789')).toContain('phone');
    expect(rulesOf('See www.acme-shop.com')).toContain('link');
    expect(rulesOf('Thanks 😊')).toContain('emoji');
    expect(rulesOf('Your order 302-1234567-7654321 ships on 12.05.2026 for €24.99, tracking 1Z999AA10123456784.')).toEqual([]);
  });

  it('answers a bad line with a clear error and goes on', () => {
    expect(checkLine('not json', 3, rules)).toMatchObject({ id: 3, error: expect.stringContaining('JSON') });
    expect(checkLine('{"text":"hi","marketplace":"ebay"}', 4, rules)).toEqual({ id: 4, error: '"marketplace" must be one of amazon, aliexpress (got "ebay")' });
    expect(checkLine('{"id":"q","marketplace":"amazon"}', 5, rules)).toEqual({ id: 'q', error: '"text" must be a string' });
  });
});
