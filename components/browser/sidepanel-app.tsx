/** The side panel: the knowledge browser with the agent's settings applied, and copies logged as usage. */
import { useCallback, useState, useEffect } from 'react';
import type { TactDb } from '@/knowledge/db';
import type { ReplyTemplate } from '@/knowledge/schema';
import { settingsPlaceholders } from '@/utils/settings';
import { recordUsage } from '@/utils/usage';
import { languageName, type UiLang } from '@/components/i18n';
import { tu } from '@/components/i18n-ui';
import { copyText } from '@/components/shared/clipboard';
import type { KnowledgeClient } from '@/components/shared/knowledge-client';
import { useSettings } from '@/components/shared/use-settings';
import { KnowledgeBrowser } from './knowledge-browser';
import { useKnowledgeBase } from './use-knowledge-base';

export function SidePanelApp({ client, db }: { client: KnowledgeClient; db?: TactDb }) {
  const { settings, lang } = useSettings();
  const { kb, error } = useKnowledgeBase(client, db);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 3500);
    return () => clearTimeout(timer);
  }, [notice]);
  const onCopy = useCallback(
    async (text: string, template: ReplyTemplate, packId: string, language: string) => {
      const ok = await copyText(text);
      setNotice(ok ? copiedNotice(lang, template, language) : tu(lang, 'copyFailed'));
      if (ok) {
        const country = template.countries?.length === 1 ? template.countries[0] : null;
        void recordUsage({ templateId: template.id, packId, intent: template.intent, country, marketplace: template.marketplace, language, action: 'copy', surface: 'sidepanel' });
      }
      return ok;
    },
    [lang],
  );
  return (
    <div className="tact-sidepanel">
      <header className="tact-page-header">
        <strong className="tact-logo">Tact</strong>
        <span className="tact-muted tact-status" title={kb ? tu(lang, 'statusTitle', { entries: kb.entries.length, packs: kb.packs.length }) : undefined}>
          {kb ? tu(lang, 'statusLine', { entries: kb.entries.length, packs: kb.packs.length }) : tu(lang, 'statusLoading')}
        </span>
      </header>
      {error && (
        <p className="tact-error" role="alert">
          {tu(lang, 'loadFailed')}: {error}
        </p>
      )}
      {kb && <KnowledgeBrowser lang={lang} kb={kb} client={client} values={settingsPlaceholders(settings)} onCopy={onCopy} />}
      <div className="tact-notice" role="status" aria-live="polite">
        {notice ?? ''}
      </div>
    </div>
  );
}

function copiedNotice(lang: UiLang, template: ReplyTemplate, language: string): string {
  return tu(lang, 'copiedTemplate', { title: template.title[lang] || template.title.en, language: languageName(lang, language) });
}
