/** What the overlay can ask for: suggestions, insert, overrides, search. Talks to the background by message. */
import type { SiteAdapter } from '@/utils/sites/site-adapter';
import { forDetection, type Conversation } from '@/utils/sites/conversation';
import { amazonMarketplaceCountry } from '@/utils/sites/amazon-hosts';
import { sendMessage } from '@/utils/messaging/protocol';
import { insertReply } from '@/utils/reply/insert';
import type { AssistActions, AssistStore, Notice } from '@/components/overlay/assist-store';
import { saveOverrides } from './overrides';
import { isContextInvalidated } from './context-invalidated';
import type { Teacher } from './teach/teach-session';

export interface ActionDeps {
  store: AssistStore;
  adapter(): SiteAdapter | null;
  /** After an insert: re-check the reply box and record usage. */
  afterInsert(templateId: string | undefined, text: string): void;
  /** After a copy: record usage. */
  afterCopy(templateId: string): void;
  afterRating(templateId: string, helpful: boolean): void;
  onInvalidated(): void;
  setTimeout(fn: () => void, ms: number): void;
  teacher(): Teacher | null;
  /** Downloads what was taught here as a site-rule pack file. */
  exportTaught(): Promise<void>;
}

export function createActions({ store, adapter, afterInsert, afterCopy, afterRating, onInvalidated, setTimeout, teacher, exportTaught }: ActionDeps) {
  let request = 0;

  const notify = (notice: Notice) => {
    store.setState({ notice });
    setTimeout(() => store.getState().notice === notice && store.setState({ notice: null }), 4000);
  };

  const ask = async (conversation: Conversation) => {
    const id = ++request;
    try {
      const suggestions = await sendMessage('getSuggestions', { conversation: forDetection(conversation), overrides: store.getState().overrides });
      if (id === request) store.setState({ suggestions, suggestedFor: conversation, status: 'ready', error: null });
    } catch (error) {
      if (isContextInvalidated(error)) return onInvalidated();
      if (id === request) store.setState({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  };

  const actions: AssistActions = {
    async refresh() {
      const { conversation } = store.getState();
      if (conversation) await ask(conversation);
    },
    async insert(text, templateId) {
      const target = adapter()?.replyTarget(document);
      // Only the visible box of the thread on screen is written to; anything else is copied instead.
      if (!target || !insertReply(target, text)) {
        await navigator.clipboard?.writeText(text).catch(() => undefined);
        notify('noReplyBox');
        return false;
      }
      notify('inserted');
      afterInsert(templateId, text);
      return true;
    },
    setCollapsed(collapsed) {
      store.setState({ collapsed });
    },
    async suggestForPasted(text) {
      const a = adapter();
      if (!a) return;
      const url = new URL(location.href);
      const conversation: Conversation = {
        marketplace: a.marketplace,
        key: `${a.id}:pasted`,
        source: 'pasted',
        host: url.hostname,
        url: url.href,
        marketplaceCountry: a.marketplace === 'amazon' ? amazonMarketplaceCountry(url.hostname, url.searchParams.get('marketplaceID'))?.country : undefined,
        messages: [{ from: 'buyer', text }],
      };
      store.setState({ conversation, overrides: {} });
      await ask(conversation);
    },
    async setOverrides(overrides) {
      const { conversation } = store.getState();
      store.setState({ overrides });
      if (!conversation) return;
      await saveOverrides(conversation.key, overrides).catch(() => undefined);
      await ask(conversation);
    },
    async search(query) {
      const detection = store.getState().suggestions?.detection;
      try {
        return await sendMessage('search', { query, prefer: { country: detection?.country ?? undefined, intent: detection?.intent }, limit: 12 });
      } catch (error) {
        if (isContextInvalidated(error)) onInvalidated();
        return [];
      }
    },
    setCompose(text) {
      store.setState({ compose: text });
    },
    async teach(target) {
      await teacher()?.teach(target);
    },
    async forgetTaught() {
      await teacher()?.forget();
    },
    exportTaught,
    copied: afterCopy,
    rated: afterRating,
  };
  return { actions, ask, notify, cancelPending: () => void request++ };
}
