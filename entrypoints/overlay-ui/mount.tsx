/** Mounts the overlay in an open shadow root; test builds mirror its state onto the host's data-tact-* hooks. */
import { startTransition } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Overlay } from '@/components/overlay/overlay';
import overlayCss from '@/components/overlay/overlay.css?inline';
import { TEST_HOOKS } from '@/utils/test-hooks';
import type { AssistActions, AssistState, AssistStore } from '@/components/overlay/assist-store';

export const HOST_TAG = 'tact-assist';

/** Suggestions have arrived but the cards on screen don't show them yet. */
function cardsBehind(state: AssistState): boolean {
  return state.status === 'ready' && !state.collapsed && state.suggestions !== null && state.shown !== state.suggestions;
}

export function syncHostAttributes(host: HTMLElement, state: AssistState) {
  const detection = state.suggestions?.detection;
  const hooks: Record<string, string> = {
    tactState: state.status === 'loading' ? 'no-conversation' : state.status,
    tactLoading: String(state.status === 'loading' || cardsBehind(state)),
    tactCountry: detection?.country ?? '',
    tactIntent: detection?.intent ?? '',
    tactLanguage: detection?.language ?? '',
    tactSource: state.status === 'ready' || state.status === 'loading' ? (state.conversation?.source ?? '') : '',
    tactCollapsed: String(state.collapsed),
  };
  // Written only when they change: every write is an attribute mutation the page's observers see.
  for (const [key, value] of Object.entries(hooks)) if (host.dataset[key] !== value) host.dataset[key] = value;
}

export type MountedOverlay = Awaited<ReturnType<typeof mountOverlay>>;

export async function mountOverlay(ctx: ContentScriptContext, store: AssistStore, actions: AssistActions) {
  const ui = await createShadowRootUi<Root>(ctx, {
    name: HOST_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    css: overlayCss,
    onMount(container, _shadow, host) {
      if (TEST_HOOKS) syncHostAttributes(host, store.getState());
      const wrapper = document.createElement('div');
      wrapper.className = 'tact-root';
      container.append(wrapper);
      const root = createRoot(wrapper);
      // A transition, so React renders it in slices: the answer may already be in the store when the UI
      // arrives, and the first render of all the cards must not block the page. (preact/compat, which
      // serves the overlay's build, renders it at once: its whole first render is a few milliseconds.)
      startTransition(() => root.render(<Overlay store={store} actions={actions} />));
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  // Subscribed before mounting: the first render may already show the cards (and say so to the store)
  // inside mount(), and the hooks must not miss it.
  const unsubscribe = TEST_HOOKS ? store.subscribe((state) => syncHostAttributes(ui.shadowHost, state)) : () => {};
  ui.mount();
  if (TEST_HOOKS) syncHostAttributes(ui.shadowHost, store.getState());
  return {
    ui,
    root: ui.shadow.querySelector<HTMLElement>('.tact-root')!,
    panel: () => ui.shadow.querySelector('.tact-panel, .tact-pill'),
    remove() {
      unsubscribe();
      ui.remove();
    },
  };
}
