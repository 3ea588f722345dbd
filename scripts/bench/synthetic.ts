/**
 * Deterministic synthetic packs for the benchmark: customer-service vocabulary in eight languages
 * (en, de, es, fr, ru, ar, zh, ja) plus generated product names, ~6-word titles, ~6 keywords and
 * ~60-word bodies, spread over every entry kind so the facets and the layering see realistic data.
 */
import type { Entry, Pack } from '@/knowledge/schema';
import { INTENT_IDS } from '@/knowledge/intents';

export function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS: Record<string, string[]> = {
  en: `order parcel package delivery shipping tracking number refund return replacement damaged broken missing wrong
    size color quality defect invoice payment card charge cancel change address customs duty tax fee delay late
    carrier courier warehouse stock discount coupon price review feedback complaint dispute claim buyer seller
    message reply answer today tomorrow week days business arrived received never still waiting sorry apologise
    thank please help check confirm photo video evidence policy rule deadline hours guarantee warranty manual
    instructions battery charger cable screen button zipper fabric leather glass plastic metal wooden box label
    customer service support urgent again second third first full partial amount money back account status
    update expected estimated holiday weekend office local post office pickup point neighbour door signature`.split(/\s+/),
  de: `Bestellung Paket Lieferung Versand Sendungsverfolgung Rückerstattung Rücksendung Ersatz beschädigt kaputt
    fehlt falsch Größe Farbe Qualität Mangel Rechnung Zahlung Karte stornieren ändern Adresse Zoll Steuer Gebühr
    Verzögerung spät Zusteller Lager Rabatt Gutschein Preis Bewertung Beschwerde Käufer Verkäufer Nachricht
    Antwort heute morgen Woche Tage angekommen erhalten nie warten Entschuldigung danke bitte Hilfe prüfen
    bestätigen Foto Beweis Frist Stunden Garantie Gewährleistung Anleitung Akku Ladegerät Kabel Bildschirm
    Reißverschluss Stoff Leder Glas Karton Kundendienst dringend Betrag Geld zurück Packstation Nachbar Widerruf`.split(/\s+/),
  es: `pedido paquete entrega envío seguimiento reembolso devolución reemplazo dañado roto falta equivocado talla
    color calidad defecto factura pago tarjeta cancelar cambiar dirección aduana impuesto tarifa retraso tarde
    transportista almacén descuento cupón precio reseña queja comprador vendedor mensaje respuesta hoy mañana
    semana días llegó recibido nunca esperando disculpa gracias ayuda comprobar confirmar foto prueba plazo horas
    garantía manual batería cargador cable pantalla cremallera tela cuero vidrio caja atención urgente importe dinero`.split(/\s+/),
  fr: `commande colis livraison expédition suivi remboursement retour remplacement endommagé cassé manquant erreur
    taille couleur qualité défaut facture paiement carte annuler modifier adresse douane taxe frais retard
    transporteur entrepôt remise coupon prix avis réclamation litige acheteur vendeur message réponse aujourd
    demain semaine jours arrivé reçu jamais attente désolé merci aide vérifier confirmer photo preuve délai heures
    garantie notice batterie chargeur câble écran fermeture tissu cuir verre boîte service urgent montant argent`.split(/\s+/),
  ru: `заказ посылка доставка отправка трек номер возврат деньги замена повреждён сломан отсутствует неправильный
    размер цвет качество брак счёт оплата карта отменить изменить адрес таможня пошлина налог задержка поздно
    перевозчик склад скидка купон цена отзыв жалоба спор покупатель продавец сообщение ответ сегодня завтра
    неделя дни пришла получил никогда жду извините спасибо помощь проверить подтвердить фото видео срок часов
    гарантия инструкция батарея зарядка кабель экран молния ткань кожа стекло коробка поддержка срочно сумма`.split(/\s+/),
  ar: `الطلب الطرد التوصيل الشحن التتبع رقم استرداد المبلغ الإرجاع الاستبدال تالف مكسور مفقود خطأ المقاس اللون
    الجودة عيب الفاتورة الدفع البطاقة إلغاء تغيير العنوان الجمارك الضريبة رسوم تأخير متأخر شركة المستودع خصم
    قسيمة السعر تقييم شكوى نزاع المشتري البائع رسالة رد اليوم غدا أسبوع أيام وصل استلمت أبدا انتظار آسف شكرا
    مساعدة تحقق تأكيد صورة فيديو دليل مهلة ساعات ضمان دليل بطارية شاحن كابل شاشة قماش جلد زجاج صندوق خدمة عاجل`.split(/\s+/),
  zh: `订单 包裹 物流 发货 快递 单号 退款 退货 换货 补发 损坏 破损 缺件 发错 尺码 颜色 质量 瑕疵 发票 付款
    信用卡 取消 修改 地址 海关 关税 税费 延误 延迟 承运商 仓库 折扣 优惠券 价格 评价 差评 投诉 纠纷 买家 卖家
    消息 回复 今天 明天 一周 工作日 到货 签收 没收到 等待 抱歉 谢谢 帮助 核实 确认 照片 视频 证据 政策 规则
    时限 小时 保修 说明书 电池 充电器 数据线 屏幕 拉链 面料 皮革 玻璃 纸箱 客服 紧急 金额 部分退款 全额退款`.split(/\s+/),
  ja: `注文 荷物 配送 発送 追跡 番号 返金 返品 交換 再送 破損 故障 不足 誤配 サイズ 色 品質 不良 請求書 支払い
    カード キャンセル 変更 住所 税関 関税 手数料 遅延 遅れ 配送業者 倉庫 割引 クーポン 価格 レビュー 苦情
    購入者 出品者 メッセージ 返信 本日 明日 一週間 営業日 到着 受け取り 届かない お待ち 申し訳ございません
    ありがとうございます 確認 写真 動画 証拠 期限 時間 保証 説明書 電池 充電器 ケーブル 画面 生地 箱 至急 金額`.split(/\s+/),
};

