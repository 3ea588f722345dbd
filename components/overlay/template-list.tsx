import type { TemplateSuggestion } from '@/utils/messaging/protocol';
import type { Conversation } from '@/utils/sites/conversation';
import { placeholderValues, type PlaceholderValues } from '@/utils/reply/fill';
import { t, type UiLang } from '@/components/i18n';
import { TemplateItem } from './template-item';
import { CardBoundary } from './card-boundary';

interface Props {
  lang: UiLang;
  templates: TemplateSuggestion[];
  conversation: Conversation | null;
  values?: PlaceholderValues;
  onInsert(text: string, templateId: string): void;
  onCopy?(templateId: string): void;
  /** Helpful / not helpful (overlay only: where the template was suggested for a conversation). */
  onRate?(templateId: string, helpful: boolean): void;
  onAdd?(text: string): void;
  insertLabel?: string;
}

export function TemplateList({ lang, templates, conversation, values, onInsert, onAdd, onCopy, onRate, insertLabel }: Props) {
  const filledValues = placeholderValues(conversation, values);
  return (
    <section className="tact-card" aria-labelledby="tact-templates-title" data-card="templates">
      <h3 id="tact-templates-title" className="tact-card-title">
        {t(lang, 'templates')}
      </h3>
      {templates.length === 0 && <p className="tact-muted">{t(lang, 'noTemplates')}</p>}
      <ul className="tact-templates">
        {templates.map(({ template, variant, packId }) => (
          <CardBoundary key={`${template.id}/${variant.language}`} as="li" lang={lang} card="template" sources={[`${packId}/${template.id}`]}>
            <TemplateItem lang={lang} template={template} variant={variant} values={filledValues} onInsert={onInsert} onAdd={onAdd} onCopy={onCopy} onRate={onRate} insertLabel={insertLabel} />
          </CardBoundary>
        ))}
      </ul>
    </section>
  );
}
