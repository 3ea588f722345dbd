import { memo, useDeferredValue, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { AssistActions, AssistStore, TeachTarget } from './assist-store';
import type { Suggestions } from '@/utils/messaging/protocol';
import { t } from '@/components/i18n';
import { DetectionChips } from './detection-chips';
import { CountryWhy } from './country-why';
import { placeholderValues } from '@/utils/reply/fill';
import { SuggestionCards } from './suggestion-cards';
import { PasteBox } from './paste-box';
import { TeachBar } from './teach-bar';
import { SourceNote } from './source-note';
import { OverlaySearch } from './overlay-search';
import { ComposeBox } from './compose-box';
import { LintCard } from './lint-card';
import { MARKET_COUNTRIES } from './market-countries';

const Chips = memo(DetectionChips);
const Search = memo(OverlaySearch);
const Lint = memo(LintCard);
const Compose = memo(ComposeBox);

const NO_FINDINGS: never[] = [];

export interface OverlayProps {
  store: AssistStore;
  actions: AssistActions;
}

export function Overlay({ store, actions }: OverlayProps) {
  const s = useStore(store);
  const [teachOpen, setTeachOpen] = useState(false);
  const { status, suggestions, conversation, uiLang: lang } = s;
  // Stable handlers (actions never change), so the memoised cards below skip re-rendering.
  const handlers = useMemo(
    () => ({
      insert: (text: string, id: string) => void actions.insert(text, id),
      insertCompose: (text: string) => void actions.insert(text),
      add: (text: string) => {
        const compose = store.getState().compose;
        actions.setCompose(compose ? `${compose.trimEnd()}\n\n${text}` : text);
      },
      override: (o: Parameters<AssistActions['setOverrides']>[0]) => void actions.setOverrides(o),
      shown: (shown: Suggestions) => store.getState().shown !== shown && store.setState({ shown }),
      paste: (text: string) => void actions.suggestForPasted(text),
      copied: (templateId: string) => actions.copied(templateId),
      rated: (templateId: string, helpful: boolean) => actions.rated(templateId, helpful),
      teach: (target: TeachTarget) => void actions.teach(target),
      forget: () => void actions.forgetTaught(),
      exportTaught: () => void actions.exportTaught(),
    }),
    [actions, store],
  );
  const values = useMemo(() => placeholderValues(conversation, s.values), [conversation, s.values]);
  // New cards render as a deferred (time-sliced) update: a big answer never blocks the page for long.
  const cards = useDeferredValue(suggestions);
  const cardsFor = useDeferredValue(s.suggestedFor ?? conversation);
  if (s.collapsed) {
    return (
      <button type="button" className="tact-pill" onClick={() => actions.setCollapsed(false)} aria-label={t(lang, 'expand')} aria-expanded="false">
        Tact
      </button>
    );
  }
  return (
    // Escape from anywhere in the panel folds it away (a select or search box that uses Escape itself prevents this).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- a keyboard shortcut for the whole panel, not a control
    <section className="tact-panel" aria-label="Tact" onKeyDown={(e) => e.key === 'Escape' && !e.defaultPrevented && actions.setCollapsed(true)}>
      <header className="tact-header" data-drag-handle="true" title={t(lang, 'dragHint')}>
        <strong className="tact-logo">Tact</strong>
        {suggestions && <Chips lang={lang} detection={suggestions.detection} overrides={s.overrides} countries={MARKET_COUNTRIES} onOverride={handlers.override} />}
        <button type="button" className="tact-icon-button" onClick={() => actions.setCollapsed(true)} aria-label={t(lang, 'collapse')} aria-expanded="true">
          –
        </button>
      </header>
      <div className="tact-body">
        {suggestions && <CountryWhy lang={lang} detection={suggestions.detection} overrides={s.overrides} onOverride={handlers.override} />}
        {status === 'loading' && <p className="tact-muted">{t(lang, 'loading')}</p>}
        {status === 'error' && (
          <div className="tact-error" role="alert">
            <p>
              {t(lang, 'error')}: {s.error}
            </p>
            <button type="button" onClick={() => void actions.refresh()}>
              {t(lang, 'retry')}
            </button>
          </div>
        )}
        {status === 'unreadable' && (
          <div className="tact-card tact-unreadable" role="region" aria-label={t(lang, 'unreadable')}>
            <p>
              <strong>{t(lang, 'unreadable')}</strong> {t(lang, 'unreadableHelp')}
            </p>
            <TeachBar lang={lang} teaching={s.teaching} taught={s.taught} onTeach={handlers.teach} onForget={handlers.forget} onExport={handlers.exportTaught} />
          </div>
        )}
        {(status === 'no-conversation' || status === 'unreadable') && <PasteBox lang={lang} intro={status === 'unreadable' ? null : 'noConversation'} onSubmit={handlers.paste} />}
        {status === 'ready' && conversation?.source && (
          <>
            <SourceNote lang={lang} source={conversation.source} onWrong={s.teaching || teachOpen ? undefined : () => setTeachOpen(true)} />
            {(teachOpen || s.teaching) && <TeachBar lang={lang} teaching={s.teaching} taught={s.taught} onTeach={handlers.teach} onForget={handlers.forget} onExport={handlers.exportTaught} />}
            {conversation.source === 'pasted' && (
              <details className="tact-card tact-paste-again">
                <summary>{t(lang, 'pasteAnother')}</summary>
                <PasteBox lang={lang} intro={null} onSubmit={handlers.paste} />
              </details>
            )}
          </>
        )}
        <Lint lang={lang} findings={s.lint ?? NO_FINDINGS} checked={s.lint !== null} />
        <Compose lang={lang} text={s.compose} onChange={actions.setCompose} onInsert={handlers.insertCompose} />
        {suggestions && cards && status !== 'error' && (
          <SuggestionCards
            lang={lang}
            suggestions={cards}
            conversation={cardsFor}
            values={s.values}
            onInsert={handlers.insert}
            onAdd={handlers.add}
            onCopy={handlers.copied}
            onRate={handlers.rated}
            onShown={handlers.shown}
          />
        )}
        <Search lang={lang} buyerLanguage={suggestions?.detection.language ?? 'en'} values={values} search={actions.search} onInsert={handlers.insert} onAdd={handlers.add} onCopy={handlers.copied} />
      </div>
      <div className="tact-notice" role="status" aria-live="polite">
        {s.notice && t(lang, s.notice)}
      </div>
    </section>
  );
}