const SPACED = new Set(['en', 'de', 'es', 'fr', 'ru', 'ar']);
const TEMPLATE_LANGS = ['en', 'de', 'es', 'fr', 'ru', 'ar', 'ja'];
const COUNTRIES = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'RU', 'SA', 'AE', 'JP', 'KR', 'BR', 'MX', 'PL', 'TR', 'NL'];
const SYLLABLES = 'ka lo mi ver ta no ri sa fle xo zen dra pu lum vi tor qua bel sun mar'.split(' ');

/** ~3k generated product and brand names on top of the ~850 real words: a ~4k-word vocabulary. */
function productNames(rnd: () => number, count: number): string[] {
  const out = new Set<string>();
  while (out.size < count) {
    const n = 2 + Math.floor(rnd() * 2);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
    out.add(rnd() < 0.3 ? `${w}${100 + Math.floor(rnd() * 900)}` : w);
  }
  return [...out];
}

export class Corpus {
  readonly rnd: () => number;
  readonly products: string[];
  constructor(seed: number) {
    this.rnd = prng(seed);
    this.products = productNames(this.rnd, 3000);
  }
  pick<T>(list: readonly T[]): T {
    // Skewed towards the start of a list: real text repeats common words (roughly Zipf-like).
    return list[Math.floor(list.length * this.rnd() ** 1.6)];
  }
  word(lang: string): string {
    return this.rnd() < 0.12 ? this.pick(this.products) : this.pick(WORDS[lang]);
  }
  text(lang: string, words: number): string {
    const parts = Array.from({ length: words }, () => this.word(lang));
    return SPACED.has(lang) ? parts.join(' ') : parts.join('');
  }
  bi(words: number) {
    return { en: this.text('en', words), zh: this.text('zh', Math.ceil(words / 2)) };
  }
  keywords(): string[] {
    const langs = Object.keys(WORDS);
    return Array.from({ length: 6 }, () => this.word(langs[Math.floor(this.rnd() * langs.length)]));
  }
}

