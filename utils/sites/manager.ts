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
import { regionAnchors, regionOf, touchesRegion } from './read-region';

/** How soon a change outside the conversation's region is read (late side panels, unknown layouts). */
export const LATE_READ_MS = 500;
/** The shortest gap between two reads: the first change after a quiet spell is read at once. */
export const MIN_READ_GAP_MS = 100;

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
  // Where the last reading came from: changes there are read at once, changes elsewhere within LATE_READ_MS.
  let anchors: Node[] | null = null;
  let lateTimer: ReturnType<typeof setTimeout> | undefined;

  const scan = (fromPage = false) => {
    scheduled = false;
    if (stop.signal.aborted) return;
    lastScan = Date.now();
    idle = false;
    try {
      if (win.location.href !== lastHref || list() !== lastList) switchAdapter();
      const adapter = current?.adapter;
      if (!adapter) return;
      observeFrames();
      const conversation = adapter.read(win.document, new URL(win.location.href));
      const region = regionOf(conversation);
      anchors = region ? regionAnchors(region) : null;
      const print = fingerprint(conversation);
      if (print === lastPrint) {
        idle = fromPage;
        return;
      }
      lastPrint = print;
      events.onConversation(conversation, adapter);
    } catch (error) {
      events.onError(error);
    }
  };
  let lastScan = -Infinity;
  // The last read that a page change asked for found nothing new (a typing indicator ticking in the thread).
  let idle = false;
  const schedule = (fromPage = false) => {
    // A page's burst of mutations lands in one task; reading in the microtask after it reads once per
    // burst, before the browser spends the frame laying the page out, so the background is asked sooner.
    // While the page's changes keep bringing nothing new, it is read at most every MIN_READ_GAP_MS.
    if (scheduled || stop.signal.aborted) return;
    scheduled = true;
    const wait = fromPage && idle ? lastScan + MIN_READ_GAP_MS - Date.now() : 0;
    const run = () => scan(fromPage);
    if (wait > 0) setTimeout(run, wait);
    else queueMicrotask(run);
  };
  // Navigation, frame loads, an adapter's own signal: read now (listeners pass an event, not a flag).
  const reschedule = () => schedule();

  /**
   * A burst that only touched the page outside the conversation (a clock, counters, an ad carousel) is
   * read later, once per LATE_READ_MS however many bursts come: fields that render late beside the thread
   * (Amazon's order panel) still arrive, and a page churning 1,000 times a second costs Tact two reads.
   */
  const onMutations = (records: MutationRecord[]) => {
    const near = anchors;
    if (!near || !near[0].isConnected || records.some((r) => touchesRegion(r, near))) return schedule(true);
    if (lateTimer === undefined && !stop.signal.aborted) {
      lateTimer = setTimeout(() => {
        lateTimer = undefined;
        schedule(true);
      }, LATE_READ_MS);
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
    anchors = null;
    events.onAdapter(next);
    next?.init?.(current.abort.signal, reschedule);
  }

  function observe(doc: Document) {
    if (observed.has(doc)) return;
    observed.add(doc);
    const observer = new MutationObserver(onMutations);
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    observers.push(observer);
    // A frame that reloads gets a new document: catch it on load.
    doc.defaultView?.addEventListener('load', reschedule, { signal: stop.signal });
  }
  function observeFrames() {
    for (const doc of documentsOf(win.document)) observe(doc);
    // Frames in shadow roots are known once a site rule's deep walk found them (utils/sites/rules/deep-query.ts).
    for (const doc of documentsOf(win.document)) {
      for (const frame of [...doc.querySelectorAll('iframe'), ...shadowFramesOf(doc)]) frame.addEventListener('load', reschedule, { signal: stop.signal });
    }
  }

  win.addEventListener('hashchange', reschedule, { signal: stop.signal });
  win.addEventListener('popstate', reschedule, { signal: stop.signal });
  // The Navigation API also reports the page's pushState navigations, which no DOM event announces.
  (win as Window & { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', reschedule, { signal: stop.signal });
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
    clearTimeout(lateTimer);
    current?.abort.abort();
    observers.forEach((o) => o.disconnect());
  };
}
