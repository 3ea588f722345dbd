import { useState } from 'react';
import type { Suggestions } from '../../utils/messaging/protocol';
import type { Conversation } from '../../utils/sites/conversation';
import { fillPlaceholders, type PlaceholderValues } from '../../utils/reply/fill';
import { languageName, pick, t, type UiLang } from '../i18n';
import { FilledPreview } from './filled-preview';

interface Props {
  lang: UiLang;
  suggestions: Suggestions;
  conversation: Conversation | null;
  values?: PlaceholderValues;
  onInsert(text: string): Promise<boolean>;
}

export function placeholderValues(conversation: Conversation | null, extra: PlaceholderValues = {}): PlaceholderValues {
  return {
    buyer_name: conversation?.buyerName,
    order_id: conversation?.orderId,
    product: conversation?.product,
    tracking_number: conversation?.trackingNumber,
    ...extra,
  };
}

export function TemplateList({ lang, suggestions, conversation, values, onInsert }: Props) {
  const [showGloss, setShowGloss] = useState<string | null>(null);
  const filledValues = placeholderValues(conversation, values);
  return (
    <section className="tact-card" aria-labelledby="tact-templates-title">
      <h3 id="tact-templates-title" className="tact-card-title">
        {t(lang, 'templates')}
      </h3>
      {suggestions.templates.length === 0 && <p className="tact-muted">{t(lang, 'noTemplates')}</p>}
      <ul className="tact-templates" role="list">
        {suggestions.templates.map(({ template, variant }) => {
          const filled = fillPlaceholders(variant.text, filledValues);
          return (
            <li key={template.id} className="tact-template" data-template-id={template.id} data-language={variant.language}>
              <div className="tact-template-head">
                <strong>{pick(lang, template.title)}</strong>
                <span className="tact-muted">{languageName(lang, variant.language)}</span>
              </div>
              <FilledPreview filled={filled} />
              {filled.missing.length > 0 && (
                <p className="tact-missing">
                  {t(lang, 'missing')}: {filled.missing.map((m) => `[${m}]`).join(' ')}
                </p>
              )}
              {showGloss === template.id && <p className="tact-gloss" lang="zh-CN">{variant.gloss}</p>}
              <div className="tact-actions">
                <button type="button" className="tact-primary" data-action="insert" onClick={() => void onInsert(filled.text)}>
                  {t(lang, 'insert')}
                </button>
                <button type="button" data-action="copy" onClick={() => void navigator.clipboard?.writeText(filled.text)}>
                  {t(lang, 'copy')}
                </button>
                <button type="button" data-action="gloss" aria-pressed={showGloss === template.id} onClick={() => setShowGloss(showGloss === template.id ? null : template.id)}>
                  {t(lang, 'gloss')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
