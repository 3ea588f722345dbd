/**
 * Search over the effective entries. Retrieval is a token index (exact, prefix and typo-corrected terms,
 * BM25-weighted over title/keywords/tags/body); facet filters are applied to those candidates; Fuse.js then
 * re-ranks only the best 20 fuzzily over their short fields. Fuse alone is linear in all the text it reads,
 * which made it far too slow at 10k entries (docs/knowledge-packs.md, "How search finds entries").
 */
import Fuse from 'fuse.js';
import type { SearchFilters, SearchHit, SearchRequest } from '@/knowledge/answers';
import type { TactDb } from '@/knowledge/db';
import { loadKnowledgeBase, type KnowledgeBase, type LayeredEntry } from '@/knowledge/layering';
import { entryFields, excerpt, facetsOf, passes, type Facets } from './documents';
import { normalize, queryTokens } from './search-tokens';
import { INDEX_FORMAT, TokenIndex, type SerializedIndex } from './token-index';
import { TopK } from './top-k';
import { TypoIndex } from './typo';

export const INDEX_META_KEY = 'search-index';
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;
const PREFIX_EXPANSIONS = 24;
const K1 = 1.2;
const B = 0.75;
/** How much a preferred country / intent lifts an entry (ranking only, never a filter). */
const PREFER_BOOST = 1.3;

const FUSE_KEYS = [
  { name: 't', weight: 3 },
  { name: 'k', weight: 2 },
  { name: 'g', weight: 1 },
  { name: 'b', weight: 1 },
];
// Keys as FuseIndex stores them, for Fuse.parseIndex (weights normalised to sum 1, as Fuse's KeyStore does).
const FUSE_KEY_OBJECTS = FUSE_KEYS.map((k) => ({ path: [k.name], id: k.name, weight: k.weight / 7, src: k.name }));
const FUSE_OPTIONS = {
  // Texts and query are already lowercased and accent-folded (normalize), so Fuse needn't redo it per search.
  isCaseSensitive: true,
  ignoreDiacritics: false,
  ignoreLocation: true,
  includeScore: true,
  threshold: 0.3,
  shouldSort: false,
  keys: FUSE_KEYS,
};
/** How many of the best token candidates Fuse re-ranks, and how much of each field it reads: its bitap scan
 * costs (text length × allowed errors) per field, so both are capped. */
const FUSE_CANDIDATES = 20;
const FUSE_FIELD_CHARS = 120;
/** One bitap chunk: a longer query would be scanned once per 32 characters. */
const FUSE_QUERY_CHARS = 32;
type FuseRecord = Record<number, { v: string; n: number }>;

export class KnowledgeSearch {
  private readonly facets: Facets[];
  private readonly total: Float32Array;
  private readonly perToken: Float32Array;
  private readonly matched: Uint8Array;
  private readonly touchedAll: Int32Array;
  private readonly touchedToken: Int32Array;
  private readonly norm: Float32Array;
  private readonly fuseRecords = new Map<number, FuseRecord>();
  private typo: TypoIndex | null = null;

  private constructor(
    readonly kb: KnowledgeBase,
    readonly index: TokenIndex,
    /** 'loaded' when the persisted index was reused, 'built' when it had to be (re)built. */
    readonly origin: 'loaded' | 'built',
  ) {
    this.facets = kb.entries.map((e) => facetsOf(e.entry));
    const n = kb.entries.length;
    this.total = new Float32Array(n);
    this.perToken = new Float32Array(n);
    this.matched = new Uint8Array(n);
    this.touchedAll = new Int32Array(n);
    this.touchedToken = new Int32Array(n);
    // BM25's document-length part, once per document instead of once per posting.
    this.norm = new Float32Array(n);
    for (let d = 0; d < n; d++) this.norm[d] = K1 * (1 - B + (B * index.data.docLen[d]) / index.avgDocLen);
  }

