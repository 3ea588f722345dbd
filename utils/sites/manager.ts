/**
 * Runs the adapter that applies to the current URL: reads the conversation now, again whenever the page
 * changes (MutationObserver, coalesced — no polling) and on in-page navigation; aborts and restarts when
 * the URL moves to another page family. Adapter errors are contained here and never reach the page.
 */
import type { SiteAdapter } from './site-adapter';
import type { Conversation } from './conversation';
import { adapterFor, adapters as ruleAdapters } from './adapters';
import { documentsOf, shadowFramesOf } from './query';
import { onSiteRulesChange } from './rules/registry';

/** The adapters to choose from: a list, or a getter read on every URL check (new site rules apply at once). */
export type AdapterSource = readonly SiteAdapter[] | (() => readonly SiteAdapter[]);

export interface ManagerEvents {
  /** A different adapter (or none) now applies: mount or unmount the overlay. */
  onAdapter(adapter: SiteAdapter | null): void;
  /** The conversation changed (another conversation, or new messages); null = none is open. */
  onConversation(conversation: Conversation | null, adapter: SiteAdapter): void;
  onError(error: unknown): void;
}

/** What makes a read news: the messages, and fields that arrive late (Amazon's side panel renders 1–5 s after the thread). */
export function fingerprint(c: Conversation | null): string {
  if (!c) return '';
  const last = c.messages[c.messages.length - 1];
  return `${c.key}|${c.messageCount ?? c.messages.length}|${last?.from}:${last?.text.length}:${last?.text.slice(-40)}|${c.pageCountry ?? ''}|${c.orderId ?? ''}|${c.product ?? ''}|${c.trackingNumber ?? ''}|${c.topicHint ?? ''}`;
}

export function startAdapterManager(win: Window, events: ManagerEvents, adapters: AdapterSource = ruleAdapters): () => void {
  const list = typeof adapters === 'function' ? adapters : () => adapters;
  const stop = new AbortController();
  let current: { adapter: SiteAdapter | null; abort: AbortController } | null = null;
  let lastPrint: string | null = null;
  let scheduled = false;
  let lastHref = '';
  let lastList: readonly SiteAdapter[] | null = null;
  const observers: MutationObserver[] = [];
  const observed = new WeakSet<Document>();

  const scan = () => {
    scheduled = false;
    if (stop.signal.aborted) return;
    try {
      if (win.location.href !== lastHref || list() !== lastList) switchAdapter();
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
    lastList = list();
    const next = adapterFor(new URL(lastHref), lastList);
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
    // Frames in shadow roots are known once a site rule's deep walk found them (utils/sites/rules/deep-query.ts).
    for (const doc of documentsOf(win.document)) {
      for (const frame of [...doc.querySelectorAll('iframe'), ...shadowFramesOf(doc)]) frame.addEventListener('load', schedule, { signal: stop.signal });
    }
  }

  win.addEventListener('hashchange', schedule, { signal: stop.signal });
  win.addEventListener('popstate', schedule, { signal: stop.signal });
  // The Navigation API also reports the page's pushState navigations, which no DOM event announces.
  (win as Window & { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', schedule, { signal: stop.signal });
  observe(win.document);
  // New site rules (a team pack arrived from the background): read the page again now, not at its next change.
  const unsubscribe = onSiteRulesChange(() => {
    lastPrint = null;
    schedule();
  });
  stop.signal.addEventListener('abort', unsubscribe);
  scan();

  return () => {
    stop.abort();
    current?.abort.abort();
    observers.forEach((o) => o.disconnect());
  };
}
