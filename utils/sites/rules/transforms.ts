/**
 * The code a site rule may call by name where a selector and a pattern can't say it. Each takes what the
 * pick read (and the page URL) and returns the field's value, or undefined when it can't tell.
 */
import type { SiteTransform } from '@/knowledge/site-rules-schema';
import { INTENT_IDS, type IntentId } from '@/knowledge/intents';
import { amazonMarketplaceCountry } from '@/utils/sites/amazon-hosts';
import { countryCodeFrom } from '@/utils/sites/page-country';

/** "Send message to NAME" in the Seller Central UI languages agents use. */
const CONTACT_HEADER_PATTERNS = [
  /^Send message to\s+(.+)$/i,
  /^Nachricht an\s+(.+?)\s+senden$/i,
  /^Envoyer un message à\s+(.+)$/i,
  /^Enviar mensaje a\s+(.+)$/i,
  /^Invia messaggio a\s+(.+)$/i,
  /^发送消息给\s*(.+)$/,
  /^向\s*(.+?)\s*发送消息$/,
  /^(.+?)\s*さんにメッセージを送信$/,
];

/** Topics (contact-page radio values and labels, the inbox's topic field) in the Seller Central UI languages, and the intent they imply. */
const AMAZON_TOPICS: [RegExp, IntentId][] = [
  [/shipping|delivery|tracking|env[ií]o|entrega|lieferung|versand|livraison|exp[ée]dition|spedizione|consegna|配送|物流|发货/i, 'shipping_status'],
  [/return|devoluci[oó]n|r[üu]cksend|retour|reso\b|退货|返品/i, 'return_request'],
  [/refund|reembolso|erstattung|rembours|rimborso|退款|返金/i, 'refund_request'],
  [/invoice|发票/i, 'invoice_request'],
  [/cancel|取消/i, 'cancel_order'],
  [/custom(s|ization)?[ _]dut|customs|关税/i, 'customs_tax'],
  [/additional[ _]information|order[ _]information|附加信息|订单信息/i, 'change_order'],
];

const INTENTS = new Set<string>(INTENT_IDS);

export const TRANSFORMS: Record<SiteTransform, (value: string, url: URL) => string | undefined> = {
  'contact-header-name': (value) => {
    for (const pattern of CONTACT_HEADER_PATTERNS) {
      const m = value.match(pattern);
      if (m) return m[1].trim();
    }
    return undefined;
  },
  'amazon-topic': (value) => AMAZON_TOPICS.find(([pattern]) => pattern.test(value))?.[1],
  /** The value is an intent id already (a rule's `value`), checked against the known ones. */
  intent: (value) => (INTENTS.has(value) ? value : undefined),
  /** A flag emoji, an ISO code, or a country name in English or Chinese. */
  country: (value) => countryCodeFrom(value) ?? undefined,
  /** The legacy list's css_flag sprite: `css_ru` in the class (AliExpress writes the UK as "uk"). */
  'sprite-country': (value) => {
    const code = value.match(/(?:^|\s)css_([a-z]{2})(?:\s|$)/)?.[1].toUpperCase();
    return code ? (code === 'UK' ? 'GB' : code) : undefined;
  },
  /** What the Amazon marketplace sells to: marketplaceID in the URL, else the host. */
  'amazon-marketplace-country': (_value, url) => amazonMarketplaceCountry(url.hostname, url.searchParams.get('marketplaceID'))?.country,
};
