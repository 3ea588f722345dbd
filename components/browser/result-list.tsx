/**
 * Search results as a listbox. Focus stays in the search box (aria-activedescendant points at the active
 * option), so typing, arrows and Enter all work without leaving the keyboard.
 */
import { useEffect, useRef, useState } from 'react';
import type { SearchHit } from '@/utils/messaging/protocol';
import { pick, type UiLang } from '@/components/i18n';
import { entryChips, entrySnippet, kindLabel } from '@/components/shared/entry-text';

interface Props {
  lang: UiLang;
  id: string;
  label: string;
  hits: SearchHit[];
  active: number;
  onActive(index: number): void;
  onChoose(hit: SearchHit): void;
  /** Template snippets show this language's variant (the language filter). */
  language?: string;
}

export const optionId = (listId: string, index: number) => `${listId}-opt-${index}`;

/** Options drawn in the first pass (what fits the popup); the rest follow right after the first paint. */
const FIRST_PASS = 8;

export function ResultList({ lang, id, label, hits, active, onActive, onChoose, language }: Props) {
  const list = useRef<HTMLUListElement>(null);
  const [shown, setShown] = useState(FIRST_PASS);
  useEffect(() => {
    if (shown >= hits.length) return;
    const timer = setTimeout(() => setShown(hits.length), 0);
    return () => clearTimeout(timer);
  }, [shown, hits.length]);
  useEffect(() => {
    list.current?.querySelector(`#${CSS.escape(optionId(id, active))}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active, id]);
  return (
    <ul className="tact-results" role="listbox" id={id} aria-label={label} ref={list}>
      {hits.slice(0, Math.max(shown, active + 1)).map((hit, i) => (
        // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- keys go to the searchbox that owns this listbox (aria-activedescendant)
        <li
          key={`${hit.packId}/${hit.entry.id}`}
          id={optionId(id, i)}
          role="option"
          aria-selected={i === active}
          className="tact-result"
          data-entry-id={hit.entry.id}
          data-kind={hit.entry.kind}
          onMouseMove={() => i !== active && onActive(i)}
          onClick={() => {
            onActive(i);
            onChoose(hit);
          }}
        >
          <div className="tact-result-head">
            <span className={`tact-kind tact-kind--${hit.entry.kind}`}>{kindLabel(lang, hit.entry.kind)}</span>
            <strong className="tact-result-title">{pick(lang, hit.entry.title)}</strong>
          </div>
          <p className="tact-result-snippet">{entrySnippet(lang, hit.entry, 140, language)}</p>
          <p className="tact-result-chips">{entryChips(lang, hit.entry).join(' · ')}</p>
        </li>
      ))}
    </ul>
  );
}
