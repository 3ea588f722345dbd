import { useStore } from 'zustand';
import type { AssistActions, AssistStore } from '../../utils/assist/store';
import { t } from '../i18n';
import { DetectionChips } from './detection-chips';
import { CountryCard } from './country-card';
import { PlaybookCard } from './playbook-card';
import { TemplateList, placeholderValues } from './template-list';
import { PasteBox } from './paste-box';
import { SearchPanel } from './search-panel';
import { ComposeBox } from './compose-box';
import { LintCard } from './lint-card';
import { MARKET_COUNTRIES } from './market-countries';
import { VocabularyList } from './vocabulary-list';

export interface OverlayProps {
  store: AssistStore;
  actions: AssistActions;
}

export function Overlay({ store, actions }: OverlayProps) {
  const s = useStore(store);
  const { status, suggestions, conversation, uiLang: lang } = s;
  if (s.collapsed) {
    return (
      <button type="button" className="tact-pill" onClick={() => actions.setCollapsed(false)} aria-label={t(lang, 'expand')} aria-expanded="false">
        Tact
      </button>
    );
  }
  const values = placeholderValues(conversation, s.values);
  const add = (text: string) => actions.setCompose(s.compose ? `${s.compose.trimEnd()}\n\n${text}` : text);
  return (
    <section className="tact-panel" role="region" aria-label="Tact">
      <header className="tact-header" data-drag-handle="true" title={t(lang, 'dragHint')}>
        <strong className="tact-logo">Tact</strong>
        {suggestions && (
          <DetectionChips lang={lang} detection={suggestions.detection} overrides={s.overrides} countries={MARKET_COUNTRIES} onOverride={(o) => void actions.setOverrides(o)} />
        )}
        <button type="button" className="tact-icon-button" onClick={() => actions.setCollapsed(true)} aria-label={t(lang, 'collapse')} aria-expanded="true">
          –
        </button>
      </header>
      <div className="tact-body">
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
        {status === 'no-conversation' && <PasteBox lang={lang} onSubmit={(text) => void actions.suggestForPasted(text)} />}
        <LintCard lang={lang} findings={s.lint ?? []} checked={s.lint !== null} />
        <ComposeBox lang={lang} text={s.compose} onChange={actions.setCompose} onInsert={(text) => void actions.insert(text)} />
        {suggestions && status !== 'error' && (
          <>
            <CountryCard lang={lang} profile={suggestions.country} tips={suggestions.cultureTips} />
            <VocabularyList lang={lang} notes={suggestions.vocabulary} />
            <PlaybookCard lang={lang} playbooks={suggestions.playbooks} messages={conversation?.messages ?? []} marketplace={conversation?.marketplace ?? 'amazon'} />
            <TemplateList
              lang={lang}
              templates={suggestions.templates}
              conversation={conversation}
              values={s.values}
              onInsert={(text, id) => void actions.insert(text, id)}
              onAdd={add}
            />
          </>
        )}
        <SearchPanel lang={lang} buyerLanguage={suggestions?.detection.language ?? 'en'} values={values} search={actions.search} onInsert={(text, id) => void actions.insert(text, id)} onAdd={add} />
      </div>
      <div className="tact-notice" role="status" aria-live="polite">
        {s.notice}
      </div>
    </section>
  );
}
