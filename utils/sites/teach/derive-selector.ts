/**
 * Teach mode's selector for an element the agent pointed at: stable attributes first (an id that isn't
 * generated, data-testid and other data-*, name, role, aria-label, placeholder, custom element tags, class
 * names that aren't hashes), then structure (`> tag:nth-of-type(n)`) up to the nearest stable ancestor.
 * Never a hashed class. Pure DOM: works on any Document or shadow root.
 */
import { isHashLike } from './hash-like';

const DATA_SKIP = /^data-(?:tact|reactid|reactroot|v-|styled|emotion|testing-|spm|aplus|ph-capture)/;
const MAX_DEPTH = 12;

type Root = Document | ShadowRoot;

/** CSS.escape where the DOM has it; a careful fallback where it doesn't. */
export function cssEscape(value: string): string {
  if (typeof CSS !== 'undefined' && CSS.escape) return CSS.escape(value);
  return value.replace(/([^\w-])/g, '\\$1').replace(/^(\d)/, '\\3$1 ');
}

const attr = (name: string, value: string) => `[${name}="${value.replace(/["\\]/g, '\\$&')}"]`;

/** The stable parts that name one element, best first (each a complete compound selector). */
export function stableSteps(el: Element): string[] {
  const tag = el.tagName.toLowerCase();
  const steps: string[] = [];
  if (el.id && !isHashLike(el.id)) steps.push(`#${cssEscape(el.id)}`);
  for (const name of ['data-testid', 'data-test-id', 'data-qa', 'data-test']) {
    const value = el.getAttribute(name);
    if (value && !isHashLike(value)) steps.push(`${tag}${attr(name, value)}`);
  }
  for (const a of el.attributes) {
    if (a.name.startsWith('data-') && !DATA_SKIP.test(a.name) && !/^data-test/.test(a.name) && a.value.length <= 40 && !/\d{3,}/.test(a.value)) steps.push(`${tag}${attr(a.name, a.value)}`);
  }
  for (const name of ['name', 'role', 'aria-label', 'placeholder', 'type', 'label']) {
    const value = el.getAttribute(name);
    if (value && value.length <= 60 && !(name === 'type' && tag !== 'input')) steps.push(`${tag}${attr(name, value)}`);
  }
  const classes = stableClasses(el);
  if (classes.length) steps.push(`${tag}${classes.map((c) => `.${cssEscape(c)}`).join('')}`);
  if (tag.includes('-')) steps.push(tag);
  return steps;
}

export function stableClasses(el: Element): string[] {
  return [...el.classList].filter((c) => !isHashLike(c));
}

/** A selector matching exactly `el` within its own document or shadow root. */
export function deriveSelector(el: Element): string {
  const root = el.getRootNode() as Root;
  const unique = (selector: string) => {
    try {
      const found = root.querySelectorAll(selector);
      return found.length === 1 && found[0] === el;
    } catch {
      return false;
    }
  };
  let suffix = '';
  for (let node: Element | null = el, depth = 0; node && depth < MAX_DEPTH; node = node.parentElement, depth++) {
    const steps = stableSteps(node);
    // This level named by a stable attribute alone, or with what is below it.
    for (const step of steps) if (unique(step + suffix)) return step + suffix;
    // Two stable attributes together often name what neither does.
    for (let i = 0; i < steps.length; i++)
      for (let j = i + 1; j < steps.length; j++) {
        const both = combine(steps[i], steps[j]);
        if (both && unique(both + suffix)) return both + suffix;
      }
    const step = steps[0] ?? node.tagName.toLowerCase();
    // Structure alone is only trusted from a stable ancestor (or the root): `div:nth-of-type(2)` is not a name.
    suffix = ` > ${step}${nthOfType(node, step)}${suffix}`;
  }
  return `:root${suffix}`;
}

/** `tag[a]` + `tag[b]` → `tag[a][b]` (only for steps on the same tag). */
function combine(a: string, b: string): string | null {
  const tagA = a.match(/^[a-z][\w-]*/i)?.[0];
  const tagB = b.match(/^[a-z][\w-]*/i)?.[0];
  if (!tagA || tagA !== tagB) return null;
  return a + b.slice(tagB.length);
}

/** `:nth-of-type(n)` when the step alone doesn't tell the element from its siblings. */
function nthOfType(el: Element, step: string): string {
  const parent = el.parentElement;
  if (!parent) return '';
  const same = [...parent.children].filter((c) => c.tagName === el.tagName);
  if (same.length < 2) return '';
  if (same.filter((c) => c.matches(step)).length === 1 && !step.startsWith(el.tagName.toLowerCase() + ':')) return '';
  return `:nth-of-type(${same.indexOf(el) + 1})`;
}

/**
 * The hops to reach `el` from the top document: a selector per shadow host or iframe on the way, then one
 * for `el` in its own tree, outermost first (`['chat-widget', 'textarea']`, `['#inbox-frame', '.reply']`).
 */
export function describeShadowPath(el: Element): string[] {
  const path: string[] = [];
  let node: Element | null = el;
  while (node) {
    path.unshift(deriveSelector(node));
    const root = node.getRootNode() as Partial<ShadowRoot>;
    if (root.host) node = root.host;
    else {
      try {
        node = node.ownerDocument.defaultView?.frameElement ?? null;
      } catch {
        node = null;
      }
    }
  }
  return path;
}

/** Follows a path from describeShadowPath back to the element, or null when a hop no longer matches. */
export function resolveShadowPath(doc: Document, path: readonly string[]): Element | null {
  let root: ParentNode | null = doc;
  let el: Element | null = null;
  for (const hop of path) {
    el = root?.querySelector(hop) ?? null;
    if (!el) return null;
    root = el.tagName === 'IFRAME' ? ((el as HTMLIFrameElement).contentDocument ?? null) : (el.shadowRoot ?? el);
  }
  return el;
}
