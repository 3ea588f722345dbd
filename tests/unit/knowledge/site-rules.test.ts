/** The pack's `sites` section: schema errors a team lead can act on, the compiler's merge, layering by id, snapshots. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePack } from '@/knowledge/compiler';
import { schemas } from '@/knowledge/schema';
import { layerSiteRules } from '@/knowledge/site-rules-layering';
import type { PackRecord } from '@/knowledge/db';
import { readSourceDir } from '@/scripts/lib/pack-files';
import { checkSnapshot, checkSnapshots } from '@/scripts/lib/pack/snapshots';
import { CORE_SITE_RULES } from '@/utils/sites/rules/core-rules';

const rule = (extra: Record<string, unknown> = {}) => ({
  id: 'team-inbox',
  marketplace: 'amazon',
  hosts: 'amazon-seller-central',
  url: { path: '^/messaging/inbox' },
  root: '.thread',
  messages: { row: '.msg' },
  key: { param: 'threadId' },
  replyBox: 'textarea',
  ...extra,
});
const problems = (value: unknown) => {
  const r = schemas().siteRule.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const META = 'schemaVersion: 1\nid: team\nname: Team\nversion: 1.0.0\npublisher: Team\npublishedAt: 2026-12-01\ndescription: Team pack\n';

describe('site rule schema', () => {
  it('accepts a minimal rule and fills the defaults', () => {
    expect(problems(rule())).toEqual([]);
    expect(schemas().siteRule.parse(rule())).toMatchObject({ visibility: 'visible', requireMessages: true, fields: {}, messages: { unmarked: 'buyer' } });
  });

  it.each([
    [{ url: { path: '^/(a+)+$' } }, 'url.path: unsafe pattern'],
    [{ fields: { orderId: { css: '.o', regex: '(\\w+\\s?)*$' } } }, 'fields.orderId.regex: unsafe pattern'],
    [{ url: { path: '([' } }, 'invalid regular expression'],
    [{ fields: { orderId: { css: '.o', param: 'orderID' } } }, 'exactly one source (css, param, hashParam, url or field), got css + param'],
    [{ fields: { orderId: { param: 'orderID', attr: 'label' } } }, 'scope and attr only apply to a css pick'],
    [{ fields: { orderId: { css: '.o', attr: 'onclick' } } }, 'an attribute: label, placeholder'],
    [{ fields: { orderId: { css: '.o', transform: 'eval' } } }, 'fields.orderId'],
    [{ fields: { colour: { css: '.c' } } }, 'Unrecognized key'],
    [{ hosts: ['sellercentral.amazon.de/messaging'] }, 'an exact hostname'],
    [{ marketplace: 'ebay' }, 'marketplace'],
    [{ root: '' }, 'empty CSS selector'],
  ])('rejects %j with a clear message', (extra, message) => {
    expect(problems(rule(extra)).join('\n')).toContain(message);
  });

  it('refuses two rules with one id in a pack', () => {
    const r = schemas().pack.shape.sites.safeParse([rule(), rule()]);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].message).toContain('duplicate site rule id "team-inbox"');
  });
});

describe('compiler', () => {
  it('merges sites from every file, and names the file and index of a bad rule', () => {
    const ok = compilePack([
      { path: 'pack.yaml', text: META },
      { path: 'sites/a.yaml', text: `sites:\n  - ${JSON.stringify(rule())}\n` },
    ]);
    expect(ok.sites?.map((s) => s.id)).toEqual(['team-inbox']);
    const bad = () =>
      compilePack([
        { path: 'pack.yaml', text: META },
        { path: 'sites/b.yaml', text: `sites:\n  - ${JSON.stringify(rule({ id: 'x', url: { path: '(a*)*' } }))}\n` },
      ]);
    expect(bad).toThrow(/sites\/b\.yaml: sites\[0\]\.url\.path: unsafe pattern/);
  });

  it('the core pack compiles its rules from knowledge/core/sites, and the bundled copy is not stale', () => {
    const core = compilePack(readSourceDir('knowledge/core'));
    expect(core.sites?.map((s) => s.id)).toEqual(['aliexpress-im', 'aliexpress-message-center', 'aliexpress-legacy', 'amazon-inbox', 'amazon-contact-buyer']);
    // Refreshed by `npm run pack -- build knowledge/core` (npm run pack:core, every build).
    expect(JSON.parse(readFileSync('utils/sites/rules/core-rules.json', 'utf8'))).toEqual(core.sites);
    // Small enough to bundle into the content script.
    expect(JSON.stringify(core.sites).length).toBeLessThan(16_000);
  });
});

describe('layering', () => {
  const record = (id: string, priority: number, sites: unknown[], enabled = true) => ({ id, priority, enabled, installedAt: priority, pack: { sites } }) as unknown as PackRecord;
  it('a higher pack replaces a core rule by id, and its new rules come first', () => {
    const fixed = { ...CORE_SITE_RULES[3], root: '.new-view' };
    const layered = layerSiteRules([record('tact-core', 0, [...CORE_SITE_RULES]), record('team', 10, [fixed, rule()])]);
    expect(layered.map((r) => r.id).slice(0, 2)).toEqual(['amazon-inbox', 'team-inbox']);
    expect(layered.find((r) => r.id === 'amazon-inbox')!.root).toBe('.new-view');
    expect(layered).toHaveLength(CORE_SITE_RULES.length + 1);
  });

  it('a disabled pack brings the core rule back; packs stored before site rules have none', () => {
    const layered = layerSiteRules([
      record('tact-core', 0, [...CORE_SITE_RULES]),
      record('team', 10, [{ ...CORE_SITE_RULES[3], root: '.x' }], false),
      { ...record('old', 5, []), pack: {} } as unknown as PackRecord,
    ]);
    expect(layered).toEqual(CORE_SITE_RULES);
  });
});

describe('pack validate --snapshots', () => {
  it('the core rules hold on the core snapshots', () => {
    const report = checkSnapshots(CORE_SITE_RULES, 'knowledge/core/sites/snapshots');
    expect(report.failures).toEqual([]);
    expect(report.checked.length).toBeGreaterThanOrEqual(3);
  });

  it('a wrong count or value names the snapshot, the rule and the field', () => {
    const html = readFileSync('knowledge/core/sites/snapshots/amazon-inbox-es.html', 'utf8');
    const url = 'https://sellercentral.amazon.es/messaging/inbox?threadId=T-ES-1';
    expect(checkSnapshot(CORE_SITE_RULES, { file: 'es.html', url, rule: 'amazon-inbox', expect: { messages: 4, orderId: '171-0000000-0000000' } }, html)).toEqual([
      'es.html: rule "amazon-inbox": messages: expected 4, got 3',
      'es.html: rule "amazon-inbox": orderId: expected "171-0000000-0000000", got "406-7721094-5532018"',
    ]);
    // A markup change on Amazon: the rule's selectors no longer match.
    const renamed = html.replaceAll('message-component', 'msg-cmp');
    expect(checkSnapshot(CORE_SITE_RULES, { file: 'es.html', url, rule: 'amazon-inbox', expect: { messages: 3 } }, renamed)).toEqual(['es.html: rule "amazon-inbox": messages: expected 3, got 0']);
    expect(checkSnapshot(CORE_SITE_RULES, { file: 'es.html', url: 'https://example.com/', rule: 'amazon-inbox', expect: {} }, html)[0]).toContain('does not apply');
    expect(checkSnapshot(CORE_SITE_RULES, { file: 'es.html', url, rule: 'nope', expect: {} }, html)[0]).toContain('no site rule "nope"');
  });
});
