/**
 * Where the agent's cursor was in the reply box. Clicking Insert in the overlay moves focus out of the box;
 * the box's selection at that moment (focusout) is where the reply goes. Keyed by element, never stored.
 */
export interface RememberedCaret {
  /** Textarea: offsets into its value. */
  start?: number;
  end?: number;
  /** Contenteditable: the range the selection held. */
  range?: Range;
}

const carets = new WeakMap<Element, RememberedCaret>();

export function rememberedCaret(el: Element): RememberedCaret | undefined {
  return carets.get(el);
}

export function forgetCaret(el: Element): void {
  carets.delete(el);
}

/** Records the caret of any textarea or editor as focus leaves it (composedPath reaches into open shadow roots). */
export function trackCarets(doc: Document, signal: AbortSignal): void {
  doc.addEventListener(
    'focusout',
    (event) => {
      const el = event.composedPath()[0];
      if (!(el instanceof Element)) return;
      if (el.tagName === 'TEXTAREA') {
        const area = el as HTMLTextAreaElement;
        carets.set(el, { start: area.selectionStart, end: area.selectionEnd });
        return;
      }
      const editor = (el as HTMLElement).isContentEditable ? el : null;
      const selection = doc.getSelection();
      if (editor && selection?.rangeCount && editor.contains(selection.getRangeAt(0).commonAncestorContainer)) carets.set(editor, { range: selection.getRangeAt(0).cloneRange() });
    },
    { capture: true, signal },
  );
}