  /** Loads the persisted index when it matches the effective entries; otherwise builds and persists it. */
  static async load(db: TactDb, kb?: KnowledgeBase): Promise<KnowledgeSearch> {
    const base = kb ?? (await loadKnowledgeBase(db));
    const row = await db.meta.get(INDEX_META_KEY);
    const stored = row?.value as SerializedIndex | undefined;
    if (stored && matches(stored, base)) return new KnowledgeSearch(base, new TokenIndex(stored), 'loaded');
    const built = KnowledgeSearch.build(base);
    // The index is usable now; writing it for the next cold start needn't hold up this search.
    // Not fatal if it fails: the next cold start rebuilds (quota or a closing DB are the usual causes).
    db.meta.put({ key: INDEX_META_KEY, value: built.index.data }).catch((error) => console.warn('tact: could not persist the search index', error));
    return built;
  }

  static build(kb: KnowledgeBase): KnowledgeSearch {
    const docs = kb.entries.map(({ entry }) => ({ id: entry.id, fields: entryFields(entry) }));
    return new KnowledgeSearch(kb, TokenIndex.build(kb.key, docs), 'built');
  }

  search(req: SearchRequest): SearchHit[] {
    const limit = Math.min(Math.max(1, req.limit ?? DEFAULT_LIMIT), MAX_LIMIT);
    const tokens = queryTokens(req.query ?? '');
    if (!tokens.length) return this.browse(req, limit);
    const candidates = this.retrieve(tokens, req.filters, Math.max(30, limit * 2));
    if (!candidates.length) return [];
    const maxScore = candidates[0].score;
    const fuseScores = this.fuzzy(
      req.query,
      candidates.slice(0, FUSE_CANDIDATES).map((c) => c.doc),
    );
    const hits: SearchHit[] = candidates.map(({ doc, score }) => {
      const fuse = fuseScores.get(doc);
      const blended = 0.65 * (score / maxScore) + 0.35 * (fuse === undefined ? 0 : 1 - fuse);
      const { entry, packId } = this.kb.entries[doc];
      return { entry, packId, score: round(blended * this.preference(doc, req)) };
    });
    return hits.sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id)).slice(0, limit);
  }

  /**
   * Token retrieval: BM25 per query token (best of its exact/prefix/typo terms), coordination-weighted
   * (documents matching every token first), facet-filtered, best `keep` kept with a small heap. Scratch
   * arrays are reused across queries, so a query allocates almost nothing however common its words are.
   */
  private retrieve(tokens: ReturnType<typeof queryTokens>, filters: SearchFilters | undefined, keep: number): Array<{ doc: number; score: number }> {
    const { postDocs, postWeights, offsets } = this.index.data;
    const n = this.index.docCount;
    const { total, perToken, matched, norm, touchedAll, touchedToken } = this;
    let nAll = 0;
    for (const token of tokens) {
      let nToken = 0;
      for (const [termId, factor] of this.expand(token)) {
        const df = offsets[termId + 1] - offsets[termId];
        const f = factor * Math.log(1 + (n - df + 0.5) / (df + 0.5)) * (K1 + 1);
        for (let p = offsets[termId], end = offsets[termId + 1]; p < end; p++) {
          const d = postDocs[p];
          const w = postWeights[p];
          const s = (f * w) / (w + norm[d]);
          const current = perToken[d];
          if (current === 0) touchedToken[nToken++] = d;
          if (s > current) perToken[d] = s;
        }
      }
      for (let i = 0; i < nToken; i++) {
        const d = touchedToken[i];
        if (matched[d] === 0) touchedAll[nAll++] = d;
        total[d] += perToken[d];
        matched[d]++;
        perToken[d] = 0;
      }
    }
    const filtered = Boolean(filters && (filters.kind?.length || filters.country || filters.intent || filters.language || filters.marketplace));
    const heap = new TopK(keep);
    const count = tokens.length;
    for (let i = 0; i < nAll; i++) {
      const d = touchedAll[i];
      const coord = matched[d] / count;
      const score = total[d] * coord * coord;
      total[d] = 0;
      matched[d] = 0;
      if (heap.accepts(score) && (!filtered || passes(this.facets[d], filters))) heap.push(d, score);
    }
    return heap.sorted();
  }

  /** The vocabulary terms a query token stands for, with how much each counts. */
  private expand(token: ReturnType<typeof queryTokens>[number]): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    const exact = this.index.termId(token.term);
    if (exact >= 0) out.push([exact, 1]);
    if (token.cjk) {
      if (exact < 0 && token.unigrams) {
        for (const u of token.unigrams) {
          const id = this.index.termId(u);
          if (id >= 0) out.push([id, 0.3]);
        }
      }
      return out;
    }
    if (token.term.length >= 2) {
      for (const id of this.index.prefixed(token.term, PREFIX_EXPANSIONS)) {
        out.push([id, 0.5 + (0.3 * token.term.length) / this.index.data.terms[id].length]);
      }
    }
    if (exact < 0) {
      this.typo ??= new TypoIndex(this.index);
      for (const c of this.typo.corrections(token.term)) out.push([c.termId, c.distance === 1 ? 0.7 : 0.5]);
    }
    return out;
  }

  /**
   * Fuse over the best candidates' short fields: rewards near-matches the token pass can't see (partial
   * words, word order, a typo inside a phrase). Fields are pre-normalised and their Fuse records cached per
   * entry, so each query pays only for the bitap scan of ~20 short texts.
   */
  private fuzzy(query: string, docs: number[]): Map<number, number> {
    const records = docs.map((d, i) => ({ i, $: this.fuseRecord(d) }));
    const fuse = new Fuse(docs, FUSE_OPTIONS, Fuse.parseIndex<number>({ keys: FUSE_KEY_OBJECTS, records }));
    const scores = new Map<number, number>();
    for (const r of fuse.search(normalize(query).trim().slice(0, FUSE_QUERY_CHARS))) scores.set(r.item, r.score ?? 1);
    return scores;
  }

  private fuseRecord(d: number): FuseRecord {
    let record = this.fuseRecords.get(d);
    if (!record) {
      const e = this.kb.entries[d].entry;
      const doc = {
        t: normalize(`${e.title.en} ${e.title.zh}`).slice(0, FUSE_FIELD_CHARS),
        k: normalize((e.keywords ?? []).join(' ')).slice(0, FUSE_FIELD_CHARS),
        g: normalize((e.tags ?? []).join(' ')).slice(0, FUSE_FIELD_CHARS),
        b: normalize(excerpt(e, 48)),
      };
      record = Fuse.createIndex(FUSE_KEYS, [doc]).records[0].$ as FuseRecord;
      this.fuseRecords.set(d, record);
    }
    return record;
  }

  private preference(d: number, req: SearchRequest): number {
    const f = this.facets[d];
    let boost = 1;
    if (req.prefer?.country && f.countries.includes(req.prefer.country)) boost *= PREFER_BOOST;
    if (req.prefer?.intent && f.intents.includes(req.prefer.intent)) boost *= PREFER_BOOST;
    return boost;
  }

  /** No query words: the filtered entries, preferred ones first. */
  private browse(req: SearchRequest, limit: number): SearchHit[] {
    const hits: SearchHit[] = [];
    this.kb.entries.forEach(({ entry, packId }: LayeredEntry, d) => {
      if (passes(this.facets[d], req.filters)) hits.push({ entry, packId, score: round(this.preference(d, req) / PREFER_BOOST ** 2) });
    });
    return hits.sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id)).slice(0, limit);
  }
}

function matches(stored: SerializedIndex, kb: KnowledgeBase): boolean {
  if (stored.format !== INDEX_FORMAT || stored.key !== kb.key || stored.docIds.length !== kb.entries.length) return false;
  return kb.entries.every((e, i) => stored.docIds[i] === e.entry.id);
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
