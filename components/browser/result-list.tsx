/**
 * Search results as a listbox. Focus stays in the search box (aria-activedescendant points at the active
 * option), so typing, arrows and Enter all work without leaving the keyboard.
 */
import { useEffect, useRef } from 'react';
import type { SearchHit } from '../../utils/messaging/protocol';
import { pick, type UiLang } from '../i18n';
import { entryChips, entrySnippet, kindLabel } from '../shared/entry-text';

interface Props {
  lang: UiLang;
  id: string;
  label: string;
  hits: SearchHit[];
  active: number;
  onActive(index: number): void;
  onChoose(hit: SearchHit): void;
}

export const optionId = (listId: string, index: number) => `${listId}-opt-${index}`;

export function ResultList({ lang, id, label, hits, active, onActive, onChoose }: Props) {
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    list.current?.querySelector(`#${CSS.escape(optionId(id, active))}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active, id]);
  return (
    <ul className="tact-results" role="listbox" id={id} aria-label={label} ref={list}>
      {hits.map((hit, i) => (
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
          <p className="tact-result-snippet">{entrySnippet(lang, hit.entry)}</p>
          <p className="tact-result-chips">{entryChips(lang, hit.entry).join(' · ')}</p>
        </li>
      ))}
    </ul>
  );
}
