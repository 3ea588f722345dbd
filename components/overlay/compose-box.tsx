import { t, type UiLang } from '@/components/i18n';

/** Several snippets combined into one reply, editable, inserted in one go. */
export function ComposeBox({ lang, text, onChange, onInsert }: { lang: UiLang; text: string; onChange(text: string): void; onInsert(text: string): void }) {
  if (!text) return null;
  return (
    <section className="tact-card tact-compose" aria-labelledby="tact-compose-title" data-card="compose">
      <h3 id="tact-compose-title" className="tact-card-title">
        {t(lang, 'compose')}
      </h3>
      <textarea aria-labelledby="tact-compose-title" value={text} onChange={(e) => onChange(e.target.value)} rows={6} />
      <div className="tact-actions">
        <button type="button" className="tact-primary" data-action="insert-compose" onClick={() => onInsert(text)}>
          {t(lang, 'insertAll')}
        </button>
        <button type="button" onClick={() => void navigator.clipboard?.writeText(text)}>
          {t(lang, 'copy')}
        </button>
        <button type="button" onClick={() => onChange('')}>
          {t(lang, 'clear')}
        </button>
      </div>
    </section>
  );
}
