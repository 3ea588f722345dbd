import { describe, expect, it } from 'vitest';
import { layerPacks } from '@/knowledge/layering';
import type { PackRecord } from '@/knowledge/db';
import type { Pack } from '@/knowledge/schema';
import { suggest } from '@/knowledge/suggest';
import { detection, fixturePack } from './helpers';

function record(pack: Pack, priority: number): PackRecord {
  return { id: pack.id, name: pack.name, version: pack.version, publisher: pack.publisher, priority, enabled: true, source: 'file', installedAt: 1, entryCount: pack.entries.length, pack };
}

const kb = layerPacks([record(fixturePack('mini'), 0)]);

describe('suggest', () => {
  it('gives the country profile and its tips, intent-matching tips first, then by weight', () => {
    const s = suggest(kb, { detection: detection({ intent: 'return_request' }), marketplace: 'amazon', language: 'de' });
    expect(s.country?.code).toBe('DE');
    expect(s.cultureTips.map((t) => t.id)).toEqual(['tip.de.returns', 'tip.de.formal', 'tip.de.weather']);
    expect(suggest(kb, { detection: detection(), marketplace: 'amazon', language: 'de' }).cultureTips.map((t) => t.id)).toEqual(['tip.de.formal', 'tip.de.returns', 'tip.de.weather']);
  });

  it('puts the exact marketplace playbook before the "any" one, and excludes other marketplaces', () => {
    expect(suggest(kb, { detection: detection(), marketplace: 'amazon', language: 'de' }).playbooks.map((p) => p.id)).toEqual(['pb.refund.amazon', 'pb.refund.any']);
    expect(suggest(kb, { detection: detection(), marketplace: 'aliexpress', language: 'de' }).playbooks.map((p) => p.id)).toEqual(['pb.refund.any']);
  });

  it('leads with the emotion guide when the buyer is angry or threatens', () => {
    expect(suggest(kb, { detection: detection({ sentiment: 'angry' }), marketplace: 'amazon', language: 'de' }).playbooks[0].id).toBe('pb.emotion');
    expect(suggest(kb, { detection: detection({ risk: true }), marketplace: 'amazon', language: 'de' }).playbooks.map((p) => p.id)).toEqual(['pb.emotion', 'pb.refund.amazon', 'pb.refund.any']);
    expect(suggest(kb, { detection: detection({ sentiment: 'frustrated' }), marketplace: 'amazon', language: 'de' }).playbooks[0].id).toBe('pb.refund.amazon');
  });

  it('picks templates for the intent, exact marketplace first, each in the buyer language', () => {
    const s = suggest(kb, { detection: detection(), marketplace: 'amazon', language: 'ja' });
    expect(s.templates.map((t) => [t.template.id, t.variant.language])).toEqual([
      ['tpl.refund.amazon', 'ja'],
      ['tpl.refund.any', 'en'],
    ]);
    expect(s.templates[0].packId).toBe('mini');
  });

  it("falls back to the country's language, then English", () => {
    const s = suggest(kb, { detection: detection({ language: 'und' }), marketplace: 'amazon', language: 'und' });
    expect(s.templates.map((t) => t.variant.language)).toEqual(['de', 'en']);
  });

  it('offers country-restricted templates only to that country', () => {
    const at = suggest(kb, { detection: detection({ country: 'AT' }), marketplace: 'aliexpress', language: 'de' });
    expect(at.templates.map((t) => t.template.id)).toEqual(['tpl.refund.de-only', 'tpl.refund.any']);
    expect(at.templates[1].variant.language).toBe('en');
    const de = suggest(kb, { detection: detection(), marketplace: 'aliexpress', language: 'de' });
    expect(de.templates.map((t) => t.template.id)).toEqual(['tpl.refund.any']);
  });

  it('lists the policy rules of the marketplace and "any", errors first', () => {
    expect(suggest(kb, { detection: detection(), marketplace: 'amazon', language: 'de' }).policyRules.map((r) => r.id)).toEqual(['policy.amazon.links', 'policy.any.offplatform']);
    expect(suggest(kb, { detection: detection(), marketplace: 'aliexpress', language: 'de' }).policyRules.map((r) => r.id)).toEqual(['policy.aliexpress.review', 'policy.any.offplatform']);
  });

  it('answers every intent above its threshold: each further label brings its playbook and its best template', () => {
    const one = suggest(kb, { detection: detection({ intent: 'refund_request', labels: ['refund_request'] }), marketplace: 'aliexpress', language: 'de' });
    const both = suggest(kb, { detection: detection({ intent: 'refund_request', labels: ['refund_request', 'damaged_item'] }), marketplace: 'aliexpress', language: 'de' });
    expect(one.playbooks.some((p) => p.intents.includes('damaged_item'))).toBe(false);
    expect(both.playbooks[0].intents).toContain('refund_request');
    expect(both.playbooks.some((p) => p.intents.includes('damaged_item'))).toBe(true);
    expect(both.templates[0].template.intent).toBe('refund_request');
    expect(both.templates.slice(0, 3).some((t) => t.template.intent === 'damaged_item')).toBe(true);
  });

  it('gives vocabulary notes for the language or country', () => {
    expect(suggest(kb, { detection: detection(), marketplace: 'amazon', language: 'de' }).vocabulary.map((v) => v.id)).toEqual(['vocab.de.du']);
    expect(suggest(kb, { detection: detection({ country: 'JP' }), marketplace: 'amazon', language: 'ja' }).vocabulary.map((v) => v.id)).toEqual(['vocab.ja.keigo']);
  });

  it('degrades gracefully without a country', () => {
    const s = suggest(kb, { detection: detection({ country: null }), marketplace: 'amazon', language: 'en' });
    expect(s.country).toBeNull();
    expect(s.cultureTips).toEqual([]);
    expect(s.templates.every((t) => t.variant.language === 'en')).toBe(true);
  });

  it('caps templates at five', () => {
    const many = fixturePack('mini');
    const base = many.entries.find((e) => e.id === 'tpl.refund.any')!;
    for (let i = 0; i < 8; i++) many.entries.push({ ...base, id: `tpl.refund.extra-${i}` });
    const s = suggest(layerPacks([record(many, 0)]), { detection: detection(), marketplace: 'amazon', language: 'en' });
    expect(s.templates).toHaveLength(5);
    expect(s.templates[0].template.id).toBe('tpl.refund.amazon');
  });
});
