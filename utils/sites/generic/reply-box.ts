/**
 * The reply box without a site rule: the visible editable (textarea, contenteditable editor, a custom
 * element such as kat-textarea whose open shadow root holds the textarea, a text input as a last resort)
 * that sits next to a Send-like button, the focused one first. Searches open shadow roots and same-origin
 * iframes. Tact's own overlay (a `tact-*` element) is never a candidate.
 */
import type { ReplyTarget } from '@/utils/sites/site-adapter';
import { composedParent, searchRoots, type SearchRoot } from './deep-roots';
import { isSendIcon, isSendLabel } from './send-words';
import { isVisible } from './visibility';

const EDITABLE = 'textarea, [contenteditable]:not([contenteditable="false"]), input[type="text"], input:not([type])';
const BUTTON = 'button, [role="button"], input[type="submit"], input[type="button"], a[href="#"], a:not([href])';
/** What a reply box's own label says (placeholder / aria-label): message, reply… in the sellers' languages. */
const MESSAGE_HINT =
  /messag|reply|repl|antwort|nachricht|mensaje|mensagem|messaggio|répon|bericht|wiadomo|сообщен|ответ|消息|回复|內容|内容|メッセージ|返信|메시지|답장|chat|write|type|écri|escrib|scriv|schreib|enter/i;

export interface ReplyCandidate {
  target: ReplyTarget;
  score: number;
  /** The Send button found next to it, if any (kept clear of the overlay). */
  send: HTMLElement | null;
}

export function findGenericReplyTarget(doc: Document): ReplyTarget | null {
  return bestReplyCandidate(doc)?.target ?? null;
}

export function bestReplyCandidate(doc: Document, roots: readonly SearchRoot[] = searchRoots(doc)): ReplyCandidate | null {
  const focused = deepActiveElement(doc);
  let best: ReplyCandidate | null = null;
  for (const root of roots) {
    if (isTactRoot(root)) continue;
    for (const el of root.querySelectorAll<HTMLElement>(EDITABLE)) {
      const candidate = scoreEditable(el, focused);
      if (candidate && (!best || candidate.score > best.score)) best = candidate;
    }
  }
  return best;
}

function scoreEditable(input: HTMLElement, focused: Element | null): ReplyCandidate | null {
  if (!usable(input)) return null;
  const target = targetOf(input);
  if (!isVisible(target.element) || !isVisible(input)) return null;
  const send = sendButtonNear(target.element);
  const isInput = input.tagName === 'INPUT';
  // A lone text input is far more often a search box than a chat: only next to a Send button.
  if (isInput && !send) return null;
  let score = isInput ? 0 : 3;
  if (send) score += 4;
  if (focused && (focused === input || focused === target.element)) score += 6;
  const hint = [input.getAttribute('placeholder'), input.getAttribute('aria-label'), target.element.getAttribute('label'), target.element.getAttribute('placeholder')].join(' ');
  if (MESSAGE_HINT.test(hint)) score += 1;
  const rect = target.element.getBoundingClientRect();
  // Bigger boxes are reply boxes; tiny ones are search and filter fields.
  score += Math.min(2, (rect.width * rect.height) / 20000);
  return { target, score, send };
}

function usable(input: HTMLElement): boolean {
  if ((input as HTMLTextAreaElement).disabled || (input as HTMLTextAreaElement).readOnly) return false;
  // An editor's inner paragraphs are editable through it: only the outermost editable counts.
  if (input.isContentEditable !== false && input.parentElement?.closest('[contenteditable]:not([contenteditable="false"])')) return false;
  return true;
}

/** The element the page listens on and the one holding the text: a shadow host wraps its textarea. */
function targetOf(input: HTMLElement): ReplyTarget {
  if (input.tagName === 'TEXTAREA' || input.tagName === 'INPUT') {
    const host = (input.getRootNode() as Partial<ShadowRoot>).host as HTMLElement | undefined;
    if (host && isControlHost(host)) return { kind: 'kat-textarea', element: host, input };
    return { kind: 'textarea', element: input, input };
  }
  return { kind: 'contenteditable', element: input, input };
}

/**
 * A custom element that is only a text control around its shadow textarea (kat-textarea, kat-input,
 * x-editor): the page listens on it. A widget whose shadow root holds a whole chat is not one.
 */
function isControlHost(host: Element): boolean {
  if (!host.tagName.includes('-')) return false;
  return /TEXTAREA|INPUT|EDITOR|FIELD|TEXT|COMPOSER/.test(host.tagName) || (host.shadowRoot?.querySelectorAll('*').length ?? 0) <= 12;
}

/** A Send-like button within a few levels around the box (same container, the toolbar beside it). */
export function sendButtonNear(box: Element, levels = 4): HTMLElement | null {
  let scope: Element | null = box;
  for (let level = 0; level < levels && scope; level++) {
    scope = composedParent(scope);
    if (!scope) break;
    for (const el of scope.querySelectorAll<HTMLElement>('*')) {
      // Buttons, and custom button elements (kat-button) whose real <button> is in their shadow root.
      if ((el.matches(BUTTON) || (el.tagName.includes('-') && el.tagName.includes('BUTTON'))) && isSendButton(el)) return el;
    }
  }
  return null;
}

export function isSendButton(el: HTMLElement): boolean {
  const labels = [
    el.getAttribute('aria-label'),
    el.getAttribute('title'),
    el.getAttribute('label'),
    el.getAttribute('text'),
    (el as HTMLInputElement).value,
    el.textContent,
    el.shadowRoot?.querySelector('button')?.textContent,
  ];
  if (labels.some(isSendLabel)) return true;
  const tokens = [el.id, el.getAttribute('class'), el.getAttribute('data-icon'), el.firstElementChild?.getAttribute('class'), el.firstElementChild?.getAttribute('data-icon')];
  return tokens.some(isSendIcon);
}

/** The focused element, through shadow roots and frames. */
export function deepActiveElement(doc: Document): Element | null {
  let el: Element | null = doc.activeElement;
  for (;;) {
    if (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    else if (el?.tagName === 'IFRAME') {
      try {
        const inner = (el as HTMLIFrameElement).contentDocument?.activeElement;
        if (!inner || inner === el) return el;
        el = inner;
      } catch {
        return el;
      }
    } else return el;
  }
}

function isTactRoot(root: SearchRoot): boolean {
  const host = (root as Partial<ShadowRoot>).host;
  return !!host && host.tagName.startsWith('TACT-');
}
