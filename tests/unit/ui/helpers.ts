/** UI tests: a knowledge client over real fixture packs (in memory), and a fresh Dexie database. */
import { join } from 'node:path';
import { vi } from 'vitest';
import { configure } from '@testing-library/react';
import { compilePack } from '@/knowledge/compiler';
import type { PackRecord } from '@/knowledge/db';
import { layerPacks } from '@/knowledge/layering';
import type { Pack } from '@/knowledge/schema';
import { KnowledgeSearch } from '@/knowledge/search/knowledge-search';
import { suggest } from '@/knowledge/suggest';
import type { Detection } from '@/utils/detection/types';
import type { KnowledgeClient } from '@/components/shared/knowledge-client';
import { readSourceDir } from '@/scripts/lib/pack-files';

// The first search over a fixture pack builds its typo index: give async queries room on a busy machine.
configure({ asyncUtilTimeout: 5000 });

export { freshDb, teamPack, brokenPackText, FIXTURES } from '@/tests/unit/distribution/helpers';

export function miniPack(): Pack {
  return compilePack(readSourceDir(join(__dirname, '../../fixtures/packs/mini')));
}

export function records(packs: Pack[]): PackRecord[] {
  return packs.map((pack, i) => ({
    id: pack.id,
    name: pack.name,
    version: pack.version,
    publisher: pack.publisher,
    priority: i * 10,
    enabled: true,
    source: i === 0 ? 'bundled' : 'file',
    installedAt: 1_700_000_000_000 + i,
    entryCount: pack.entries.length,
    pack,
  }));
}

export const GERMAN_DAMAGE: Detection = {
  language: 'de',
  languageConfidence: 0.97,
  intent: 'damaged_item',
  labels: ['damaged_item'],
  polarity: 'negative',
  anger: 0.2,
  urgency: 0,
  angry: false,
  urgent: false,
  toneReasons: [],
  intents: [{ id: 'damaged_item', score: 0.9 }],
  sentiment: 'frustrated',
  risk: false,
  country: 'DE',
  countries: [{ code: 'DE', score: 0.9, reasons: ['language de'] }],
};

/** The real search and suggestion code over the given packs, behind the popup's client interface. */
export function fakeClient(packs: Pack[], detection: Detection = GERMAN_DAMAGE) {
  const kb = layerPacks(records(packs));
  const searcher = KnowledgeSearch.build(kb);
  const client = {
    search: vi.fn(async (req: Parameters<KnowledgeClient['search']>[0]) => searcher.search(req)),
    suggest: vi.fn(async (req: Parameters<KnowledgeClient['suggest']>[0]) => {
      const d = { ...detection, ...(req.overrides?.intent ? { intent: req.overrides.intent } : {}), ...(req.overrides?.country ? { country: req.overrides.country } : {}) };
      const { policyRules: _rules, ...rest } = suggest(kb, { detection: d, marketplace: req.conversation.marketplace, language: d.language });
      return { detection: d, ...rest };
    }),
    status: vi.fn(async () => ({ ready: true, packs: kb.packs.length, entries: kb.entries.length })),
    facetOptions: vi.fn(async () => ({ countries: [...kb.countries.keys()].sort(), languages: ['de', 'en', 'fr'] })),
    getEntry: vi.fn(async (packId: string, id: string) => kb.entries.find((e) => e.packId === packId && e.entry.id === id)?.entry ?? null),
  } satisfies KnowledgeClient;
  return { client, kb };
}
