/** The toolbar popup: offline search, paste-and-detect, and what's new in the team's packs. */
import { useCallback, useEffect, useState } from 'react';
import type { ReplyTemplate } from '@/knowledge/schema';
import { whatsNewItem, type WhatsNewRecord } from '@/knowledge/subscription-store';
import type { KnowledgeStatus, SearchHit } from '@/utils/messaging/protocol';
import { settingsPlaceholders } from '@/utils/settings';
import { recordUsage } from '@/utils/usage';
import { languageName } from '@/components/i18n';
import { tu } from '@/components/i18n-ui';
import { copyText } from '@/components/shared/clipboard';
import type { KnowledgeClient } from '@/components/shared/knowledge-client';
import { Tabs } from '@/components/shared/tabs';
import { useSettings } from '@/components/shared/use-settings';
import { HostAccessBanner } from './host-access-banner';
import { UseOnSite } from './use-on-site';
import { PastePanel, type PasteContext } from './paste-panel';
import { SearchPanel } from './popup-search';
import { WhatsNewPanel } from './whats-new-panel';

export interface PopupActions {
  openSidePanel?(): void;
  openOptions?(): void;
}

interface Props {
  client: KnowledgeClient;
  context?: PasteContext;
  actions?: PopupActions;
  onFirstResults?(): void;
  initialResults?: Promise<SearchHit[]>;
  /** The same results when they were already in before the first render. */
  initialHits?: SearchHit[];
}

type Tab = 'search' | 'paste' | 'news';

interface UsedTemplate {
  template: ReplyTemplate;
  packId: string;
  language: string;
  country?: string | null;
  marketplace?: string;
}

export function PopupApp({ client, context = { marketplace: 'amazon' }, actions = {}, onFirstResults, initialResults, initialHits }: Props) {
  const { settings, lang } = useSettings();
  const values = settingsPlaceholders(settings);
  const [tab, setTab] = useState<Tab>('search');
  const [status, setStatus] = useState<KnowledgeStatus | null>(null);
  const [records, setRecords] = useState<WhatsNewRecord[]>([]);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    void client.status().then(setStatus, () => undefined);
    void whatsNewItem.getValue().then((r) => setRecords(r ?? []));
    return whatsNewItem.watch((r) => setRecords(r ?? []));
  }, [client]);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 3500);
    return () => clearTimeout(timer);
  }, [notice]);

  const copy = useCallback(
    async (text: string, used?: UsedTemplate) => {
      const ok = await copyText(text);
      if (!ok) setNotice(tu(lang, 'copyFailed'));
      else if (!used) setNotice(tu(lang, 'copiedText'));
      else {
        const { template, packId, language } = used;
        setNotice(tu(lang, 'copiedTemplate', { title: template.title[lang] || template.title.en, language: languageName(lang, language) }));
        void recordUsage({
          templateId: template.id,
          packId,
          intent: template.intent,
          country: used.country ?? (template.countries?.length === 1 ? template.countries[0] : null),
          marketplace: used.marketplace ?? template.marketplace,
          language,
          action: 'copy',
          surface: 'popup',
        });
      }
      return ok;
    },
    [lang],
  );

  const unseen = records.filter((r) => !r.seen).length;
  return (
    <div className="tact-popup">
      <header className="tact-page-header">
        <strong className="tact-logo">Tact</strong>
        <span className="tact-muted tact-status" data-ready={status?.ready ?? false} title={status ? tu(lang, 'statusTitle', { entries: status.entries, packs: status.packs }) : undefined}>
          {status ? tu(lang, 'statusLine', { entries: status.entries, packs: status.packs }) : tu(lang, 'statusLoading')}
        </span>
        <span className="tact-spacer" />
        {actions.openSidePanel && (
          <button type="button" className="tact-icon-text" onClick={actions.openSidePanel}>
            {tu(lang, 'openSidePanel')}
          </button>
        )}
        {actions.openOptions && (
          <button type="button" className="tact-icon-text" onClick={actions.openOptions} aria-label={tu(lang, 'openOptions')} title={tu(lang, 'openOptions')}>
            ⚙
          </button>
        )}
      </header>
      <HostAccessBanner lang={lang} />
      <UseOnSite lang={lang} />
      <Tabs<Tab>
        label="Tact"
        value={tab}
        onChange={setTab}
        tabs={[
          { id: 'search', label: tu(lang, 'tabSearch') },
          { id: 'paste', label: tu(lang, 'tabPaste') },
          { id: 'news', label: tu(lang, 'tabWhatsNew'), badge: unseen || undefined },
        ]}
      />
      <div role="tabpanel" id={`tact-tabpanel-${tab}`} aria-labelledby={`tact-tab-${tab}`} className="tact-tabpanel">
        {tab === 'search' && (
          <SearchPanel
            lang={lang}
            client={client}
            values={values}
            onFirstResults={onFirstResults}
            initialResults={initialResults}
            initialHits={initialHits}
            onCopy={(text, template, packId, language, facets) => copy(text, { template, packId, language, country: facets.country, marketplace: facets.marketplace })}
          />
        )}
        {tab === 'paste' && <PastePanel lang={lang} client={client} values={values} context={context} onCopy={copy} />}
        {tab === 'news' && <WhatsNewPanel lang={lang} client={client} records={records} values={values} onCopy={(text, template, packId, language) => copy(text, { template, packId, language })} />}
      </div>
      <div className="tact-notice" role="status" aria-live="polite">
        {notice ?? ''}
      </div>
    </div>
  );
}