export function syntheticEntry(c: Corpus, i: number): Entry {
  const roll = c.rnd();
  const base = { id: `syn.${i}`, title: c.bi(6), keywords: c.keywords() };
  const country = () => COUNTRIES[Math.floor(c.rnd() * COUNTRIES.length)];
  const intent = () => INTENT_IDS[Math.floor(c.rnd() * INTENT_IDS.length)];
  const marketplace = () => (['amazon', 'aliexpress', 'any'] as const)[Math.floor(c.rnd() * 3)];
  if (roll < 0.4) {
    const langs = new Set([TEMPLATE_LANGS[Math.floor(c.rnd() * TEMPLATE_LANGS.length)], 'en']);
    return {
      ...base,
      kind: 'template',
      intent: intent(),
      marketplace: marketplace(),
      tone: 'neutral',
      variants: [...langs].map((language) => ({ language, text: `{{buyer_name}} ${c.text(language, 30)} {{order_id}}`, gloss: c.text('zh', 15) })),
    };
  }
  if (roll < 0.7) return { ...base, kind: 'culture_tip', countries: [country()], body: c.bi(30), weight: Math.floor(c.rnd() * 100) };
  if (roll < 0.85) {
    return {
      ...base,
      kind: 'playbook',
      intents: [intent()],
      topic: 'intent',
      marketplace: marketplace(),
      situation: c.bi(10),
      checkFirst: [],
      evidence: [],
      steps: [c.bi(10), c.bi(10)],
      deadlines: [],
      escalation: [],
      neverSay: [],
    };
  }
  if (roll < 0.95) {
    const language = TEMPLATE_LANGS[Math.floor(c.rnd() * TEMPLATE_LANGS.length)];
    return { ...base, kind: 'vocabulary', language, avoid: [c.text(language, 2)], instead: [c.text(language, 2)], why: c.bi(20) };
  }
  return { ...base, kind: 'policy_rule', marketplace: marketplace(), check: 'pattern', severity: 'warning', patterns: [], explanation: c.bi(25) };
}

export function syntheticPack(entries: number, seed = 7): Pack {
  const c = new Corpus(seed);
  return {
    schemaVersion: 1,
    id: `synthetic-${entries}`,
    name: `Synthetic ${entries}`,
    version: '1.0.0',
    publisher: 'bench',
    publishedAt: '2026-11-01',
    description: 'Synthetic multilingual pack for the benchmark',
    changelog: [],
    entries: Array.from({ length: entries }, (_, i) => syntheticEntry(c, i)),
    intents: [],
    countries: [],
  };
}

export interface BenchQuery {
  query: string;
  filters?: { kind?: Array<Entry['kind']>; country?: string; marketplace?: 'amazon' | 'aliexpress' };
  prefer?: { country?: string };
}

/** Queries as agents type them: words in several scripts, pairs, typos, prefixes, CJK, filtered. */
export function benchQueries(count: number, seed = 11): BenchQuery[] {
  const c = new Corpus(seed);
  const spaced = ['en', 'de', 'es', 'fr', 'ru', 'ar'];
  const typo = (w: string) => {
    const i = 1 + Math.floor(c.rnd() * (w.length - 2));
    return c.rnd() < 0.5 ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  };
  const out: BenchQuery[] = [];
  while (out.length < count) {
    const r = c.rnd();
    const lang = spaced[Math.floor(c.rnd() * spaced.length)];
    const w = c.pick(WORDS[lang]);
    if (r < 0.25) out.push({ query: w });
    else if (r < 0.45) out.push({ query: `${w} ${c.pick(WORDS[lang])}` });
    else if (r < 0.6 && w.length >= 5) out.push({ query: typo(w) });
    else if (r < 0.7 && w.length >= 5) out.push({ query: w.slice(0, 4) });
    else if (r < 0.85) out.push({ query: c.rnd() < 0.6 ? c.pick(WORDS.zh) : c.pick(WORDS.ja) });
    else out.push({ query: w, filters: { kind: ['template', 'playbook'], marketplace: 'amazon' }, prefer: { country: 'DE' } });
  }
  return out;
}
