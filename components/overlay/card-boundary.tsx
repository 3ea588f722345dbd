/**
 * One card's failure stays in that card: a malformed team-pack entry that throws while rendering shows a
 * short notice in its place, the rest of the overlay keeps working, and the log names the entries and packs.
 */
import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { t, type UiLang } from '@/components/i18n';

interface Props {
  lang: UiLang;
  /** Which card, for the log ("templates", "playbook", …). */
  card: string;
  /** `packId/entryId` of what the card shows; a new set of entries gives the card a fresh try. */
  sources: string[];
  children: ReactNode;
  /** 'li' inside a list (one template of several). */
  as?: 'section' | 'li';
}

export function CardBoundary({ lang, card, sources, children, as: Tag = 'section' }: Props) {
  const key = sources.join(' ');
  return (
    <ErrorBoundary
      resetKeys={[key]}
      onError={(error) => console.error(`tact: the ${card} card failed to render (entries: ${key || 'none'})`, error)}
      fallback={
        <Tag className="tact-card tact-card--failed" role="status" data-card-failed={card}>
          {t(lang, 'cardFailed')}
        </Tag>
      }
    >
      {children}
    </ErrorBoundary>
  );
}
