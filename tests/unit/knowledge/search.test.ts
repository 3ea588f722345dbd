import { beforeAll, describe, expect, it } from 'vitest';
import { installPack } from '@/knowledge/install';
import { INDEX_META_KEY, KnowledgeSearch } from '@/knowledge/search/knowledge-search';
import { normalize, queryTokens, tokenize } from '@/knowledge/search/search-tokens';
import { boundedDistance } from '@/knowledge/search/typo';
import type { TactDb } from '@/knowledge/db';
import { fixturePack, freshDb } from './helpers';

describe('normalize and tokenize', () => {
  it('lowercases and folds accents, ß and Arabic letter variants', () => {
    expect(normalize('Rückerstattung für Straße')).toBe('ruckerstattung fur strasse');
    expect(normalize('CAFÉ Ñandú')).toBe('cafe nandu');
    expect(normalize('أهلاً بالطلبية')).toBe(normalize('اهلا بالطلبيه'));
  });

  it('keeps Japanese voicing marks and Korean syllables intact', () => {
    expect(normalize('ございます')).toBe('ございます');
    expect(normalize('환불')).toBe('환불');
  });

  it('makes word tokens for spaced scripts and unigrams + bigrams for CJK', () => {
    expect(tokenize('Where is my parcel? Где посылка')).toEqual(['where', 'is', 'my', 'parcel', 'где', 'посылка']);
    expect(tokenize('申請退款')).toEqual(['申', '申請', '請', '請退', '退', '退款', '款']);
    expect(tokenize('iPhone15保护壳')).toEqual(['iphone15', '保', '保护', '护', '护壳', '壳']);
    expect(tokenize('الطلب')).toEqual(['الطلب', 'طلب']);
  });

  it('turns a CJK query into bigrams with unigram fallbacks', () => {
    expect(queryTokens('退款申请')).toEqual([
      { term: '退款', cjk: true, unigrams: ['退', '款'] },
      { term: '款申', cjk: true, unigrams: ['款', '申'] },
      { term: '申请', cjk: true, unigrams: ['申', '请'] },
    ]);
    expect(queryTokens('退')).toEqual([{ term: '退', cjk: true }]);
  });

  it('computes a bounded edit distance with transpositions', () => {
    expect(boundedDistance('refnd', 'refund', 1)).toBe(1);
    expect(boundedDistance('recieve', 'receive', 1)).toBe(1);
    expect(boundedDistance('parcel', 'pencil', 1)).toBe(2);
  });
});

describe('KnowledgeSearch', () => {
  let db: TactDb;
  let search: KnowledgeSearch;
  const ids = (query: string, extra: object = {}) => search.search({ query, ...extra }).map((h) => h.entry.id);

  beforeAll(async () => {
    db = freshDb();
    await installPack(db, fixturePack('mini'), { source: 'bundled' });
    search = await KnowledgeSearch.load(db);
  });

  it('finds entries by title, keywords and body text', () => {
    expect(ids('Widerrufsrecht')[0]).toBe('tip.de.returns');
    expect(ids('money back')[0]).toBe('pb.refund.amazon');
    expect(ids('photos short video')[0]).toBe('pb.damaged.aliexpress');
  });

  it.each([
    ['refnd', 'refund'],
    ['damged', 'damaged'],
    ['Rückerstatung', 'Rückerstattung'],
    ['Ruckerstattung', 'no umlaut'],
  ])('tolerates the typo "%s" (%s)', (query) => {
    const found = ids(query);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatch(query.startsWith('dam') ? /damaged/ : /refund/);
  });

  it('matches partial words by prefix', () => {
    expect(ids('Widerruf')[0]).toBe('tip.de.returns');
    expect(ids('refu')[0]).toMatch(/refund/);
  });

  it.each([
    ['退款', /refund/],
    ['损坏', /damaged/],
    ['返金', /^tpl\.refund\.amazon$/],
    ['申し訳', /^tip\.jp\.apology$/],
    ['استرداد', /^tpl\.refund\.any$/],
    ['رمضان', /^tip\.sa\.ramadan$/],
    ['посылка', /^tpl\.shipping\.ru$/],
    ['Возврат денег', /^tpl\.refund\.any$/],
  ])('answers the %s query', (query, expected) => {
    expect(ids(query)[0]).toMatch(expected);
  });

  it('finds Arabic words with or without the article', () => {
    expect(ids('لطلبك')).toContain('tpl.refund.any');
    expect(ids('التوصيل')[0]).toBe('tip.sa.ramadan');
    expect(ids('توصيل')[0]).toBe('tip.sa.ramadan');
  });

  it('applies facet filters before ranking', () => {
    expect(ids('refund', { filters: { kind: ['template'] } }).every((id) => id.startsWith('tpl.'))).toBe(true);
    expect(ids('refund', { filters: { marketplace: 'aliexpress' } })).not.toContain('pb.refund.amazon');
    expect(ids('refund', { filters: { marketplace: 'aliexpress' } })).toContain('pb.refund.any');
    expect(ids('refund', { filters: { language: 'ru', kind: ['template'] } })).toEqual(['tpl.refund.any']);
    expect(ids('Germany', { filters: { country: 'JP' } })).toEqual([]);
    expect(ids('refund', { filters: { intent: 'damaged_item' } }).some((id) => id.includes('refund'))).toBe(false);
  });

  it('prefers the detected country and intent without excluding the rest', () => {
    const plain = ids('Germany Japan');
    expect(plain[0]).toBe('tip.jp.apology');
    const preferDe = ids('Germany Japan', { prefer: { country: 'DE' } });
    expect(preferDe[0]).toMatch(/^tip\.de\./);
    expect(preferDe).toContain('tip.jp.apology');
    const byIntent = ids('Germany', { prefer: { intent: 'return_request' } });
    expect(byIntent[0]).toBe('tip.de.returns');
    expect(ids('Germany')[0]).not.toBe('tip.de.returns');
  });

  it('browses by facets when the query has no words, and honours the limit', () => {
    const hits = search.search({ query: '  ', filters: { kind: ['policy_rule'], marketplace: 'amazon' } });
    expect(hits.map((h) => h.entry.id).sort()).toEqual(['policy.amazon.links', 'policy.any.offplatform']);
    expect(search.search({ query: 'refund', limit: 2 })).toHaveLength(2);
    expect(search.search({ query: '', limit: 1000 }).length).toBe(20);
  });

  it('returns the entry with its pack and a score, best first', () => {
    const [first, second] = search.search({ query: 'refund' });
    expect(first.packId).toBe('mini');
    expect(first.score).toBeGreaterThanOrEqual(second.score);
  });

  it('returns nothing for words that are nowhere', () => {
    expect(ids('zzqxv')).toEqual([]);
  });

  it('persists the index, and a cold start loads it instead of rebuilding', async () => {
    const stored = await db.meta.get(INDEX_META_KEY);
    expect(stored?.value).toMatchObject({ key: search.kb.key });
    const cold = await KnowledgeSearch.load(db);
    expect(cold.origin).toBe('loaded');
    expect(cold.search({ query: 'damged' }).map((h) => h.entry.id)).toEqual(ids('damged'));
  });

  it('rebuilds when the stored index does not match the entries', async () => {
    await db.meta.put({ key: INDEX_META_KEY, value: { ...((await db.meta.get(INDEX_META_KEY))!.value as object), key: 'stale' } });
    const rebuilt = await KnowledgeSearch.load(db);
    expect(rebuilt.origin).toBe('built');
    expect((await db.meta.get(INDEX_META_KEY))!.value).toMatchObject({ key: rebuilt.kb.key });
  });
});
