import { describe, expect, it } from 'vitest';
import { identifyLanguage } from '@/utils/detection';

// Buyer-style sentences written for these tests (not from the evaluation data).
const SAMPLES: Array<[string, string]> = [
  ['en', 'Hello, my parcel still has not arrived and the tracking page shows nothing new'],
  ['es', 'Hola, el paquete todavía no ha llegado y el seguimiento no muestra nada'],
  ['pt', 'Olá, a encomenda ainda não chegou e o rastreio não mostra nada de novo'],
  ['fr', "Bonjour, le colis n'est toujours pas arrivé et le suivi n'affiche rien"],
  ['de', 'Hallo, das Paket ist immer noch nicht angekommen und die Sendungsverfolgung zeigt nichts'],
  ['it', 'Ciao, il pacco non è ancora arrivato e il tracciamento non mostra niente'],
  ['nl', 'Hallo, het pakket is nog steeds niet aangekomen en de track en trace laat niets zien'],
  ['pl', 'Dzień dobry, paczka nadal nie dotarła, a śledzenie niczego nie pokazuje'],
  ['ru', 'Здравствуйте, посылка до сих пор не пришла, и трек ничего не показывает'],
  ['tr', 'Merhaba, kargo hâlâ gelmedi ve takip sayfası hiçbir şey göstermiyor'],
  ['ar', 'مرحبا، الطرد لم يصل بعد وصفحة التتبع لا تظهر أي شيء'],
  ['he', 'שלום, החבילה עדיין לא הגיעה והמעקב לא מראה כלום'],
  ['ja', 'こんにちは、荷物がまだ届いていません。追跡も更新されません'],
  ['ko', '안녕하세요, 택배가 아직 도착하지 않았고 배송조회도 안 됩니다'],
  ['zh', '你好，包裹还没到，物流信息也没有更新'],
  ['th', 'สวัสดีครับ พัสดุยังไม่มาถึงเลย และการติดตามก็ไม่แสดงอะไร'],
  ['vi', 'Xin chào, gói hàng vẫn chưa đến và trang theo dõi không hiển thị gì'],
  ['id', 'Halo, paket saya belum sampai dan pelacakan tidak menunjukkan apa-apa'],
];

describe('identifyLanguage', () => {
  it.each(SAMPLES)('recognises %s', (lang, text) => {
    const g = identifyLanguage(text);
    expect(g.language).toBe(lang);
    expect(g.confidence).toBeGreaterThan(0.5);
  });

  it('says und when there are no words to go on', () => {
    for (const text of ['', '   ', '12345', '🙂🙂🙂', '!!! ???', '123-1234567-1234567']) {
      expect(identifyLanguage(text)).toMatchObject({ language: 'und', confidence: 0 });
    }
  });

  it('gives very short texts a low confidence instead of certainty', () => {
    expect(identifyLanguage('ok').confidence).toBeLessThan(0.3);
    expect(identifyLanguage('gracias').confidence).toBeLessThan(0.5);
    expect(identifyLanguage('Hola, el paquete todavía no ha llegado a mi casa').confidence).toBeGreaterThan(0.7);
  });

  it('lowers confidence for mixed-script texts', () => {
    const pure = identifyLanguage('我的订单到哪里了，物流一直没有更新').confidence;
    const mixed = identifyLanguage('my order 到哪了 tracking 没有更新 please check').confidence;
    expect(mixed).toBeLessThan(pure);
  });

  it('lets CJK outweigh a Latin name inside the sentence', () => {
    expect(identifyLanguage('Kate很同情他。').language).toBe('zh');
    expect(identifyLanguage('Tom이 "Happy Birthday" 노래를 불렀다').language).toBe('ko');
    expect(identifyLanguage('「ｐｒｅｔｔｙ」の綴りは？').language).toBe('ja');
  });

  it('reads Russian typed in Latin letters as Russian', () => {
    expect(identifyLanguage('zdravstvuyte gde moy zakaz, uzhe mesyac zhdu').language).toBe('ru');
  });

  it('separates close Romance languages by their function words', () => {
    expect(identifyLanguage('Não recebi o produto, é um absurdo').language).toBe('pt');
    expect(identifyLanguage('No he recibido el producto, es un desastre').language).toBe('es');
    expect(identifyLanguage('Non ho ricevuto il prodotto, è un disastro').language).toBe('it');
  });

  it('handles a megabyte of text (its speed is measured by the benchmark)', () => {
    expect(identifyLanguage('where is my order '.repeat(60_000)).language).toBe('en');
  });
});
