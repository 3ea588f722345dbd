/**
 * Buyer or seller, without a site rule. Evidence, strongest first: a text Tact inserted (the seller sent
 * it), the author label (the shop's or agents' names from settings), own/sent marks in class names and
 * attributes, then the side the bubble sits on (own messages on the right), from the layout or, where
 * there is none (a test DOM), from the computed alignment styles. Decided for the newest rows together:
 * a page that marks only the seller's rows leaves the unmarked ones to the buyer.
 */
import type { RowParts } from './message-body';
import { fold } from './options';

export type Side = 'buyer' | 'seller';

const SELLER_MARK = /^(?:sent|send|outgoing|outbound|out|self|mine|my|own|me|right|seller|merchant|agent|staff|store|shop|operator|support|owner)$/;
const BUYER_MARK = /^(?:received|receive|incoming|inbound|in|left|buyer|customer|client|other|others|them|their|guest|visitor|peer)$/;
const MARK_ATTRS = ['class', 'data-testid', 'data-test-id', 'data-qa', 'data-side', 'data-from', 'data-direction', 'data-role', 'data-sender', 'data-type', 'data-author-type'];

/** How a page labels the agent's own messages: 我 (AliExpress), You, Me… */
const SELF_LABEL = /^(?:我|我方|自己|you|me|yo|io|ich|moi|vous|eu|私|自分|나|я|ja|ty|du|tú|tu|jij|ikke)$/;

export interface SideContext {
  container: Element;
  sellerNames: ReadonlySet<string>;
  buyerNames: ReadonlySet<string>;
  insertedTexts: readonly string[];
}

/** The sides of rows read together, in their order. */
export function sidesOf(rows: readonly Element[], parts: readonly RowParts[], ctx: SideContext, marks: readonly (Side | undefined)[] = rows.map(markOf)): Side[] {
  const inserted = ctx.insertedTexts.map(fold).filter(Boolean);
  const anyBuyerMark = marks.includes('buyer');
  const anySellerMark = marks.includes('seller');
  return rows.map((_, i) => {
    const p = parts[i];
    if (inserted.length && inserted.some((t) => fold(p.text).includes(t))) return 'seller';
    if (p.author) {
      const author = fold(p.author);
      if (ctx.sellerNames.has(author)) return 'seller';
      if (ctx.buyerNames.has(author)) return 'buyer';
      if (SELF_LABEL.test(author)) return 'seller';
    }
    if (marks[i]) return marks[i]!;
    // Only one side is marked on this page: the other side carries no mark.
    if (anySellerMark && !anyBuyerMark) return 'buyer';
    if (anyBuyerMark && !anySellerMark) return 'seller';
    if (cachedPosition(rows[i], p.body, ctx.container) === 'right') return 'seller';
    return 'buyer';
  });
}

/** A side named in the row's own tokens (and its first descendants'): sent-message, is-mine, bubble--right… */
export function markOf(row: Element): Side | undefined {
  const els = [row, ...[...row.querySelectorAll('*')].slice(0, 6)];
  let seller = false;
  let buyer = false;
  for (const el of els) {
    for (const attr of MARK_ATTRS) {
      const value = el.getAttribute(attr);
      if (!value) continue;
      for (const token of tokens(value)) {
        if (SELLER_MARK.test(token)) seller = true;
        else if (BUYER_MARK.test(token)) buyer = true;
      }
    }
  }
  return seller === buyer ? undefined : seller ? 'seller' : 'buyer';
}

/** Words in class names and attribute values: `sent-message-component`, `isMine`, `bubble_right_x1`. */
function tokens(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

type Position = 'left' | 'right' | undefined;

/**
 * A row keeps its side: measured once. Reading a box forces a layout when the page just changed, so only
 * rows no mark or name decides are measured, and each only once.
 */
const positions = new WeakMap<Element, Position | null>();

/** Per container: the side rows with the same classes down to the text were measured on. */
const bySignature = new WeakMap<Element, Map<string, Position | null>>();

function cachedPosition(row: Element, body: Element, container: Element): Position {
  const known = positions.get(row);
  if (known !== undefined) return known ?? undefined;
  // A new row styled like rows already measured sits where they sit: no layout forced for it.
  const signature = signatureOf(row, body);
  let shared = bySignature.get(container);
  if (!shared) bySignature.set(container, (shared = new Map()));
  if (signature && shared.has(signature)) {
    const position = shared.get(signature);
    positions.set(row, position ?? null);
    return position ?? undefined;
  }
  const position = positionOf(row, body, container);
  // No layout yet (a row not rendered): ask again next time.
  if (position || container.getBoundingClientRect().width > 0) {
    positions.set(row, position ?? null);
    if (signature) shared.set(signature, position ?? null);
  }
  return position;
}

/** The classes and inline styles from the row down to its text; '' when there are none to tell rows apart. */
function signatureOf(row: Element, body: Element): string {
  let signature = '';
  let styled = false;
  for (let el: Element | null = body; el; el = el === row ? null : el.parentElement) {
    const cls = el.getAttribute('class') ?? '';
    const style = el.getAttribute('style') ?? '';
    if (cls || style) styled = true;
    signature = `${el.tagName}.${cls}[${style}]>${signature}`;
  }
  return styled ? signature : '';
}

/** Where the bubble sits in the container: by its box when there is a layout, else by its alignment styles. */
export function positionOf(row: Element, body: Element, container: Element): Position {
  const box = container.getBoundingClientRect();
  if (box.width > 0) {
    const r = bubbleOf(body, container, box.width).getBoundingClientRect();
    if (r.width === 0) return undefined;
    const left = r.left - box.left;
    const right = box.right - r.right;
    // A full-width row says nothing; a bubble hugging one side says which.
    if (Math.abs(left - right) < Math.max(16, box.width * 0.08)) return undefined;
    return left < right ? 'left' : 'right';
  }
  return styledPosition(row, body);
}

/** The outermost box around the text that is still narrower than the container: the bubble. */
function bubbleOf(body: Element, container: Element, width: number): Element {
  let bubble = body;
  for (let el = body.parentElement; el && el !== container; el = el.parentElement) {
    if (el.getBoundingClientRect().width >= width * 0.92) break;
    bubble = el;
  }
  return bubble;
}

/** Alignment read from computed styles from the row down to the text (no layout: happy-dom, print views). */
function styledPosition(row: Element, body: Element): Position {
  const view = row.ownerDocument.defaultView;
  if (!view) return undefined;
  const chain: Element[] = [];
  for (let el: Element | null = body; el && el !== row.parentElement; el = el.parentElement) chain.unshift(el);
  for (const el of chain) {
    const s = view.getComputedStyle(el);
    if (s.marginLeft === 'auto' && s.marginRight !== 'auto') return 'right';
    if (s.float === 'right' || s.alignSelf === 'flex-end' || s.alignSelf === 'end') return 'right';
    if (el.childElementCount && (s.justifyContent === 'flex-end' || s.justifyContent === 'end' || s.justifyContent === 'right')) return 'right';
    if (s.flexDirection === 'row-reverse' || s.textAlign === 'right') return 'right';
  }
  return undefined;
}
