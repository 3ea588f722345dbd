/**
 * Layering: enabled packs ranked by priority (higher first; on a tie the later install wins). An entry id
 * or country code in a higher pack hides the same one below it; disabling the upper pack brings the
 * lower one back, because nothing is ever merged into the stored packs themselves.
 */
import type { PackRecord, TactDb } from './db';
import { hashString } from './hash';
import { compareIds } from './compare-ids';
import type { CountryProfile, Entry, EntryKind } from './schema';

export interface LayeredEntry {
  entry: Entry;
  packId: string;
}

export interface KnowledgeBase {
  /** Every installed pack, enabled or not. */
  installed: PackRecord[];
  /** Enabled packs, highest priority first. */
  packs: PackRecord[];
  /** Effective entries: one per id, from the highest-ranked pack holding it. */
  entries: LayeredEntry[];
  byKind: Record<EntryKind, LayeredEntry[]>;
  countries: Map<string, { profile: CountryProfile; packId: string }>;
  /** Identifies the effective entry set: changes whenever a pack is installed, toggled or re-prioritised. */
  key: string;
}

export function rankPacks(packs: PackRecord[]): PackRecord[] {
  return packs.filter((p) => p.enabled).sort((a, b) => b.priority - a.priority || b.installedAt - a.installedAt || compareIds(a.id, b.id));
}

export function layerPacks(all: PackRecord[]): KnowledgeBase {
  const packs = rankPacks(all);
  const seen = new Set<string>();
  const entries: LayeredEntry[] = [];
  const byKind: KnowledgeBase['byKind'] = { culture_tip: [], playbook: [], template: [], policy_rule: [], vocabulary: [] };
  for (const p of packs) {
    for (const entry of p.pack.entries) {
      if (seen.has(entry.id)) continue;
      seen.add(entry.id);
      const layered = { entry, packId: p.id };
      entries.push(layered);
      byKind[entry.kind].push(layered);
    }
  }
  const countries: KnowledgeBase['countries'] = new Map();
  for (const p of packs) {
    for (const profile of p.pack.countries) if (!countries.has(profile.code)) countries.set(profile.code, { profile, packId: p.id });
  }
  return { installed: all, packs, entries, byKind, countries, key: layerKey(packs) };
}

/** Cheap to compute from pack records alone, so a cold start can check the persisted index without reading text. */
export function layerKey(ranked: PackRecord[]): string {
  return hashString(ranked.map((p) => `${p.id}@${p.version}@${p.installedAt}@${p.priority}@${p.entryCount}`).join('|'));
}

export async function loadKnowledgeBase(db: TactDb): Promise<KnowledgeBase> {
  return layerPacks(await db.packs.toArray());
}
