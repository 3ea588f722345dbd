/** Selector helpers: every selector is a list of fallbacks, tried in order, also inside same-origin iframes. */

export type Selectors = readonly string[];

/** The document and every same-origin iframe document below it (threads sometimes sit in an iframe). */
export function documentsOf(doc: Document): Document[] {
  const out: Document[] = [doc];
  for (let i = 0; i < out.length; i++) {
    for (const frame of out[i].querySelectorAll('iframe')) {
      try {
        const inner = (frame as HTMLIFrameElement).contentDocument;
        if (inner && inner.documentElement) out.push(inner);
      } catch {
        // cross-origin frame: not ours to read
      }
    }
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

/** Reads text the way the user sees it: line breaks kept, runs of spaces folded. */
export function messageText(el: Element | null | undefined): string {
  if (!el) return '';
  const raw = (el as HTMLElement).innerText ?? el.textContent ?? '';
  return raw.replace(/[ \t\u00a0]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
}
