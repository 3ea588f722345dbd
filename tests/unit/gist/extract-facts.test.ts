import { describe, expect, it } from 'vitest';
import { extractFacts, summarize } from '@/utils/gist';

describe('extractFacts', () => {
  it('reads prices in the markets’ formats, digits normalised', () => {
    const amounts = (t: string, language?: string) => extractFacts(t, { language }).amounts;
    expect(amounts('paid €12,50')).toEqual([{ value: 12.5, currency: 'EUR' }]);
    expect(amounts('custa 12,50 € só')).toEqual([{ value: 12.5, currency: 'EUR' }]);
    expect(amounts('R$ 89,90', 'pt')).toEqual([{ value: 89.9, currency: 'BRL' }]);
    expect(amounts('¥3,000でした', 'ja')).toEqual([{ value: 3000, currency: 'JPY' }]);
    expect(amounts('付了¥300', 'zh')).toEqual([{ value: 300, currency: 'CNY' }]);
    expect(amounts('３０００円です', 'ja')).toEqual([{ value: 3000, currency: 'JPY' }]);
    expect(amounts('US$ 20 please')).toEqual([{ value: 20, currency: 'USD' }]);
    expect(amounts('20 dollars')).toEqual([{ value: 20, currency: 'USD' }]);
    expect(amounts('заплатил 20 евро', 'ru')).toEqual([{ value: 20, currency: 'EUR' }]);
    expect(amounts('دفعت ٢٠ ريال', 'ar')).toEqual([{ value: 20, currency: 'SAR' }]);
    expect(amounts('1.234,56 EUR')).toEqual([{ value: 1234.56, currency: 'EUR' }]);
  });

  it('invents nothing: prices, ids, phones and years stay what they are', () => {
    const f = extractFacts('Order 303-1234567-1234567 cost $25. Call +1 415 555 0199. Bought in 2023, 3 pieces.', { language: 'en' });
    expect(f.orderIds).toEqual(['303-1234567-1234567']);
    expect(f.amounts).toEqual([{ value: 25, currency: 'USD' }]);
    expect(f.dates).toEqual([]);
    expect(f.durations).toEqual([]);
    expect(extractFacts('RR123456789CN', {}).amounts).toEqual([]);
    expect(extractFacts('tracking rr123456789cn').trackingNumbers).toEqual(['RR123456789CN']);
  });

  it('gives ISO dates when complete, the words otherwise', () => {
    expect(extractFacts('ordered 05.03.2025', { language: 'de' }).dates).toEqual(['2025-03-05']);
    expect(extractFacts('am 10. März bestellt', { language: 'de' }).dates).toEqual(['10. März']);
    expect(extractFacts('desde o dia 10', { language: 'pt' }).dates).toEqual(['dia 10']);
    expect(extractFacts('3月5日に注文', { language: 'ja' }).dates).toEqual(['3月5日']);
    expect(extractFacts('2025年3月5日', { language: 'zh' }).dates).toEqual(['2025-03-05']);
  });

  it('reads durations with digits and number words', () => {
    const d = (t: string, language?: string) => extractFacts(t, { language }).durations;
    expect(d('25 days')).toEqual([{ value: 25, unit: 'day' }]);
    expect(d('3 semanas', 'es')).toEqual([{ value: 3, unit: 'week' }]);
    expect(d('等了两周', 'zh')).toEqual([{ value: 2, unit: 'week' }]);
    expect(d('2週間待って', 'ja')).toEqual([{ value: 2, unit: 'week' }]);
    expect(d('жду десять дней', 'ru')).toEqual([{ value: 10, unit: 'day' }]);
    expect(d('twice a day')).toEqual([]);
  });

  it('drops refused asks and keeps the one wanted', () => {
    expect(extractFacts("I don't want a refund, I want a replacement", { language: 'en' }).asks).toEqual(['replacement']);
    expect(extractFacts('返金は要りません。交換してください', { language: 'ja' }).asks).toEqual(['exchange']);
    expect(extractFacts('İade istemiyorum, değişim istiyorum', { language: 'tr' }).asks).toEqual(['exchange']);
    expect(extractFacts('REEMBOLSO ya', { language: 'es' }).asks).toEqual(['refund']);
    // No match inside another word.
    expect(extractFacts('the cancellations policy of a cancelled… unreturnable', { language: 'en' }).asks).toEqual(['cancel']);
  });

  it('rejects a non-string text with a clear error', () => {
    expect(() => extractFacts(42 as unknown as string)).toThrow(/text must be a string/);
  });

  it('takes well under a millisecond on a 2,000-character message', () => {
    const text = 'My order 303-1234567-1234567 arrived damaged after 25 days, I paid €45,90 and want a refund or I will open a dispute. '.repeat(20).slice(0, 2000);
    for (let i = 0; i < 20; i++) extractFacts(text, { language: 'en' });
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) extractFacts(text, { language: 'en' });
    expect((performance.now() - t0) / 100).toBeLessThan(2);
  });
});

describe('summarize', () => {
  it('builds one sentence per agent language from intents, tone and facts', () => {
    const facts = extractFacts('Order 303-1234567-1234567 arrived broken, refund me or I file a chargeback', { language: 'en' });
    const s = summarize({ labels: ['refund_request', 'damaged_item'], polarity: 'negative', angry: true, urgent: false }, facts);
    expect(s.en).toBe('Wants a refund for a damaged item; angry, mentions a chargeback; order 303-1234567-1234567.');
    expect(s.zh).toBe('因商品损坏要求退款；情绪愤怒，提到拒付；订单 303-1234567-1234567。');
  });

  it('says plainly when nothing is clear', () => {
    const s = summarize({ labels: [], polarity: 'neutral', angry: false, urgent: false }, extractFacts('ok'));
    expect(s).toEqual({ en: 'No clear request.', zh: '未识别出明确诉求。' });
  });
});
