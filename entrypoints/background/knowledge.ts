/**
 * The background's handles on knowledge and detection. Both are caches over IndexedDB (the worker may
 * have been stopped since the last call): the knowledge service reloads from the DB, and the detector is
 * recompiled whenever the packs' lexicons change.
 */
import { browser } from 'wxt/browser';
import { TactDb } from '@/knowledge/db';
import { createPackAdmin } from '@/knowledge/pack-admin';
import { getKnowledge, invalidateKnowledge, type Knowledge } from '@/knowledge/service';
import { createDetector, type Detector } from '@/utils/detection';

/** The compiled core pack ships as a file; it is read only when the DB needs (re)filling. */
async function loadCorePack(): Promise<unknown> {
  // Copied into the build by wxt.config.ts (not in public/, so WXT's typed paths don't list it).
  const response = await fetch((browser.runtime.getURL as (path: string) => string)('/core-pack.json'));
  if (!response.ok) throw new Error(`bundled core pack missing (${response.status})`);
  return response.json();
}

let db: TactDb | null = null;
const knowledgeDb = () => (db ??= new TactDb());

export function knowledge(options: { checkBundled?: boolean } = {}): Promise<Knowledge> {
  return getKnowledge(loadCorePack, { ...options, db: knowledgeDb() });
}

let compiled: { sources: unknown; detector: Detector } | null = null;

export async function detector(): Promise<Detector> {
  const sources = (await knowledge()).detectionSources();
  if (compiled?.sources !== sources) compiled = { sources, detector: createDetector(sources) };
  return compiled.detector;
}

/** The knowledge DB's only writer: options, popup and side panel send it messages (setup.ts). */
export const packAdmin = createPackAdmin({ db: knowledgeDb, onChange: invalidateKnowledge });
