/**
 * Content-script wiring: adapter manager -> background (detection + knowledge) -> overlay store; Insert
 * into the page's reply box; live compliance lint; shortcuts. Nothing here touches the knowledge DB.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startReading } from './start-reading';
import { marketplaceOfHost } from '@/utils/sites/marketplace-hosts';
import { adapterFor } from '@/utils/sites/adapters';
import { syncSiteRules } from '@/utils/sites/site-rules-sync';
import { createReaderChain, type ReaderChain } from './reader-chain';
import { genericReader } from './generic-reader';
import { loadTaught } from './teach/taught-store';
import { createTeacher } from './teach/teach-session';
import { taughtPathFor } from './teach/taught-path';
import { downloadTaughtRule } from './teach/export-taught';
import { trackCarets } from '@/utils/reply/caret-memory';
import { createComposeMemory } from './compose-memory';
import { onMessage, sendMessage } from '@/utils/messaging/protocol';
import { loadSettings, resolveUiLanguage } from '@/utils/settings';
import { createAssistStore } from '@/components/overlay/assist-store';
import { createActions } from './actions';
import type { MountedOverlay } from '@/entrypoints/overlay-ui/mount';
import { loadOverlayUi } from './load-overlay-ui';
import { createKeepClear } from './keep-clear';
import { loadOverrides } from './overrides';
import { watchReplyBox } from './lint-watch';
import { applyPosition, enableDragging, loadPosition, type PanelPosition } from './position';
import { recordUse } from './usage-record';
import { fillPlaceholders, placeholderValues } from '@/utils/reply/fill';
import { readReply } from '@/utils/reply/insert';

export async function setupAssist(ctx: ContentScriptContext) {
  const settings = await loadSettings();
  // Marketplace hosts by the manifest; any other site only where the agent granted it (entrypoints/background/any-site.ts).
  const site = marketplaceOfHost(location.hostname);
  if (site && !settings.sites[site]) return;
  const host = location.hostname;
  let taught = await loadTaught(host).catch(() => null);
  const life = new AbortController();
  ctx.onInvalidated(() => life.abort());
  // The rules from the enabled packs (a team lead's fix for a markup change) replace the bundled ones when they arrive.
  void syncSiteRules(life.signal);
  const store = createAssistStore(resolveUiLanguage(settings, navigator.language));
  store.setState({ values: { agent_name: settings.agentName, shop_name: settings.shopName }, taught: !!taught });
  trackCarets(document, life.signal);

  const composeOf = createComposeMemory(store);
  const generic = genericReader(settings);
  const chain = createReaderChain({ rule: (url) => adapterFor(url), generic: generic.adapter, taught: () => taught, everywhere: !site }, { id: site ?? 'site', marketplace: site ?? 'other' });
  let adapter: ReaderChain | null = null;
  /** The marketplace whose rules apply to what was read (lint, usage). */
  const marketplace = () => adapter?.layer()?.marketplace ?? chain.marketplace;
  let mounted: MountedOverlay | null = null;
  let mounting: Promise<void> | null = null;
  let keepClear: ReturnType<typeof createKeepClear> | null = null;
  let position: PanelPosition = { mode: 'docked' };

  const lint = watchReplyBox(
    document,
    () => adapter?.replyTarget(document) ?? null,
    async (text) => {
      if (!text.trim() || !adapter) return store.setState({ lint: null });
      const lint = await sendMessage('lintReply', { text, marketplace: marketplace() }).catch(() => null);
      // Drop an answer that arrives after the agent kept typing (a newer check is on its way).
      if (lint && adapter.replyTarget(document) && readReply(adapter.replyTarget(document)!) === text) store.setState({ lint });
    },
    life.signal,
  );

  const { actions, ask, notify, cancelPending } = createActions({
    store,
    adapter: () => adapter,
    afterInsert(templateId, text) {
      generic.rememberInserted(text);
      lint.checkNow();
      const s = store.getState();
      if (templateId && s.suggestions && adapter) void recordUse('insert', templateId, s.suggestions.detection, marketplace(), s.suggestions.packOf?.[templateId]);
    },
    afterCopy(templateId) {
      const s = store.getState();
      if (s.suggestions) void recordUse('copy', templateId, s.suggestions.detection, marketplace(), s.suggestions.packOf?.[templateId]);
    },
    afterRating(templateId, helpful) {
      const s = store.getState();
      if (s.suggestions) void recordUse(helpful ? 'helpful' : 'not_helpful', templateId, s.suggestions.detection, marketplace(), s.suggestions.packOf?.[templateId]);
    },
    onInvalidated: () => life.abort(),
    setTimeout: (fn, ms) => void ctx.setTimeout(fn, ms),
    teacher: () => teacher,
    exportTaught: async () => {
      if (taught) downloadTaughtRule(taught, chain.marketplace);
    },
  });
  const teacher = createTeacher({
    store,
    host,
    ownHost: () => mounted?.ui.shadowHost ?? null,
    current: () => taught,
    onChange(rule) {
      taught = rule;
      rescan();
    },
    pathFor: taughtPathFor,
    notify,
  });

  const checkLayout = () => {
    if (!keepClear || !mounted) return;
    if (position.mode === 'floating' && keepClear.covers()) {
      position = { mode: 'docked' };
      applyPosition(mounted.root, position);
    }
    if (position.mode === 'docked' && !store.getState().collapsed) keepClear.check();
    else keepClear.release();
  };

  const mount = async () => {
    const { mountOverlay } = await loadOverlayUi();
    // The page may have moved on (no adapter applies any more) while the UI loaded.
    if (!adapter || life.signal.aborted) return;
    mounted = await mountOverlay(ctx, store, actions);
    const host = location.hostname;
    position = await loadPosition(host);
    applyPosition(mounted.root, position);
    enableDragging(mounted.ui.shadow, mounted.root, host, (p) => ((position = p), checkLayout()), life.signal);
    keepClear = createKeepClear(document, mounted.panel, () => adapter?.protectedElements(document) ?? []);
    // Checked when the panel or the page changes size: a ResizeObserver runs after layout, so reading
    // positions there costs nothing, where a check after every state change would force a layout.
    const observer = new ResizeObserver(checkLayout);
    observer.observe(document.documentElement);
    observer.observe(mounted.root);
    life.signal.addEventListener('abort', () => observer.disconnect());
  };

  const { stop: stopManager, rescan } = startReading(window, chain, {
    onAdapter(next) {
      adapter = next as ReaderChain | null;
      if (next && !mounted && !mounting) {
        mounting = mount()
          .catch((error) => console.error('tact: the overlay could not be shown', error))
          .finally(() => (mounting = null));
      }
      if (!next && mounted) {
        mounted.remove();
        mounted = null;
        keepClear?.release();
      }
    },
    async onConversation(conversation) {
      if (!conversation) {
        // A pasted message stays until the page really shows a conversation or the agent pastes another.
        if (store.getState().conversation?.source === 'pasted') return;
        cancelPending();
        store.setState({ conversation: null, suggestions: null, suggestedFor: null, status: chain.state() === 'unreadable' ? 'unreadable' : 'no-conversation', overrides: {} });
      } else {
        const previous = store.getState().conversation;
        const same = previous?.key === conversation.key;
        const overrides = same ? store.getState().overrides : await loadOverrides(conversation.key).catch(() => ({}));
        // A reply being composed belongs to its buyer: put it aside (memory only) and bring back the next one's.
        if (!same) composeOf.switchTo(previous?.key ?? null, conversation.key);
        store.setState({ conversation, overrides, status: 'loading' });
        await ask(conversation);
      }
      lint.checkNow();
    },
    onError(error) {
      store.setState({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    },
  });

  // Keyboard shortcuts (commands API) arrive from the background.
  onMessage('runCommand', ({ data: command }) => {
    if (!mounted) return false;
    if (command === 'toggle-overlay') {
      actions.setCollapsed(!store.getState().collapsed);
      return true;
    }
    const top = store.getState().suggestions?.templates[0];
    if (!top) return false;
    const text = fillPlaceholders(top.variant.text, placeholderValues(store.getState().conversation, store.getState().values)).text;
    void actions.insert(text, top.template.id);
    return true;
  });

  life.signal.addEventListener('abort', () => {
    stopManager();
    mounted?.remove();
    keepClear?.release();
  });
}
