import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packJsonSchema, PACK_SCHEMA_FILE, sourceJsonSchema, SOURCE_SCHEMA_FILE } from '@/scripts/lib/pack-schema';
import { formatStats, packStats } from '@/scripts/lib/pack-stats';
import { fixturePack } from './helpers';

const ROOT = join(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const cli = (...args: string[]) => spawnSync(TSX, ['scripts/pack.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('pack stats', () => {
  it('counts entries by kind, countries, intent coverage, templates by language and placeholders', () => {
    const s = packStats(fixturePack('mini'));
    expect(s.entries).toBe(20);
    expect(s.entriesByKind).toEqual({ culture_tip: 5, playbook: 4, template: 6, policy_rule: 3, vocabulary: 2 });
    expect(s.countryCodes).toEqual(['AT', 'DE']);
    expect(s.tipsByCountry).toEqual({ DE: 3, JP: 1, SA: 1 });
    expect(s.intents.refund_request).toEqual({ playbooks: 2, templates: 3 });
    expect(s.intentsWithoutPlaybook).toContain('shipping_status');
    expect(s.intentsWithoutTemplate).not.toContain('refund_request');
    expect(s.templatesByLanguage).toEqual({ ar: 1, de: 2, en: 4, es: 1, ja: 1, ru: 2 });
    expect(s.placeholders.buyer_name).toBe(9);
    expect(s.lexicons).toEqual({ intents: 1, phrasesByLanguage: { de: 1, en: 2 } });
    expect(formatStats(s)).toMatch(/^mini@1\.0\.0: 20 entries\nentries by kind: culture_tip 5, playbook 4/);
  });
});

describe('pack schema', () => {
  it('exports JSON Schema from the zod schema, and the committed copies are current', () => {
    const schema = packJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'entries', 'countries', 'intents']));
    expect(schema.required).toContain('entries');
    expect((sourceJsonSchema() as { required?: string[] }).required ?? []).toEqual([]);
    // Run `npm run pack -- schema` after changing knowledge/schema.ts.
    expect(JSON.parse(readFileSync(join(ROOT, PACK_SCHEMA_FILE), 'utf8'))).toEqual(packJsonSchema());
    expect(JSON.parse(readFileSync(join(ROOT, SOURCE_SCHEMA_FILE), 'utf8'))).toEqual(sourceJsonSchema());
  });
});

describe('pack CLI', () => {
  it('prints stats as JSON and exits 0', () => {
    const out = execFileSync(TSX, ['scripts/pack.ts', 'stats', 'tests/fixtures/packs/mini', '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ pack: { id: 'mini' }, entries: 20 });
  }, 30_000);

  it('exits 1 with the file, the path and the expectation on a bad pack', () => {
    const bad = cli('validate', 'tests/fixtures/packs/bad');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('entries.yaml: entries[0].title.en: expected string, got number');
    expect(bad.stderr).toContain('entries.yaml: entries[1].kind: unknown kind: expected one of culture_tip, playbook, template, policy_rule, vocabulary');
    const missing = cli('stats', 'no/such/dir');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no/such/dir: no such file or folder');
    expect(cli('frobnicate').status).toBe(1);
  }, 30_000);
});
