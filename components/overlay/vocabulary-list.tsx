import type { VocabularyNote } from '@/knowledge/schema';
import { pick, t, type UiLang } from '@/components/i18n';

/** Culture-sensitive wording for this buyer: what to avoid and what to write instead. */
export function VocabularyList({ lang, notes }: { lang: UiLang; notes: VocabularyNote[] }) {
  if (!notes.length) return null;
  return (
    <details className="tact-card tact-vocabulary" data-card="vocabulary">
      <summary>
        {t(lang, 'wording')} ({notes.length})
      </summary>
      <ul>
        {notes.map((note) => (
          <li key={note.id} data-entry-id={note.id}>
            <strong>{pick(lang, note.title)}</strong>
            <p>
              <span className="tact-avoid">✗ {note.avoid.join(' · ')}</span>
              {note.instead.length > 0 && <span className="tact-instead"> ✓ {note.instead.join(' · ')}</span>}
            </p>
            <p className="tact-muted">{pick(lang, note.why)}</p>
          </li>
        ))}
      </ul>
    </details>
  );
}
