/** Overlay state (Zustand, vanilla so the content script's wiring and React share one store). */
import { createStore } from 'zustand/vanilla';
import type { Conversation } from '@/utils/sites/conversation';
import type { Overrides, SearchHit, Suggestions } from '@/utils/messaging/protocol';
import type { LintFinding } from '@/utils/reply/lint';
import type { UiLang } from '@/utils/settings';

export type Notice = 'inserted' | 'noReplyBox' | 'teachSaved' | 'teachNothing';

/** What the agent is pointing at in teach mode (utils/sites/taught). */
export type TeachTarget = 'message' | 'replyBox';

/** `no-conversation`: the page was read and no thread is open; `unreadable`: no reader could make sense of it. */
export type AssistStatus = 'loading' | 'ready' | 'no-conversation' | 'unreadable' | 'error';

export interface AssistState {
  status: AssistStatus;
  conversation: Conversation | null;
  suggestions: Suggestions | null;
  /** The conversation the suggestions were made for: while newer ones load, the cards keep showing these. */
  suggestedFor: Conversation | null;
  /** The suggestions the cards last put on screen (they render a moment after arriving, in slices). */
  shown: Suggestions | null;
  error: string | null;
  collapsed: boolean;
  uiLang: UiLang;
  /** The agent's corrections for this conversation (remembered per conversation key). */
  overrides: Overrides;
  /** Short confirmation after Insert/Copy (a UI string key: the overlay says it in the agent's language). */
  notice: Notice | null;
  /** Placeholder values from settings (agent and shop name); the page supplies the rest. */
  values: Record<string, string>;
  /** Snippets combined into one reply before inserting. */
  compose: string;
  /** Compliance findings for the text in the page's reply box; null until there is text to check. */
  lint: LintFinding[] | null;
  /** Teach mode: which element the agent is being asked to point at, if any. */
  teaching: TeachTarget | null;
  /** Whether the agent taught this site anything (offers Forget and Export). */
  taught: boolean;
}

export interface AssistActions {
  /** Asks the background for suggestions for this conversation (or pasted text). */
  refresh(): Promise<void>;
  insert(text: string, templateId?: string): Promise<boolean>;
  setCollapsed(collapsed: boolean): void;
  /** Detect a message the agent pasted when no conversation could be read. */
  suggestForPasted(text: string): Promise<void>;
  /** The agent corrects country / intent / language: re-rank and remember for this conversation. */
  setOverrides(overrides: Overrides): Promise<void>;
  search(query: string): Promise<SearchHit[]>;
  setCompose(text: string): void;
  /** A template was copied (usage counts it, ids only). */
  copied(templateId: string): void;
  /** Helpful / not helpful on a suggested template (usage counts it, ids only). */
  rated(templateId: string, helpful: boolean): void;
  /** Teach mode: let the agent point at the buyer's message or the reply box (Esc cancels). */
  teach(target: TeachTarget): Promise<void>;
  forgetTaught(): Promise<void>;
  /** Downloads what the agent taught as a site-rule pack file for the team lead. */
  exportTaught(): Promise<void>;
}

export type AssistStore = ReturnType<typeof createAssistStore>;

export function createAssistStore(uiLang: UiLang) {
  return createStore<AssistState>(() => ({
    status: 'loading',
    conversation: null,
    suggestions: null,
    suggestedFor: null,
    shown: null,
    error: null,
    collapsed: false,
    uiLang,
    overrides: {},
    notice: null,
    values: {},
    compose: '',
    lint: null,
    teaching: null,
    taught: false,
  }));
}
