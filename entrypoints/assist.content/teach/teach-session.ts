/**
 * Teach mode: the agent points at the buyer's message or the reply box; the derived path is saved for this
 * host and read from then on (reader-chain.ts puts taught paths first). Esc cancels a pick.
 */
import type { AssistStore, Notice, TeachTarget } from '@/components/overlay/assist-store';
import type { TaughtRule } from '@/utils/sites/taught/taught-rule';
import { pickElement } from './element-picker';
import { forgetTaught, saveTaught } from './taught-store';

export interface TeacherDeps {
  store: AssistStore;
  host: string;
  /** Tact's own overlay host, which can't be picked. */
  ownHost(): Element | null;
  current(): TaughtRule | null;
  /** A new rule (or none): re-read the page with it. */
  onChange(rule: TaughtRule | null): void;
  /** The path that finds this element (and, for a message, its sibling messages) again; null if it can't. */
  pathFor(el: Element, target: TeachTarget): Partial<TaughtRule> | null;
  notify(notice: Notice): void;
}

export function createTeacher(deps: TeacherDeps) {
  let picking: AbortController | null = null;

  return {
    async teach(target: TeachTarget) {
      picking?.abort();
      const mine = (picking = new AbortController());
      deps.store.setState({ teaching: target });
      const own = deps.ownHost() ?? document.createElement('div');
      const el = await pickElement(document, own, mine.signal);
      if (picking === mine) picking = null;
      deps.store.setState({ teaching: null });
      if (!el) return;
      const taught = deps.pathFor(el, target);
      if (!taught) return deps.notify('teachNothing');
      const previous = deps.current();
      // A new message path replaces the old one's buyer marks too.
      const base = target === 'message' && previous ? { replyBox: previous.replyBox } : (previous ?? {});
      const rule: TaughtRule = { ...base, ...taught, host: deps.host, savedAt: Date.now() };
      await saveTaught(rule);
      deps.store.setState({ taught: true });
      deps.onChange(rule);
      deps.notify('teachSaved');
    },
    cancel() {
      picking?.abort();
    },
    async forget() {
      await forgetTaught(deps.host);
      deps.store.setState({ taught: false });
      deps.onChange(null);
    },
  };
}

export type Teacher = ReturnType<typeof createTeacher>;
