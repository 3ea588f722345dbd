/**
 * The knowledge service the background uses. The MV3 service worker can die at any time, so the module
 * variable below is only a cache: every call can rebuild it from IndexedDB — reopen the DB if it was closed,
 * make sure the bundled pack is installed, load the persisted search index. The background is the only writer
 * (knowledge/pack-admin.ts) and drops the cache after each change, so no revision needs re-checking.
 */
import type { FacetOptions, KnowledgeStatus, SearchHit, SearchRequest, KnowledgeSuggestions } from './answers';
import { TactDb } from './db';
import { facetOptions } from './facet-options';
import { ensureBundledPack } from './install';
import { loadKnowledgeBase, type KnowledgeBase } from './layering';
import type { DetectionSignals, Entry, IntentLexicon, Pack } from './schema';
import { KnowledgeSearch } from './search/knowledge-search';
import { suggest, type SuggestArgs } from './suggest';

export interface DetectionSources {
  intents: IntentLexicon[];
  signals: DetectionSignals;
}

export interface Knowledge {
  /** The search index loads on first use: a cold worker answering getSuggestions doesn't need it. */
  search(req: SearchRequest): Promise<SearchHit[]>;
  suggest(args: SuggestArgs): KnowledgeSuggestions;
  detectionSources(): DetectionSources;
  status(): KnowledgeStatus;
  facetOptions(): FacetOptions;
  getEntry(packId: string, id: string): Entry | null;
  readonly base: KnowledgeBase;
}

export interface GetKnowledgeOptions {
  /** Defaults to the one `tact-knowledge` database. */
  db?: TactDb;
  /** Compare the stored core pack with the bundled file and update it (runtime.onInstalled: install/update). */
  checkBundled?: boolean;
}

type CorePackSource = Pack | unknown | (() => Pack | unknown | Promise<Pack | unknown>);

interface Cache {
  db: TactDb;
  bundledChecked: boolean;
  knowledge: Knowledge | null;
  pending: Promise<Knowledge> | null;
  /** Bumped by invalidate: a load under way when a change lands must not be kept. */
  generation: number;
}

let cache: Cache | null = null;
let defaultDb: TactDb | null = null;

export async function getKnowledge(corePack: CorePackSource, options: GetKnowledgeOptions = {}): Promise<Knowledge> {
  const db = options.db ?? (defaultDb ??= new TactDb());
  if (!cache || cache.db !== db) cache = { db, bundledChecked: false, knowledge: null, pending: null, generation: 0 };
  const c = cache;
  // A bundled-pack check asked for while a load is under way runs after it, not lost inside it.
  if (c.pending) return options.checkBundled ? c.pending.catch(() => null).then(() => getKnowledge(corePack, options)) : c.pending;
  if (c.knowledge && !options.checkBundled) return c.knowledge;
  const startedAt = c.generation;
  c.pending = (async () => {
    if (!db.isOpen()) await db.open();
    let base = await loadKnowledgeBase(db);
    if (options.checkBundled || !c.bundledChecked) {
      // A cold start needs the core pack only when none is stored (first run, wiped DB); comparing versions
      // means reading and hashing the bundled file, which happens on install/update (checkBundled).
      if (options.checkBundled || !base.installed.some((p) => p.source === 'bundled')) {
        try {
          const status = await ensureBundledPack(db, typeof corePack === 'function' ? await corePack() : corePack);
          if (status !== 'unchanged') base = await loadKnowledgeBase(db);
        } catch (error) {
          // A broken bundled pack must not take the stored team packs down with it.
          console.error('tact: bundled knowledge pack not installed', error);
        }
      }
      c.bundledChecked = true;
    }
    c.knowledge = createKnowledge(base, () => KnowledgeSearch.load(db, base));
    return c.knowledge;
  })().finally(() => {
    c.pending = null;
  });
  const loaded = await c.pending;
  // A pack change landed during the load: this snapshot may predate it, so load again.
  if (c.generation !== startedAt) {
    c.knowledge = null;
    return getKnowledge(corePack, options);
  }
  return loaded;
}

/** Forget the cached knowledge after a pack change (the next getKnowledge reloads from the DB). */
export function invalidateKnowledge(): void {
  if (!cache) return;
  cache.knowledge = null;
  cache.generation++;
}

function createKnowledge(base: KnowledgeBase, loadSearch: () => Promise<KnowledgeSearch>): Knowledge {
  let searcher: Promise<KnowledgeSearch> | null = null;
  let sources: DetectionSources | null = null;
  let facets: FacetOptions | null = null;
  return {
    base,
    search: async (req) => (await (searcher ??= loadSearch())).search(req),
    suggest: (args) => suggest(base, args),
    detectionSources: () => (sources ??= mergeDetectionSources(base)),
    status: () => ({ ready: true, packs: base.packs.length, entries: base.entries.length }),
    facetOptions: () => (facets ??= facetOptions(base)),
    // From the pack as stored (enabled or not): the What's new list names entries of any pack.
    getEntry: (packId, id) => base.installed.find((p) => p.id === packId)?.pack.entries.find((e) => e.id === id) ?? null,
  };
}

/** Lexicons and examples of every enabled pack, concatenated per intent and language, highest priority first. */
export function mergeDetectionSources(base: KnowledgeBase): DetectionSources {
  const intents = new Map<string, IntentLexicon>();
  const signals: Record<string, Record<string, string[]>> = {};
  for (const { pack } of base.packs) {
    for (const lex of pack.intents) {
      const target = intents.get(lex.id) ?? { id: lex.id, lexicon: {} };
      intents.set(lex.id, target);
      appendLanguages(target.lexicon, lex.lexicon);
      if (lex.examples) appendLanguages((target.examples ??= {}), lex.examples);
    }
    for (const [signal, map] of Object.entries(pack.detection ?? {})) {
      if (map) appendLanguages((signals[signal] ??= {}), map);
    }
  }
  return { intents: [...intents.values()], signals: signals as DetectionSignals };
}

function appendLanguages(into: Record<string, string[]>, from: Record<string, string[]>) {
  for (const [lang, phrases] of Object.entries(from)) (into[lang] ??= []).push(...phrases);
}
