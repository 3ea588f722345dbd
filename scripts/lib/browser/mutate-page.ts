/**
 * The mutation suite's page mutator: what a site redeploy does to its markup. Every class and id is
 * renamed to a random token (consistently, the page's stylesheets too, so the layout stays as it was),
 * random elements get extra wrapper divs, and content arriving later is renamed as it lands. Runs in the
 * page (bundled with esbuild and injected), after the page rendered: the page's own scripts that look
 * their elements up by class stop finding them, as they would on a page Tact never saw.
 */

export interface MutationStats {
  classes: number;
  ids: number;
  wrappers: number;
}

export interface MutateOptions {
  /** Chance that an element gets a wrapper div (0..1). */
  wrapChance?: number;
}

type Root = Document | ShadowRoot;

/** A small seeded PRNG (mulberry32): the same seed gives the same page. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NO_WRAP = new Set(['HTML', 'HEAD', 'BODY', 'SCRIPT', 'STYLE', 'LINK', 'META', 'TITLE', 'IFRAME', 'TR', 'TD', 'TH', 'TBODY', 'THEAD', 'TFOOT', 'OPTION', 'OPTGROUP', 'SOURCE', 'svg', 'SVG']);
const ID_REFS = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns'];

/** Mutates `doc`, its open shadow roots and its same-origin iframes; keeps renaming what arrives later. */
export function mutatePage(doc: Document, seed: number, options: MutateOptions = {}): MutationStats {
  const rand = random(seed);
  const wrapChance = options.wrapChance ?? 0.15;
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const made = new Set<string>();
  const classes = new Map<string, string>();
  const ids = new Map<string, string>();
  const stats: MutationStats = { classes: 0, ids: 0, wrappers: 0 };
  const token = () => {
    let t = '';
    do {
      t = alphabet[Math.floor(rand() * 26)];
      for (let i = 0; i < 7; i++) t += alphabet[Math.floor(rand() * alphabet.length)];
    } while (made.has(t));
    made.add(t);
    return t;
  };
  const renamed = (map: Map<string, string>, name: string) => {
    if (made.has(name)) return name;
    let next = map.get(name);
    if (!next) map.set(name, (next = token()));
    return next;
  };

  const renameElement = (el: Element) => {
    const cls = el.getAttribute('class');
    if (cls && cls.trim()) {
      const next = cls
        .split(/\s+/)
        .filter(Boolean)
        .map((c) => renamed(classes, c))
        .join(' ');
      if (next !== cls) {
        el.setAttribute('class', next);
        stats.classes++;
      }
    }
    if (el.id && !made.has(el.id)) {
      el.id = renamed(ids, el.id);
      stats.ids++;
    }
    for (const attr of ID_REFS) {
      const value = el.getAttribute(attr);
      if (value)
        el.setAttribute(
          attr,
          value
            .split(/\s+/)
            .map((v) => renamed(ids, v))
            .join(' '),
        );
    }
  };
  const rewriteSelector = (selector: string) => selector.replace(/([.#])(-?[_a-zA-Z][\w-]*)/g, (_m, kind: string, name: string) => kind + renamed(kind === '.' ? classes : ids, name));
  const rewriteRules = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if ('selectorText' in rule && typeof (rule as CSSStyleRule).selectorText === 'string') {
        const next = rewriteSelector((rule as CSSStyleRule).selectorText);
        try {
          (rule as CSSStyleRule).selectorText = next;
        } catch {
          // a getter only (happy-dom)
        }
        if ((rule as CSSStyleRule).selectorText !== next) cssomReadOnly = true;
      }
      if ('cssRules' in rule && (rule as CSSGroupingRule).cssRules) rewriteRules((rule as CSSGroupingRule).cssRules);
    }
  };
  // Some DOMs (happy-dom) ignore a new selectorText: there the <style> elements' text is rewritten instead.
  let cssomReadOnly = false;
  const rewriteCssText = (css: string) => css.replace(/([^{}]+)\{/g, (_m, selector: string) => (selector.trim().startsWith('@') ? selector : rewriteSelector(selector)) + '{');
  const rewriteSheets = (root: Root) => {
    for (const sheet of [...root.styleSheets, ...(root.adoptedStyleSheets ?? [])]) {
      try {
        rewriteRules(sheet.cssRules);
      } catch {
        // a cross-origin stylesheet: its rules can't be read, nor renamed
      }
    }
    if (cssomReadOnly) for (const style of root.querySelectorAll('style')) style.textContent = rewriteCssText(style.textContent ?? '');
  };
  const canWrap = (el: Element) => !NO_WRAP.has(el.tagName) && !!el.parentElement && !NO_WRAP.has(el.parentElement.tagName) && !el.querySelector('iframe') && !el.contains(doc.activeElement);
  const wrap = (el: Element) => {
    const wrapper = el.ownerDocument.createElement('div');
    wrapper.setAttribute('class', token());
    el.replaceWith(wrapper);
    wrapper.append(el);
    stats.wrappers++;
  };

  const roots: Root[] = [];
  const collect = (root: Root) => {
    roots.push(root);
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) collect(el.shadowRoot);
      if (el.tagName === 'IFRAME') {
        try {
          const inner = (el as HTMLIFrameElement).contentDocument;
          if (inner?.documentElement) collect(inner);
        } catch {
          // cross-origin frame
        }
      }
    }
  };
  collect(doc);

  for (const root of roots) {
    rewriteSheets(root);
    const all = [...root.querySelectorAll('*')];
    for (const el of all) renameElement(el);
    const body = root instanceof Document ? root.body : root;
    if (body) for (const el of all) if (body.contains(el) && el !== body && canWrap(el) && rand() < wrapChance) wrap(el);
    // Late content (messages fetched after the chat opened) lands with the page's names: rename it too.
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes') renameElement(r.target as Element);
        for (const node of r.addedNodes) {
          if (node.nodeType !== 1) continue;
          renameElement(node as Element);
          for (const el of (node as Element).querySelectorAll('*')) renameElement(el);
        }
      }
    }).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['class', 'id'] });
  }
  return stats;
}
