/**
 * Watches the page's reply box as the agent types or inserts (input events cross Katal's shadow root
 * because they are composed) and reports its text, debounced, for the compliance lint.
 */
import type { ReplyTarget } from '@/utils/sites/site-adapter';
import { readReply } from '@/utils/reply/insert';

const DEBOUNCE_MS = 150;

export function watchReplyBox(doc: Document, target: () => ReplyTarget | null, onText: (text: string) => void, signal: AbortSignal) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    timer = undefined;
    const t = target();
    if (t) onText(readReply(t));
  };
  const schedule = (event?: Event) => {
    const t = target();
    if (!t) return;
    if (event && !event.composedPath().includes(t.input) && !event.composedPath().includes(t.element)) return;
    if (timer === undefined) timer = setTimeout(check, DEBOUNCE_MS);
  };
  doc.addEventListener('input', schedule, { capture: true, signal });
  signal.addEventListener('abort', () => timer !== undefined && clearTimeout(timer));
  return { checkNow: check };
}
