/**
 * Content-script wiring: adapter manager -> background (detection + knowledge) -> overlay store; Insert
 * into the page's reply box. Nothing here touches the knowledge DB; every answer comes by message.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startAdapterManager } from '../sites/manager';
import type { SiteAdapter } from '../sites/site-adapter';
import type { Conversation } from '../sites/conversation';
import { amazonMarketplaceCountry } from '../sites/amazon-hosts';
import { sendMessage } from '../messaging/protocol';
import { insertReply } from '../reply/insert';
import { defaultUiLang, t } from '../../components/i18n';
import { createAssistStore, type AssistActions } from './store';
import { mountOverlay } from './mount';
import { createKeepClear } from './keep-clear';
import { isContextInvalidated } from './context-invalidated';
import { loadSettings } from '../settings';

const siteOf = (host: string) => (host.endsWith('aliexpress.com') ? 'aliexpress' : 'amazon');

export async function setupAssist(ctx: ContentScriptContext) {
  const settings = await loadSettings();
  if (!settings.sites[siteOf(location.hostname)]) return;
  const store = createAssistStore(settings.uiLanguage === 'auto' ? defaultUiLang(navigator.language) : settings.uiLanguage);
  store.setState({ values: { agent_name: settings.agentName, shop_name: settings.shopName } });
  let adapter: SiteAdapter | null = null;
  let mounted: Awaited<ReturnType<typeof mountOverlay>> | null = null;
  let keepClear: ReturnType<typeof createKeepClear> | null = null;
  let request = 0;

  const notify = (notice: string) => {
    store.setState({ notice });
    ctx.setTimeout(() => store.getState().notice === notice && store.setState({ notice: null }), 4000);
  };

  const ask = async (conversation: Conversation) => {
    const id = ++request;
    try {
      const suggestions = await sendMessage('getSuggestions', { conversation, overrides: store.getState().overrides });
      if (id === request) store.setState({ suggestions, status: 'ready', error: null });
    } catch (error) {
      if (isContextInvalidated(error)) return stop();
      if (id === request) store.setState({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  };

  const actions: AssistActions = {
    async refresh() {
      const { conversation } = store.getState();
      if (conversation) await ask(conversation);
    },
    async insert(text) {
      const target = adapter?.replyTarget(document);
      if (!target) {
        await navigator.clipboard?.writeText(text).catch(() => undefined);
        notify(t(store.getState().uiLang, 'noReplyBox'));
        return false;
      }
      insertReply(target, text);
      notify(t(store.getState().uiLang, 'inserted'));
      return true;
    },
    setCollapsed(collapsed) {
      store.setState({ collapsed });
      if (collapsed) keepClear?.release();
    },
    async suggestForPasted(text) {
      if (!adapter) return;
      const url = new URL(location.href);
      const conversation: Conversation = {
        marketplace: adapter.marketplace,
        key: `${adapter.id}:pasted`,
        host: url.hostname,
        url: url.href,
        marketplaceCountry: adapter.marketplace === 'amazon' ? amazonMarketplaceCountry(url.hostname, url.searchParams.get('marketplaceID'))?.country : undefined,
        messages: [{ from: 'buyer', text }],
      };
      store.setState({ conversation });
      await ask(conversation);
    },
  };

  const onAdapter = async (next: SiteAdapter | null) => {
    adapter = next;
    if (!next) {
      mounted?.remove();
      mounted = null;
      keepClear?.release();
      return;
    }
    if (!mounted) {
      mounted = await mountOverlay(ctx, store, actions);
      keepClear = createKeepClear(document, mounted.panel, () => adapter?.protectedElements(document) ?? []);
      const observer = new ResizeObserver(() => keepClear?.check());
      observer.observe(document.documentElement);
      ctx.onInvalidated(() => observer.disconnect());
    }
  };

  const stopManager = startAdapterManager(window, {
    onAdapter: (next) => void onAdapter(next),
    onConversation(conversation) {
      if (!conversation) {
        request++;
        store.setState({ conversation: null, suggestions: null, status: 'no-conversation' });
      } else {
        store.setState({ conversation, status: 'loading' });
        void ask(conversation);
      }
      requestAnimationFrame(() => keepClear?.check());
    },
    onError(error) {
      store.setState({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    },
  });
  store.subscribe(() => requestAnimationFrame(() => keepClear?.check()));

  function stop() {
    stopManager();
    mounted?.remove();
    keepClear?.release();
  }
  ctx.onInvalidated(stop);
}
