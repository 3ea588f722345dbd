/**
 * Where an element lives when it sits inside open shadow roots or same-origin iframes: one CSS selector per
 * hop, each resolved inside the previous match's shadow root or frame document. A plain page is one hop.
 */
export type ElementPath = readonly string[];

/** Every element the path matches (the last hop matches many: all message rows of a kind). */
export function resolvePath(doc: Document, path: ElementPath): Element[] {
  let roots: ParentNode[] = [doc];
  for (let i = 0; i < path.length; i++) {
    const last = i === path.length - 1;
    const next: Element[] = [];
    for (const root of roots) {
      let found: Element[];
      try {
        found = queryHop(root, path[i]);
        if (!last) found = found.slice(0, 1);
      } catch {
        return []; // a selector this browser can't parse: nothing, never a throw into the page's reading
      }
      next.push(...found);
    }
    if (last) return next;
    roots = next.map(innerRoot).filter((r): r is ParentNode => !!r);
    if (!roots.length) return [];
  }
  return [];
}

/**
 * `:root > x` names a top-level child of a tree; inside a shadow root `:root` matches nothing, so the hop is
 * read there as "x, directly under this shadow root".
 */
function queryHop(root: ParentNode, hop: string): Element[] {
  const top = /^:root\s*>\s*/.exec(hop);
  if (top && !(root instanceof Document)) return [...root.querySelectorAll(hop.slice(top[0].length))].filter((e) => e.parentNode === root);
  return [...root.querySelectorAll(hop)];
}

/** The shadow root or frame document a hop continues in. */
function innerRoot(el: Element): ParentNode | null {
  if (el.shadowRoot) return el.shadowRoot;
  if (el.tagName === 'IFRAME') {
    try {
      return (el as HTMLIFrameElement).contentDocument;
    } catch {
      return null; // cross-origin
    }
  }
  return null;
}
