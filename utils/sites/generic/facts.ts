/**
 * Facts around a conversation, by pattern, from text AND attributes: pages put the order id only in a
 * `label` (Katal), a topic in a `placeholder`, a name in a `title`. Scans the conversation's pane outside
 * the message rows (header, order card, side panel) plus the newest messages' text.
 */
import { ALIEXPRESS_ORDER_ID, AMAZON_ORDER_ID } from '@/utils/patterns/order-ids';
import { TRACKING_NUMBERS } from '@/utils/patterns/tracking-numbers';
import { flagToCode } from '@/utils/patterns/flags';
import { DATES, isTimeLabel } from './time-text';

export interface PageFacts {
  buyerName?: string;
  orderId?: string;
  trackingNumber?: string;
  pageCountry?: string;
  /** Money amounts as shown ("€ 24,99", "US $12.50"). */
  amounts: string[];
  /** Dates as shown (ISO, 22.11.2026, 2026年11月22日). */
  dates: string[];
}

const ATTRS = ['label', 'title', 'placeholder', 'aria-label', 'value', 'alt', 'href'];
// Buttons and form controls hold the page's words (Send, Reply), not the conversation's facts.
const SKIP = new Set(['HEAD', 'TITLE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'BUTTON', 'KAT-BUTTON']);
const TRACKING = new RegExp(TRACKING_NUMBERS.source);
const AMOUNTS = /(?:US\s?\$|R\$|C\$|A\$|[€$£¥₩₹₽]|\b(?:EUR|USD|GBP|JPY|CNY|BRL|PLN|SEK|CHF)\b)\s?\d[\d.,\s]*\d|\b\d[\d.,]*\d?\s?(?:€|zł|₽|円|元|원|\b(?:EUR|USD|GBP|PLN|kr)\b)/g;
/** "Send message to NAME", "Chat with NAME"…: a header that names the buyer. */
const NAMED =
  /^(?:send (?:a )?message to|message to|reply to|chat with|conversation with|contact|discussion avec|conversation avec|gespräch mit|chat mit|conversación con|conversa com|conversazione con|nachricht an|message à|envoyer un message à|mensaje a|enviar mensaje a|messaggio a|invia un messaggio a|bericht aan|wiadomość do|сообщение для)\s+(.{2,60})$/i;
/** A short field label, not a name: "Order ID:", "Status". */
const LABEL_LIKE = /[:：]$|^(?:order|bestellung|commande|pedido|ordine|订单|注文|주문|status|tracking|product|messages?|inbox|buyer|customer|details?)\b/i;
const MAX_NODES = 3000;

/** What a scan of the pane found, before the messages' texts are added. */
export interface PaneScan {
  texts: string[];
  attrs: string[];
  buyerName?: string;
}

/** Scans `scope` (skipping `exclude`, the message rows): text nodes and the attributes pages put facts in. */
export function scanPane(scope: Element, exclude: Element | null): PaneScan {
  const texts: string[] = [];
  const attrs: string[] = [];
  let named: string | undefined;
  let heading: string | undefined;
  const walker = scope.ownerDocument.createTreeWalker(scope, 1 | 4, {
    acceptNode: (node) => (node === exclude || (node.nodeType === 1 && (SKIP.has((node as Element).tagName) || (node as HTMLElement).hidden)) ? 2 : 1),
  });
  let count = 0;
  for (let node = walker.nextNode(); node && count < MAX_NODES; node = walker.nextNode(), count++) {
    if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').trim();
      if (text) texts.push(text);
      continue;
    }
    const el = node as Element;
    for (const attr of el.attributes) {
      if (ATTRS.includes(attr.name) || attr.name.startsWith('data-')) attrs.push(attr.value);
    }
    const own = el.childElementCount ? '' : (el.textContent ?? '').trim();
    named ??= (own.match(NAMED) ?? el.getAttribute('title')?.match(NAMED) ?? el.getAttribute('label')?.match(NAMED))?.[1].trim();
    if (!heading && /^H[1-6]$/.test(el.tagName) && isNameLike((el.textContent ?? '').trim())) heading = (el.textContent ?? '').trim();
  }
  return { texts, attrs, buyerName: named ?? heading ?? firstNameLike(texts) };
}

/** The facts of a scanned pane; the buyer's own texts count after the page's (a typed order id is a fallback). */
export function pageFacts(scan: PaneScan, buyerTexts: readonly string[] = []): PageFacts {
  const { texts, attrs } = scan;
  const all = [...attrs, ...texts, ...buyerTexts];
  const orderId = first(AMAZON_ORDER_ID, all) ?? first(ALIEXPRESS_ORDER_ID, all);
  const trackingNumber = all.map((t) => t.match(TRACKING)?.[0]).find((t) => t && t !== orderId);
  const pageText = texts.join('\n');
  return {
    ...(scan.buyerName && { buyerName: scan.buyerName }),
    ...(orderId && { orderId }),
    ...(trackingNumber && { trackingNumber }),
    ...(flagToCode([...texts, ...attrs].join(' ')) && { pageCountry: flagToCode([...texts, ...attrs].join(' '))! }),
    amounts: unique(pageText.match(AMOUNTS) ?? []).map((a) => a.trim()),
    dates: unique([...pageText.matchAll(DATES)].map((m) => m[0])),
  };
}

function first(pattern: RegExp, texts: readonly string[]): string | undefined {
  for (const text of texts) {
    const m = text.match(pattern);
    if (m) return m[0];
  }
  return undefined;
}

/** A person's or shop's name: a few words, mostly letters, not a time, a number or a field label. */
export function isNameLike(text: string): boolean {
  if (text.length < 2 || text.length > 60 || isTimeLabel(text) || LABEL_LIKE.test(text)) return false;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters >= text.replace(/\s/g, '').length * 0.7 && text.split(/\s+/).length <= 6 && !/[.!?]$/.test(text);
}

/** The header's first name-like text: where a chat shows who it is with. */
function firstNameLike(texts: readonly string[]): string | undefined {
  return texts.slice(0, 12).find(isNameLike);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
