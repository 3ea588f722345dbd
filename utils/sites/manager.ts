/**
 * Runs the adapter that applies to the current URL: reads the conversation now, again whenever the page
 * changes (MutationObserver, coalesced — no polling) and on in-page navigation; aborts and restarts when
 * the URL moves to another page family. Adapter errors are contained here and never reach the page.
 */
import type { SiteAdapter } from './site-adapter';
import type { Conversation } from './conversation';
import { adapterFor, ADAPTERS } from './adapters';
import { documentsOf } from './query';

export interface ManagerEvents {
  /** A different adapter (or none) now applies: mount or unmount the overlay. */
  onAdapter(adapter: SiteAdapter | null): void;
  /** The conversation changed (another conversation, or new messages); null = none is open. */
  onConversation(conversation: Conversation | null, adapter: SiteAdapter): void;
  onError(error: unknown): void;
}

export function fingerprint(c: Conversation | null): string {
  if (!c) return '';
  const last = c.messages[c.messages.length - 1];
  return `${c.key}|${c.messageCount ?? c.messages.length}|${last?.from}:${last?.text.length}:${last?.text.slice(-40)}|${c.pageCountry ?? ''}|${c.orderId ?? ''}`;
}

export function startAdapterManager(win: Window, events: ManagerEvents, adapters: readonly SiteAdapter[] = ADAPTERS): () => void {
  const stop = new AbortController();
  let current: { adapter: SiteAdapter | null; abort: AbortController } | null = null;
  let lastPrint: string | null = null;
  let scheduled = false;
  let lastHref = '';
  const observers: MutationObserver[] = [];
  const observed = new WeakSet<Document>();

  const scan = () => {
    scheduled = false;
    if (stop.signal.aborted) return;
    try {
      if (win.location.href !== lastHref) switchAdapter();
      const adapter = current?.adapter;
      if (!adapter) return;
      observeFrames();
      const conversation = adapter.read(win.document, new URL(win.location.href));
      const print = fingerprint(conversation);
      if (print === lastPrint) return;
      lastPrint = print;
      events.onConversation(conversation, adapter);
    } catch (error) {
      events.onError(error);
    }
  };
  const schedule = () => {
    // A page's burst of mutations lands in one task; reading in the microtask after it reads once per
    // burst, before the browser spends the frame laying the page out, so the background is asked sooner.
    if (!scheduled && !stop.signal.aborted) {
      scheduled = true;
      queueMicrotask(scan);
    }
  };

  function switchAdapter() {
    lastHref = win.location.href;
    const next = adapterFor(new URL(lastHref), adapters);
    if (current && current.adapter === next) return;
    current?.abort.abort();
    current = { adapter: next, abort: new AbortController() };
    lastPrint = null;
    events.onAdapter(next);
    next?.init?.(current.abort.signal, schedule);
  }

  function observe(doc: Document) {
    if (observed.has(doc)) return;
    observed.add(doc);
    const observer = new MutationObserver(schedule);
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    observers.push(observer);
    // A frame that reloads gets a new document: catch it on load.
    doc.defaultView?.addEventListener('load', schedule, { signal: stop.signal });
  }
  function observeFrames() {
    for (const doc of documentsOf(win.document)) observe(doc);
    for (const frame of win.document.querySelectorAll('iframe')) frame.addEventListener('load', schedule, { signal: stop.signal });
  }

  win.addEventListener('hashchange', schedule, { signal: stop.signal });
  win.addEventListener('popstate', schedule, { signal: stop.signal });
  // The Navigation API also reports the page's pushState navigations, which no DOM event announces.
  (win as Window & { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', schedule, { signal: stop.signal });
  observe(win.document);
  scan();

  return () => {
    stop.abort();
    current?.abort.abort();
    observers.forEach((o) => o.disconnect());
  };
}
