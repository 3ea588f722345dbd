/** Shared by the knowledge tests: fixture packs, fresh databases and full dumps for before/after checks. */
import { join } from 'node:path';
import { compilePack } from '@/knowledge/compiler';
import { TactDb } from '@/knowledge/db';
import type { Pack } from '@/knowledge/schema';
import type { Detection } from '@/utils/detection/types';
import { readSourceDir } from '@/scripts/lib/pack-files';

const FIXTURES = join(__dirname, '../../fixtures/packs');

export function fixturePack(name: 'mini' | 'upper'): Pack {
  return compilePack(readSourceDir(join(FIXTURES, name)));
}

/** A deep copy with a new version, as a team lead would publish an update. */
export function withVersion(pack: Pack, version: string, change?: (p: Pack) => void): Pack {
  const copy = structuredClone(pack);
  copy.version = version;
  change?.(copy);
  return copy;
}

let counter = 0;
export function freshDb(): TactDb {
  return new TactDb(`tact-test-${process.pid}-${++counter}-${Math.random().toString(36).slice(2)}`);
}

/** Every row of every table, in key order: two equal dumps mean nothing changed. */
export async function dump(db: TactDb): Promise<unknown> {
  return {
    packs: await db.packs.toArray(),
    meta: await db.meta.toArray(),
  };
}

/** A calm German buyer in Germany asking for a refund, with `over` on top (suggest tests). */
export function detection(over: Partial<Detection> = {}): Detection {
  return {
    language: 'de',
    languageConfidence: 0.9,
    intent: 'refund_request',
    labels: ['refund_request'],
    intents: [],
    polarity: 'neutral',
    anger: 0,
    urgency: 0,
    angry: false,
    urgent: false,
    toneReasons: [],
    sentiment: 'calm',
    risk: false,
    country: 'DE',
    countries: [],
    ...over,
  };
}
