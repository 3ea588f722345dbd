import { useState } from 'react';
import type { ReplyTemplate, TemplateVariant } from '@/knowledge/schema';
import { fillPlaceholders, type PlaceholderValues } from '@/utils/reply/fill';
import { languageName, pick, t, type UiLang } from '@/components/i18n';
import { FilledPreview } from './filled-preview';

interface Props {
  lang: UiLang;
  template: ReplyTemplate;
  variant: TemplateVariant;
  values: PlaceholderValues;
  onInsert(text: string, templateId: string): void;
  /** Add to the combined reply (overlay only). */
  onAdd?(text: string): void;
  /** Where there's no reply box to insert into (popup, side panel), the main action copies. */
  insertLabel?: string;
  /** After a copy: the usage log counts it like an Insert. */
  onCopy?(templateId: string): void;
  onRate?(templateId: string, helpful: boolean): void;
}

/** One template: filled preview (missing placeholders marked), editable before Insert, Copy, Add to the reply. */
export function TemplateItem({ lang, template, variant, values, onInsert, onAdd, onCopy, onRate, insertLabel }: Props) {
  const filled = fillPlaceholders(variant.text, values);
  const [edited, setEdited] = useState<string | null>(null);
  const [gloss, setGloss] = useState(false);
  const [rating, setRating] = useState<boolean | null>(null);
  const rate = (helpful: boolean) => {
    // One rating per card: a second click on the same one does nothing, the other one changes it.
    if (rating === helpful) return;
    setRating(helpful);
    onRate?.(template.id, helpful);
  };
  const text = edited ?? filled.text;
  return (
    <li className="tact-template" data-template-id={template.id} data-language={variant.language}>
      <div className="tact-template-head">
        <strong>{pick(lang, template.title)}</strong>
        <span className="tact-muted">{languageName(lang, variant.language)}</span>
      </div>
      {edited === null ? (
        <FilledPreview filled={filled} />
      ) : (
        <textarea className="tact-template-edit" aria-label={`${t(lang, 'edit')}: ${pick(lang, template.title)}`} value={edited} onChange={(e) => setEdited(e.target.value)} rows={6} />
      )}
      {filled.missing.length > 0 && edited === null && (
        <p className="tact-missing">
          {t(lang, 'missing')}: {filled.missing.map((m) => `[${m}]`).join(' ')}
        </p>
      )}
      {gloss && (
        <p className="tact-gloss" lang="zh-CN">
          {variant.gloss}
        </p>
      )}
      <div className="tact-actions">
        <button type="button" className="tact-primary" data-action="insert" onClick={() => onInsert(text, template.id)}>
          {insertLabel ?? t(lang, 'insert')}
        </button>
        {!insertLabel && (
          <button type="button" data-action="copy" onClick={() => void navigator.clipboard?.writeText(text).then(() => onCopy?.(template.id))}>
            {t(lang, 'copy')}
          </button>
        )}
        {onAdd && (
          <button type="button" data-action="add" onClick={() => onAdd(text)}>
            {t(lang, 'addToCompose')}
          </button>
        )}
        <button type="button" data-action="edit" aria-pressed={edited !== null} onClick={() => setEdited(edited === null ? filled.text : null)}>
          {edited === null ? t(lang, 'edit') : t(lang, 'done')}
        </button>
        <button type="button" data-action="gloss" aria-pressed={gloss} onClick={() => setGloss(!gloss)}>
          {t(lang, 'gloss')}
        </button>
        {onRate && (
          <>
            <button type="button" className="tact-rate" data-action="helpful" aria-pressed={rating === true} aria-label={t(lang, 'helpful')} title={t(lang, 'helpful')} onClick={() => rate(true)}>
              👍
            </button>
            <button
              type="button"
              className="tact-rate"
              data-action="not-helpful"
              aria-pressed={rating === false}
              aria-label={t(lang, 'notHelpful')}
              title={t(lang, 'notHelpful')}
              onClick={() => rate(false)}
            >
              👎
            </button>
          </>
        )}
      </div>
    </li>
  );
}
