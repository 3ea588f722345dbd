/**
 * The knowledge service the background (and popup/options/side panel) use. The MV3 service worker can die
 * at any time, so the module variable below is only a cache: every call can rebuild it from IndexedDB —
 * reopen the DB if it was closed, make sure the bundled pack is installed, load the persisted search index.
 * A revision counter in `meta` (bumped by every pack change, in any context) tells when the cache is stale.
 */
import type { KnowledgeStatus, SearchHit, SearchRequest, KnowledgeSuggestions } from './answers';
import { readRevision, TactDb } from './db';
import { onRevisionAnnounced } from './revision-channel';
import { ensureBundledPack } from './install';
import { loadKnowledgeBase, type KnowledgeBase } from './layering';
import type { DetectionSignals, IntentLexicon, Pack } from './schema';
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
  /** Drop the cache after a pack change made in this context (other contexts notice the revision). */
  invalidate(): void;
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
  revision: number;
  pending: Promise<Knowledge> | null;
}

let cache: Cache | null = null;
let defaultDb: TactDb | null = null;
/** The revision is re-read from IndexedDB at most this often; announcements invalidate at once. */
const REVISION_RECHECK_MS = 5000;
let revisionCheckedAt = 0;
/** Bumped by changes from other contexts, so a load that was under way when one arrived isn't kept. */
let generation = 0;
onRevisionAnnounced((local) => {
  // A change made here during a load was made by that load (the bundled pack), which reads after it.
  if (!local) generation++;
  revisionCheckedAt = 0;
  if (cache && !(local && cache.pending)) cache.knowledge = null;
});

export async function getKnowledge(corePack: CorePackSource, options: GetKnowledgeOptions = {}): Promise<Knowledge> {
  const db = options.db ?? (defaultDb ??= new TactDb());
  if (!cache || cache.db !== db) cache = { db, bundledChecked: false, knowledge: null, revision: -1, pending: null };
  const c = cache;
  // A bundled-pack check asked for while a load is under way runs after it, not lost inside it.
  if (c.pending) return options.checkBundled ? c.pending.catch(() => null).then(() => getKnowledge(corePack, options)) : c.pending;
  if (c.knowledge && !options.checkBundled) {
    // Changes made elsewhere are announced at once; this re-read only backs that up, so it never holds up
    // an answer: a change it finds is picked up by the next call.
    if (Date.now() - revisionCheckedAt >= REVISION_RECHECK_MS) void recheckRevision(c);
    return c.knowledge;
  }
  const startedAt = generation;
  c.pending = (async () => {
    if (!db.isOpen()) await db.open();
    let revision = await readRevision(db);
    revisionCheckedAt = Date.now();
    if (c.knowledge && c.revision === revision && !options.checkBundled) return c.knowledge;
    let base = await loadKnowledgeBase(db);
    if (options.checkBundled || !c.bundledChecked) {
      // A cold start needs the core pack only when none is stored (first run, wiped DB); comparing versions
      // means reading and hashing the bundled file, which happens on install/update (checkBundled).
      if (options.checkBundled || !base.installed.some((p) => p.source === 'bundled')) {
        try {
          const status = await ensureBundledPack(db, typeof corePack === 'function' ? await corePack() : corePack);
          if (status !== 'unchanged') {
            revision = await readRevision(db);
            base = await loadKnowledgeBase(db);
          }
        } catch (error) {
          // A broken bundled pack must not take the stored team packs down with it.
          console.error('tact: bundled knowledge pack not installed', error);
        }
      }
      c.bundledChecked = true;
    }
    c.knowledge = createKnowledge(base, () => KnowledgeSearch.load(db, base), () => {
      if (cache === c) c.knowledge = null;
    });
    c.revision = revision;
    return c.knowledge;
  })().finally(() => {
    c.pending = null;
  });
  const loaded = await c.pending;
  // A pack change announced during the load: this snapshot may predate it, so load again.
  if (generation !== startedAt) {
    c.knowledge = null;
    return getKnowledge(corePack, options);
  }
  return loaded;
}

async function recheckRevision(c: Cache): Promise<void> {
  revisionCheckedAt = Date.now();
  try {
    if (!c.db.isOpen()) await c.db.open();
    if ((await readRevision(c.db)) !== c.revision && cache === c && !c.pending) c.knowledge = null;
  } catch {
    // The next call reads the DB again anyway.
  }
}

/** Forget the cached knowledge (the next getKnowledge reloads from the DB). */
export function invalidateKnowledge(): void {
  if (cache) cache.knowledge = null;
}

function createKnowledge(base: KnowledgeBase, loadSearch: () => Promise<KnowledgeSearch>, invalidate: () => void): Knowledge {
  let searcher: Promise<KnowledgeSearch> | null = null;
  let sources: DetectionSources | null = null;
  return {
    base,
    search: async (req) => (await (searcher ??= loadSearch())).search(req),
    suggest: (args) => suggest(base, args),
    detectionSources: () => (sources ??= mergeDetectionSources(base)),
    status: () => ({ ready: true, packs: base.packs.length, entries: base.entries.length }),
    invalidate,
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
