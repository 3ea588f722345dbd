import { describe, expect, it } from 'vitest';
import { identifyLanguage } from '@/utils/detection';
import { LANGID_LANGUAGES } from '@/utils/detection/langid-encoding';

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
  // The 22 languages added for the 55 markets.
  ['af', 'Hallo, my pakkie het nog nie aangekom nie en die opsporing wys niks nie'],
  ['be', 'Добры дзень, пасылка дагэтуль не прыйшла, і трэк нічога не паказвае'],
  ['bg', 'Здравейте, пратката още не е пристигнала и проследяването не показва нищо'],
  ['ca', 'Bon dia, el paquet encara no ha arribat i el seguiment no mostra res de nou'],
  ['cs', 'Dobrý den, balík pořád nedorazil a sledování zásilky nic neukazuje'],
  ['da', 'Hej, pakken er stadig ikke kommet, og sporingen viser ingenting'],
  ['el', 'Γεια σας, το δέμα δεν έχει φτάσει ακόμα και η παρακολούθηση δεν δείχνει τίποτα'],
  ['et', 'Tere, pakk pole ikka veel kohale jõudnud ja jälgimine ei näita midagi'],
  ['fi', 'Hei, paketti ei ole vieläkään saapunut eikä seuranta näytä mitään'],
  ['ga', 'Dia duit, níor tháinig an beartán fós agus níl aon rud nua ar an rianú'],
  ['hi', 'नमस्ते, मेरा पार्सल अभी तक नहीं आया है और ट्रैकिंग में कुछ नहीं दिख रहा'],
  ['hu', 'Jó napot, a csomag még mindig nem érkezett meg, és a követés semmit sem mutat'],
  ['kk', 'Сәлеметсіз бе, сәлемдеме әлі келген жоқ және бақылау ештеңе көрсетпейді'],
  ['lt', 'Laba diena, siuntinys vis dar neatkeliavo, o sekimas nieko nerodo'],
  ['lv', 'Labdien, paka joprojām nav pienākusi, un izsekošana neko nerāda'],
  ['ms', 'Helo, bungkusan saya masih belum sampai dan saya tak boleh jejak penghantaran itu'],
  ['nb', 'Hei, pakken har fortsatt ikke kommet, og sporingen viser ikke noe nytt'],
  ['ro', 'Bună ziua, coletul tot nu a ajuns și urmărirea nu arată nimic'],
  ['sk', 'Dobrý deň, balík stále neprišiel a sledovanie zásielky nič neukazuje'],
  ['sv', 'Hej, paketet har fortfarande inte kommit och spårningen visar ingenting'],
  ['tl', 'Magandang araw, hindi pa rin dumarating ang package ko at walang update sa tracking'],
  ['uk', 'Добрий день, посилка досі не прийшла, і трекінг нічого не показує'],
];

/** Close neighbours that share most letter sequences: each pair written for these tests. */
const NEIGHBOURS: Array<[string, string]> = [
  ['cs', 'Chtěl bych vrátit tyto boty, protože jsou mi malé'],
  ['sk', 'Chcel by som vrátiť tieto topánky, pretože sú mi malé'],
  ['da', 'Jeg vil gerne returnere skoene, fordi de er for små'],
  ['nb', 'Jeg vil gjerne returnere skoene, fordi de er for små til meg'],
  ['sv', 'Jag vill gärna returnera skorna eftersom de är för små'],
  ['id', 'Saya mau mengembalikan sepatu ini karena ukurannya terlalu kecil, bisa tolong dibantu?'],
  ['ms', 'Saya mahu pulangkan kasut ini kerana saiznya terlalu kecil, boleh tolong saya?'],
  ['nl', 'Ik wil deze schoenen graag terugsturen omdat ze te klein zijn'],
  ['af', 'Ek wil graag hierdie skoene terugstuur want hulle is te klein vir my'],
  ['es', 'Quiero devolver estos zapatos porque me quedan pequeños'],
  ['pt', 'Quero devolver estes sapatos porque ficaram pequenos para mim'],
  ['ca', 'Vull tornar aquestes sabates perquè em van petites'],
  ['ru', 'Я хочу вернуть эти ботинки, потому что они мне малы'],
  ['uk', 'Я хочу повернути ці черевики, бо вони мені замалі'],
  ['be', 'Я хачу вярнуць гэтыя чаравікі, бо яны мне малыя'],
  ['bg', 'Искам да върна тези обувки, защото са ми малки'],
  ['kk', 'Мен бұл аяқ киімді қайтарғым келеді, себебі олар маған кішкентай'],
];

describe('identifyLanguage', () => {
  it.each(SAMPLES)('recognises %s', (lang, text) => {
    const g = identifyLanguage(text);
    expect(g.language).toBe(lang);
    expect(g.confidence).toBeGreaterThan(0.5);
  });

  it('has a sample for every language it answers', () => {
    expect(new Set(SAMPLES.map(([l]) => l))).toEqual(new Set(LANGID_LANGUAGES));
  });

  it.each(NEIGHBOURS)('tells %s from its close neighbours', (lang, text) => {
    expect(identifyLanguage(text).language).toBe(lang);
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
    expect(identifyLanguage('privet, gde moy zakaz').language).toBe('ru');
  });

  it('reads a Russian message with Latin brand names as Russian', () => {
    expect(identifyLanguage('Здравствуйте, мой заказ iPhone 15 Pro через AliExpress так и не пришёл').language).toBe('ru');
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
