/** Options page: packs, subscriptions, team keys, what's new, settings, usage — one tab each. */
import { useState } from 'react';
import type { ReplyTemplate } from '@/knowledge/schema';
import { whatsNewItem, type WhatsNewRecord } from '@/knowledge/subscription-store';
import { settingsPlaceholders } from '@/utils/settings';
import { tu } from '@/components/i18n-ui';
import { copyText } from '@/components/shared/clipboard';
import { Tabs } from '@/components/shared/tabs';
import { useSettings } from '@/components/shared/use-settings';
import { WhatsNewPanel } from '@/components/popup/whats-new-panel';
import { KeysSection } from './keys-section';
import type { OptionsDeps } from './options-deps';
import { PacksSection } from './packs-section';
import { SettingsForm } from './settings-form';
import { SubscriptionsSection } from './subscriptions-section';
import { UsageSection } from './usage-section';
import { useStorageItem } from './use-storage-item';

export type OptionsTab = 'packs' | 'subscriptions' | 'keys' | 'news' | 'settings' | 'usage';

export function OptionsApp({ deps, initialTab = 'packs' }: { deps: OptionsDeps; initialTab?: OptionsTab }) {
  const { settings, lang, loaded } = useSettings();
  const [tab, setTab] = useState<OptionsTab>(initialTab);
  const records = useStorageItem(whatsNewItem, [] as WhatsNewRecord[]);
  const unseen = records.filter((r) => !r.seen).length;
  const copy = (text: string, _t: ReplyTemplate) => copyText(text);
  return (
    <div className="tact-options">
      <header className="tact-page-header">
        <strong className="tact-logo">Tact</strong>
        <h1>{tu(lang, 'optionsTitle')}</h1>
      </header>
      <div className="tact-options-layout">
        <nav className="tact-options-nav" aria-label={tu(lang, 'optionsTitle')}>
          <Tabs<OptionsTab>
            label={tu(lang, 'optionsTitle')}
            orientation="vertical"
            value={tab}
            onChange={(next) => {
              setTab(next);
              history.replaceState(null, '', `#${next}`);
            }}
            tabs={[
              { id: 'packs', label: tu(lang, 'tabPacks') },
              { id: 'subscriptions', label: tu(lang, 'tabSubscriptions') },
              { id: 'keys', label: tu(lang, 'tabKeys') },
              { id: 'news', label: tu(lang, 'tabWhatsNew'), badge: unseen || undefined },
              { id: 'settings', label: tu(lang, 'tabSettings') },
              { id: 'usage', label: tu(lang, 'tabUsage') },
            ]}
          />
        </nav>
        <main role="tabpanel" id={`tact-tabpanel-${tab}`} aria-labelledby={`tact-tab-${tab}`} className="tact-options-main">
          {tab === 'packs' && <PacksSection lang={lang} db={deps.db} admin={deps.admin} />}
          {tab === 'subscriptions' && <SubscriptionsSection lang={lang} deps={deps} />}
          {tab === 'keys' && <KeysSection lang={lang} />}
          {tab === 'news' && (
            <section className="tact-section" aria-labelledby="tact-news-title">
              <h3 id="tact-news-title">{tu(lang, 'tabWhatsNew')}</h3>
              <WhatsNewPanel lang={lang} client={deps.client} records={records} values={settingsPlaceholders(settings)} onCopy={copy} />
            </section>
          )}
          {tab === 'settings' && <SettingsForm lang={lang} settings={settings} loaded={loaded} />}
          {tab === 'usage' && <UsageSection lang={lang} />}
        </main>
      </div>
    </div>
  );
}

const TABS: OptionsTab[] = ['packs', 'subscriptions', 'keys', 'news', 'settings', 'usage'];
export function tabFromHash(hash: string): OptionsTab {
  const name = hash.replace(/^#/, '') as OptionsTab;
  return TABS.includes(name) ? name : 'packs';
}
