/**
 * "Paste the buyer's message": detection runs in the background (as for the overlay) and the answer is
 * shown with the overlay's own cards. The pasted text lives in this component's state only.
 */
import { useState } from 'react';
import type { ReplyTemplate } from '@/knowledge/schema';
import { MARKETPLACES, type Marketplace } from '@/knowledge/intents';
import type { Overrides, Suggestions } from '@/utils/messaging/protocol';
import { ComposeBox } from '@/components/overlay/compose-box';
import { CountryCard } from '@/components/overlay/country-card';
import { DetectionChips } from '@/components/overlay/detection-chips';
import { MARKET_COUNTRIES } from '@/components/overlay/market-countries';
import { PlaybookCard } from '@/components/overlay/playbook-card';
import { TemplateList } from '@/components/overlay/template-list';
import { t, type UiLang } from '@/components/i18n';
import { tu } from '@/components/i18n-ui';
import { marketplaceLabel } from '@/components/shared/entry-text';
import type { KnowledgeClient } from '@/components/shared/knowledge-client';

export interface PasteContext {
  marketplace: Marketplace;
  /** The Amazon marketplace's country when the active tab is a seller-central page. */
  marketplaceCountry?: string;
  url?: string;
}

interface Props {
  lang: UiLang;
  client: KnowledgeClient;
  values: Record<string, string>;
  context: PasteContext;
  /** Copies; `used` names the template when one was copied whole, for the usage log. */
  onCopy(text: string, used?: { template: ReplyTemplate; packId: string; language: string; country: string | null; marketplace: Marketplace }): Promise<boolean>;
}

export function PastePanel({ lang, client, values, context, onCopy }: Props) {
  const [text, setText] = useState('');
  const [marketplace, setMarketplace] = useState<Marketplace>(context.marketplace);
  const [state, setState] = useState<{ status: 'idle' | 'loading' | 'ready' | 'error'; suggestions?: Suggestions; error?: string }>({ status: 'idle' });
  const [overrides, setOverrides] = useState<Overrides>({});
  const [compose, setCompose] = useState('');

  /** Detects again with the agent's corrections (country, language, intent) applied, as in the overlay. */
  const submit = async (corrections: Overrides = overrides) => {
    const message = text.trim();
    if (!message) return;
    setOverrides(corrections);
    setState((prev) => ({ ...prev, status: 'loading' }));
    try {
      const suggestions = await client.suggest({
        conversation: {
          marketplace,
          key: 'popup:pasted',
          host: context.url ? new URL(context.url).hostname : '',
          url: context.url ?? '',
          ...(marketplace === context.marketplace && context.marketplaceCountry ? { marketplaceCountry: context.marketplaceCountry } : {}),
          messages: [{ from: 'buyer', text: message }],
        },
        overrides: corrections,
      });
      setState({ status: 'ready', suggestions });
    } catch (error) {
      setState({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  };

  const s = state.suggestions;
  const copyById = (filled: string, templateId: string) => {
    const hit = s?.templates.find((x) => x.template.id === templateId);
    void onCopy(filled, hit && { template: hit.template, packId: hit.packId, language: hit.variant.language, country: s!.detection.country, marketplace });
  };
  return (
    <div className="tact-panel-body">
      <form
        className="tact-paste"
        onSubmit={(e) => {
          e.preventDefault();
          void submit({});
        }}
      >
        <label htmlFor="tact-paste-message">{tu(lang, 'pasteLabel')}</label>
        <textarea
          id="tact-paste-message"
          rows={5}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void submit({});
            }
          }}
          placeholder={tu(lang, 'pastePlaceholder')}
        />
        <div className="tact-row">
          <label htmlFor="tact-paste-marketplace">{tu(lang, 'facetMarketplace')}</label>
          <select id="tact-paste-marketplace" value={marketplace} onChange={(e) => setMarketplace(e.target.value as Marketplace)}>
            {MARKETPLACES.map((m) => (
              <option key={m} value={m}>
                {marketplaceLabel(lang, m)}
              </option>
            ))}
          </select>
          <button type="submit" className="tact-primary" disabled={!text.trim() || state.status === 'loading'}>
            {t(lang, 'detect')}
          </button>
        </div>
        <p className="tact-help">{tu(lang, 'pastePrivacy')}</p>
      </form>
      {state.status === 'loading' && <p className="tact-muted">{tu(lang, 'detecting')}</p>}
      {state.status === 'error' && (
        <p className="tact-error" role="alert">
          {t(lang, 'error')}: {state.error}
        </p>
      )}
      {s && state.status !== 'error' && (
        <section className="tact-suggestions" aria-label={tu(lang, 'suggestions')}>
          <div className="tact-detection" data-country={s.detection.country ?? ''} data-intent={s.detection.intent} data-language={s.detection.language}>
            <DetectionChips lang={lang} detection={s.detection} overrides={overrides} countries={MARKET_COUNTRIES} onOverride={(o) => void submit(o)} />
          </div>
          <CountryCard lang={lang} profile={s.country} tips={s.cultureTips} />
          <PlaybookCard lang={lang} playbooks={s.playbooks} messages={[]} marketplace={marketplace} />
          <TemplateList
            lang={lang}
            insertLabel={t(lang, 'copyReply')}
            templates={s.templates}
            conversation={null}
            values={values}
            onInsert={(filled, id) => copyById(filled, id)}
            onAdd={(filled) => setCompose((c) => (c ? `${c.trimEnd()}\n\n${filled}` : filled))}
          />
          <ComposeBox lang={lang} text={compose} onChange={setCompose} onInsert={(all) => void onCopy(all)} />
        </section>
      )}
    </div>
  );
}
