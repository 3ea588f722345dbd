import { useStore } from 'zustand';
import type { AssistActions, AssistStore } from '../../utils/assist/store';
import { t } from '../i18n';
import { OverlayHeader } from './overlay-header';
import { CountryCard } from './country-card';
import { PlaybookCard } from './playbook-card';
import { TemplateList } from './template-list';
import { PasteBox } from './paste-box';

export interface OverlayProps {
  store: AssistStore;
  actions: AssistActions;
}

export function Overlay({ store, actions }: OverlayProps) {
  const { status, suggestions, conversation, collapsed, uiLang: lang, error, notice, values } = useStore(store);
  if (collapsed) {
    return (
      <button type="button" className="tact-pill" onClick={() => actions.setCollapsed(false)} aria-label={t(lang, 'expand')} aria-expanded="false">
        Tact
      </button>
    );
  }
  return (
    <section className="tact-panel" role="complementary" aria-label="Tact">
      <OverlayHeader lang={lang} detection={suggestions?.detection ?? null} onCollapse={() => actions.setCollapsed(true)} />
      <div className="tact-body">
        {status === 'loading' && <p className="tact-muted">{t(lang, 'loading')}</p>}
        {status === 'error' && (
          <div className="tact-error" role="alert">
            <p>
              {t(lang, 'error')}: {error}
            </p>
            <button type="button" onClick={() => void actions.refresh()}>
              {t(lang, 'retry')}
            </button>
          </div>
        )}
        {status === 'no-conversation' && <PasteBox lang={lang} onSubmit={(text) => void actions.suggestForPasted(text)} />}
        {suggestions && status !== 'error' && (
          <>
            <CountryCard lang={lang} profile={suggestions.country} tips={suggestions.cultureTips} />
            <PlaybookCard lang={lang} playbooks={suggestions.playbooks} messages={conversation?.messages ?? []} />
            <TemplateList lang={lang} suggestions={suggestions} conversation={conversation} values={values} onInsert={actions.insert} />
          </>
        )}
      </div>
      <div className="tact-notice" role="status" aria-live="polite">
        {notice}
      </div>
    </section>
  );
}
