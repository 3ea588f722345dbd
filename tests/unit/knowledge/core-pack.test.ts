/** The bundled core pack's promises (issue "core knowledge pack"): coverage, placeholders, compliance, profiles. */
import { describe, expect, it } from 'vitest';
import { loadPack, CORE_PACK_DIR } from '@/scripts/lib/pack-files';
import { INTENT_IDS, MARKETPLACES } from '@/knowledge/intents';
import { PLACEHOLDERS, placeholdersIn } from '@/knowledge/placeholders';
import { lintReply } from '@/utils/reply/lint';
import { fillPlaceholders } from '@/utils/reply/fill';
import { detection } from './helpers';
import type { Playbook, PolicyRule, ReplyTemplate } from '@/knowledge/schema';

const pack = loadPack(CORE_PACK_DIR);
const intents = INTENT_IDS.filter((i) => i !== 'other');
const LANGUAGES = ['en', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'ru', 'tr', 'ar', 'ja', 'ko'];
const AMAZON_COUNTRIES = 'US CA MX BR GB DE FR IT ES NL SE PL BE IE TR AE SA EG ZA IN SG AU JP'.split(' ');
const ALIEXPRESS_COUNTRIES = 'RU UA KZ BY IL KR CL CO PE AR UY PT CZ SK HU RO GR BG LT LV EE FI DK NO AT CH NZ MY TH VN ID PH'.split(' ');

const playbooks = pack.entries.filter((e): e is Playbook => e.kind === 'playbook');
const templates = pack.entries.filter((e): e is ReplyTemplate => e.kind === 'template');
const rules = pack.entries.filter((e): e is PolicyRule => e.kind === 'policy_rule');
const covers = (scope: string, marketplace: string) => scope === marketplace || scope === 'any';

describe('core pack coverage', () => {
  it('has a profile for every Amazon and main AliExpress country (45+)', () => {
    const codes = pack.countries.map((c) => c.code);
    expect(codes.length).toBeGreaterThanOrEqual(45);
    expect(codes).toEqual(expect.arrayContaining([...AMAZON_COUNTRIES, ...ALIEXPRESS_COUNTRIES]));
  });

  it.each(intents.flatMap((i) => MARKETPLACES.map((m) => [i, m] as const)))('%s has a playbook for %s', (intent, marketplace) => {
    expect(playbooks.some((p) => p.intents.includes(intent) && p.marketplace === marketplace)).toBe(true);
  });

  it.each(['emotion', 'star', 'crisis', 'time_zones'])('has the cross-cutting %s guide', (topic) => {
    expect(playbooks.some((p) => p.topic === topic)).toBe(true);
  });

  it.each(intents.flatMap((i) => MARKETPLACES.map((m) => [i, m] as const)))('%s has templates for %s in all 13 buyer languages', (intent, marketplace) => {
    const langs = new Set(templates.filter((t) => t.intent === intent && covers(t.marketplace, marketplace)).flatMap((t) => t.variants.map((v) => v.language)));
    expect([...LANGUAGES].filter((l) => !langs.has(l))).toEqual([]);
  });

  it('has culture-sensitive vocabulary notes and policy rules for both marketplaces', () => {
    expect(pack.entries.filter((e) => e.kind === 'vocabulary').length).toBeGreaterThanOrEqual(45);
    for (const m of MARKETPLACES) expect(rules.filter((r) => covers(r.marketplace, m)).length).toBeGreaterThanOrEqual(5);
  });
});

describe('core pack quality', () => {
  it('uses only known placeholders', () => {
    const known = new Set<string>(PLACEHOLDERS);
    const unknown = templates.flatMap((t) =>
      t.variants.flatMap((v) =>
        placeholdersIn(v.text)
          .filter((p) => !known.has(p))
          .map((p) => `${t.id}/${v.language}: ${p}`),
      ),
    );
    expect(unknown).toEqual([]);
  });

  it('every template, filled as the agent sends it, passes its marketplace compliance rules with zero findings', () => {
    // Filled as the overlay fills them (an unfilled one is the lint's own error by design).
    const sample = {
      buyer_name: 'Alex Kim',
      order_id: '302-1234567-7654321',
      tracking_number: '1Z999AA10123456784',
      product: 'ceramic mug',
      agent_name: 'Lin',
      shop_name: 'Acme Home',
      carrier: 'DHL',
      delivery_date: '12 May',
      refund_amount: '24.99',
      days: '5',
    };
    const findings = templates.flatMap((t) =>
      MARKETPLACES.filter((m) => covers(t.marketplace, m)).flatMap((m) =>
        t.variants.flatMap((v) => lintReply(fillPlaceholders(v.text, sample).text, rules, m).map((f) => `${t.id}/${v.language} on ${m}: ${f.ruleId} "${f.match}"`)),
      ),
    );
    expect(findings).toEqual([]);
  });

  it('gives every template variant a Chinese gloss', () => {
    const missing = templates.flatMap((t) => t.variants.filter((v) => !/[\u4e00-\u9fff]/.test(v.gloss)).map((v) => `${t.id}/${v.language}`));
    expect(missing).toEqual([]);
  });

  it('fills every country profile field (schema) and has unique ids', () => {
    const ids = pack.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of pack.countries) {
      expect(c.dos.length && c.donts.length && c.habits.length && c.holidays.length && c.sensitive.length, c.code).toBeTruthy();
      expect(c.customs.asOf, c.code).toMatch(/^\d{4}-\d{2}$/);
    }
  });
});

describe('wording notes by country', () => {
  it('gives a US buyer the US notes, not those of the Gulf, Australia or Canada (all write English)', async () => {
    const { layerPacks } = await import('@/knowledge/layering');
    const { suggest } = await import('@/knowledge/suggest');
    const kb = layerPacks([
      { id: pack.id, name: pack.name, version: pack.version, publisher: pack.publisher, priority: 0, enabled: true, source: 'bundled', installedAt: 1, entryCount: pack.entries.length, pack },
    ]);
    const ids = (country: string | null) =>
      suggest(kb, { detection: detection({ language: 'en', intent: 'shipping_status', labels: ['shipping_status'], country }), marketplace: 'amazon', language: 'en' }).vocabulary.map((v) => v.id);
    expect(ids('US').length).toBeGreaterThan(0);
    expect(ids('US').every((id) => !/^vocab\.(ae|sa|au|ca|gb|ie|in|nz|ph|sg|za|ua)\./.test(id))).toBe(true);
    expect(ids('AU').some((id) => id.startsWith('vocab.au.'))).toBe(true);
    expect(ids('AU').some((id) => id.startsWith('vocab.us.'))).toBe(false);
  });
});
