/** One entry in full, drawn with the overlay's own cards (CountryCard, PlaybookCard, TemplateList). */
import { useState } from 'react';
import type { Entry, Playbook, ReplyTemplate } from '@/knowledge/schema';
import { CountryCard } from '@/components/overlay/country-card';
import { PlaybookCard } from '@/components/overlay/playbook-card';
import { TemplateList } from '@/components/overlay/template-list';
import { languageName, pick, t, type UiLang } from '@/components/i18n';
import { tu } from '@/components/i18n-ui';
import { entryChips, kindLabel, marketplaceLabel, variantFor } from '@/components/shared/entry-text';
import { BilingualList } from './bilingual-list';

interface Props {
  lang: UiLang;
  entry: Entry;
  packId: string;
  /** Placeholder values from settings (agent and shop name). */
  values: Record<string, string>;
  /** Preferred template language (the language facet, or the buyer's). */
  language?: string;
  /** Called by a template's Insert/Copy button with the filled text. */
  onCopy(text: string, template: ReplyTemplate, language: string): Promise<boolean>;
}

export function EntryDetail({ lang, entry, packId, values, language, onCopy }: Props) {
  return (
    <article className="tact-detail" data-entry-id={entry.id} aria-labelledby="tact-detail-title">
      <header className="tact-detail-head">
        <span className={`tact-kind tact-kind--${entry.kind}`}>{kindLabel(lang, entry.kind)}</span>
        <h2 id="tact-detail-title">{pick(lang, entry.title)}</h2>
        <p className="tact-muted tact-detail-chips">
          {entryChips(lang, entry).join(' · ')} · {tu(lang, 'fromPack')} <code>{packId}</code>
        </p>
      </header>
      {entry.kind === 'culture_tip' && <CountryCard lang={lang} profile={null} tips={[entry]} />}
      {entry.kind === 'playbook' && <PlaybookDetail lang={lang} playbook={entry} />}
      {entry.kind === 'template' && <TemplateDetail key={entry.id} lang={lang} template={entry} packId={packId} values={values} language={language} onCopy={onCopy} />}
      {entry.kind === 'policy_rule' && (
        <section className="tact-card">
          <p>
            <span className={`tact-severity tact-severity--${entry.severity}`}>{tu(lang, entry.severity === 'error' ? 'severityError' : 'severityWarning')}</span> ·{' '}
            {marketplaceLabel(lang, entry.marketplace)}
          </p>
          <p>{pick(lang, entry.explanation)}</p>
        </section>
      )}
      {entry.kind === 'vocabulary' && (
        <section className="tact-card">
          <p>
            <span className="tact-label">{tu(lang, 'avoid')}:</span> <s>{entry.avoid.join(', ')}</s>
          </p>
          {entry.instead.length > 0 && (
            <p>
              <span className="tact-label">{tu(lang, 'instead')}:</span> <strong>{entry.instead.join(', ')}</strong>
            </p>
          )}
          <p>{pick(lang, entry.why)}</p>
          <p className="tact-muted">{languageName(lang, entry.language)}</p>
        </section>
      )}
    </article>
  );
}

function PlaybookDetail({ lang, playbook }: { lang: UiLang; playbook: Playbook }) {
  return (
    <>
      <p className="tact-situation">{pick(lang, playbook.situation)}</p>
      <BilingualList lang={lang} title={tu(lang, 'checkFirst')} items={playbook.checkFirst} />
      <PlaybookCard lang={lang} playbooks={[playbook]} messages={[]} marketplace={playbook.marketplace === 'aliexpress' ? 'aliexpress' : 'amazon'} />
      <BilingualList lang={lang} title={tu(lang, 'evidence')} items={playbook.evidence} />
      <BilingualList lang={lang} title={tu(lang, 'escalation')} items={playbook.escalation} />
      {playbook.emotionScale && playbook.emotionScale.length > 0 && (
        <section className="tact-card">
          <h3 className="tact-card-title">{tu(lang, 'emotionScale')}</h3>
          <ol className="tact-plain-list">
            {playbook.emotionScale.map((level) => (
              <li key={level.level}>
                <strong>
                  {level.level}. {pick(lang, level.label)}
                </strong>{' '}
                — {pick(lang, level.signs)} → {pick(lang, level.response)}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

function TemplateDetail({ lang, template, packId, values, language, onCopy }: Omit<Props, 'entry'> & { template: ReplyTemplate }) {
  const [chosen, setChosen] = useState(() => variantFor(template, language).language);
  const variant = template.variants.find((v) => v.language === chosen) ?? template.variants[0];
  return (
    <>
      <div className="tact-variant-tabs" role="group" aria-label={t(lang, 'language')}>
        {template.variants.map((v) => (
          <button key={v.language} type="button" aria-pressed={v.language === variant.language} onClick={() => setChosen(v.language)} lang={v.language}>
            {languageName(lang, v.language)}
          </button>
        ))}
      </div>
      <TemplateList
        key={variant.language}
        lang={lang}
        templates={[{ template, variant, packId }]}
        conversation={null}
        values={values}
        insertLabel={t(lang, 'copyReply')}
        onInsert={(text) => void onCopy(text, template, variant.language)}
      />
    </>
  );
}
