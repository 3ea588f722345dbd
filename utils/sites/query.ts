/** Selector helpers: every selector is a list of fallbacks, tried in order, also inside same-origin iframes. */

export type Selectors = readonly string[];

/** Same-origin iframes inside shadow roots, found by a deep walk (utils/sites/rules/deep-query.ts). */
const shadowFrames = new WeakMap<Document, Set<HTMLIFrameElement>>();

export function rememberFrame(top: Document, frame: HTMLIFrameElement) {
  let set = shadowFrames.get(top);
  if (!set) shadowFrames.set(top, (set = new Set()));
  set.add(frame);
}

/** The iframes inside shadow roots that a deep walk found and that are still in the page (the manager watches their loads). */
export function shadowFramesOf(doc: Document): HTMLIFrameElement[] {
  return [...(shadowFrames.get(doc) ?? [])].filter((f) => f.isConnected);
}

/**
 * The document and every same-origin iframe document below it (threads sometimes sit in an iframe),
 * including frames a deep walk found inside shadow roots, so the manager observes those too.
 */
export function documentsOf(doc: Document): Document[] {
  const out: Document[] = [doc];
  const add = (frame: HTMLIFrameElement) => {
    try {
      const inner = frame.contentDocument;
      if (inner && inner.documentElement && !out.includes(inner)) out.push(inner);
    } catch {
      // cross-origin frame: not ours to read
    }
  };
  for (let i = 0; i < out.length; i++) {
    for (const frame of out[i].querySelectorAll('iframe')) add(frame as HTMLIFrameElement);
    for (const frame of shadowFramesOf(out[i])) add(frame);
  }
  return out;
}

export function queryFirst<T extends Element = HTMLElement>(root: ParentNode, selectors: Selectors): T | null {
  for (const selector of selectors) {
    const found = root.querySelector<T>(selector);
    if (found) return found;
  }
  return null;
}

/** All matches of the first selector that matches anything (fallbacks don't mix). */
export function queryAll<T extends Element = HTMLElement>(root: ParentNode, selectors: Selectors): T[] {
  for (const selector of selectors) {
    const found = root.querySelectorAll<T>(selector);
    if (found.length) return [...found];
  }
  return [];
}

/** The first match of each selector list, those that match at all, in the lists' order. */
export function queryEach(root: ParentNode, ...lists: Selectors[]): HTMLElement[] {
  return lists.map((selectors) => queryFirst(root, selectors)).filter((e): e is HTMLElement => !!e);
}

/** First match across the document and its same-origin frames. */
export function queryDeep<T extends Element = HTMLElement>(doc: Document, selectors: Selectors): T | null {
  for (const d of documentsOf(doc)) {
    const found = queryFirst<T>(d, selectors);
    if (found) return found;
  }
  return null;
}

export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The first match of `pattern` in the first of `texts` that has one (an attribute, then the card's text…). */
export function firstMatch(pattern: RegExp, ...texts: (string | null | undefined)[]): string | undefined {
  for (const text of texts) {
    const m = text?.match(pattern);
    if (m) return m[0];
  }
  return undefined;
}

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Text that needs no folding: no tabs, no runs of spaces, no line breaks, no no-break spaces. */
const SIMPLE_TEXT = /^(?!.* {2})[^\t\n\r\f\v\u00a0]*$/;

/** A block's edge: adjacent edges make one line break, as they do on screen. */
const EDGE = '\u0000';

/**
 * Reads text the way the user sees it: line breaks at <br> and block elements, runs of spaces folded.
 * Not innerText: that forces a layout of the page on every read, right after the page changed.
 * Line breaks inside a text node are kept (chat bubbles are usually white-space: pre-wrap).
 */
export function messageText(el: Element | null | undefined): string {
  if (!el) return '';
  // Most bodies and labels are one text node: no walk, no parts, no joins (this runs for every field of every read).
  const only = el.firstChild;
  if (only && only === el.lastChild && only.nodeType === 3) {
    const value = only.nodeValue ?? '';
    return SIMPLE_TEXT.test(value)
      ? value.trim()
      : value
          .replace(/[ \t\u00a0\r\f\v]+/g, ' ')
          .replace(/ ?\n ?/g, '\n')
          .replace(/\n{3,}/g, '\n\n')
          .trim();
  }
  const parts: string[] = [];
  const edge = () => parts.length && parts[parts.length - 1] !== EDGE && parts.push(EDGE);
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        parts.push(value.trim() ? value : ' ');
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (UNSEEN.has(tag) || (child as HTMLElement).hidden) continue;
        if (tag === 'BR') {
          parts.push('\n');
          continue;
        }
        const block = BLOCKS.has(tag);
        if (block) edge();
        walk(child);
        if (block) edge();
      }
    }
  };
  walk(el);
  return (
    parts
      .join('')
      .replace(/[ \t\u00a0\r\f\v]+/g, ' ')
      // eslint-disable-next-line no-control-regex -- EDGE is U+0000, which page text never holds
      .replace(/ ?\u0000[ \u0000]*/g, '\n')
      .replace(/ ?\n ?/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}
