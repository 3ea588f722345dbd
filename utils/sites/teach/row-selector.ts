/**
 * Generalises a pointed-at message to the set of message rows of the same kind: the row is the ancestor
 * whose siblings have its shape (a meta line beside the bubble doesn't count), and the selector is the
 * container's selector `>` the row's tag with the stable attributes it shares with other rows — those that
 * set it apart from the other rows' kind (`data-testid="message-incoming"`, a `buyer` class) kept.
 */
import { deriveSelector, stableSteps } from './derive-selector';

export interface RowSelector {
  /** Matches every row of the clicked row's kind. */
  rows: string;
  /** Matches every message row in the container, whatever its kind. */
  allRows: string;
  /** The clicked row. */
  row: Element;
}

/** null when the message has no sibling rows to generalise to (a one-message thread): use deriveSelector. */
export function deriveRowSelector(el: Element): RowSelector | null {
  const row = messageRow(el);
  if (!row || !row.parentElement) return null;
  const container = row.parentElement;
  const tag = row.tagName.toLowerCase();
  const base = `${deriveSelector(container)} > ${tag}`;
  const siblings = [...container.children].filter((c) => c.tagName === row.tagName && shapeOf(c) === shapeOf(row));
  const kindSteps = stableSteps(row).filter((step) => step.startsWith(tag) && !/^[a-z][\w-]*$/.test(step));
  // A step shared by some rows but not all names the kind; one shared by all says nothing more.
  const distinguishing = kindSteps.find((step) => {
    const matches = siblings.filter((s) => s.matches(step)).length;
    return matches >= 1 && matches < siblings.length;
  });
  return { rows: distinguishing ? `${base}${distinguishing.slice(tag.length)}` : base, allRows: base, row };
}

/** The nearest ancestor (or self) with at least one sibling of the same shape. */
export function messageRow(el: Element): Element | null {
  for (let node: Element | null = el; node?.parentElement; node = node.parentElement) {
    const shape = shapeOf(node);
    const twins = [...node.parentElement.children].filter((c) => c !== node && c.tagName === node!.tagName && shapeOf(c) === shape);
    if (twins.length) return node;
  }
  return null;
}

/** Tag and children's tags: rows of one list share it, a row's meta line and bubble don't. */
function shapeOf(el: Element): string {
  return [el.tagName, ...[...el.children].map((c) => c.tagName)].join(',');
}
