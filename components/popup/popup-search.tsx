/**
 * Offline lookup: type, arrow through the results, Enter copies a template (placeholders filled from
 * settings; the rest stay visible as [name]) or opens any other entry; Shift+Enter opens a template too.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ReplyTemplate } from '@/knowledge/schema';
import type { SearchHit } from '@/utils/messaging/protocol';
import { fillPlaceholders } from '@/utils/reply/fill';
import { pick, type UiLang } from '@/components/i18n';
import { tu } from '@/components/i18n-ui';
import { EntryDetail } from '@/components/browser/entry-detail';
import { FacetBar, toFilters, type FacetValues } from '@/components/browser/facet-bar';
import { optionId, ResultList } from '@/components/browser/result-list';
import { variantFor } from '@/components/shared/entry-text';
import type { FacetOptions, KnowledgeClient } from '@/components/shared/knowledge-client';
import { focusOnMount } from '@/components/shared/focus-on-mount';

export const SEARCH_LIMIT = 20;

interface Props {
  lang: UiLang;
  client: KnowledgeClient;
  values: Record<string, string>;
  /** Copies and logs a template; resolves false when the clipboard refused. */
  onCopy(text: string, template: ReplyTemplate, packId: string, language: string, facets: FacetValues): Promise<boolean>;
  onFirstResults?(): void;
  /** The empty-query results, requested before React mounted so the round trip overlaps the first render. */
  initialResults?: Promise<SearchHit[]>;
  initialHits?: SearchHit[];
}

export function SearchPanel({ lang, client, values, onCopy, onFirstResults, initialResults, initialHits }: Props) {
  const [query, setQuery] = useState('');
  const [facets, setFacets] = useState<FacetValues>({});
  const [hits, setHits] = useState<SearchHit[] | null>(initialHits ?? null);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState<SearchHit | null>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [options, setOptions] = useState<FacetOptions>({ countries: [], languages: [] });
  const input = useRef<HTMLInputElement>(null);
  // The popup opens for typing, and the list view comes back to the box: focus follows the view.
  useEffect(() => {
    if (!open) input.current?.focus();
  }, [open]);
  const request = useRef(0);
  const reported = useRef(false);

  const prefetched = useRef(initialResults);
  const loadedOptions = useRef(false);

  useEffect(() => {
    const id = ++request.current;
    const empty = !query && !Object.values(facets).some(Boolean);
    const pending = empty && prefetched.current ? prefetched.current : client.search({ query, filters: toFilters(facets), limit: SEARCH_LIMIT });
    prefetched.current = undefined;
    if (!reported.current) performance.mark('tact:search-sent');
    pending.then(
      (result) => {
        if (id !== request.current) return;
        // Same list (a remembered first page confirmed by the worker): keep the agent's place in it.
        setHits((prev) => (prev && sameIds(prev, result) ? prev : (setActive(0), result)));
        setError(null);
        if (!reported.current) performance.mark('tact:search-answered');
      },
      (e: unknown) => id === request.current && setError(e instanceof Error ? e.message : String(e)),
    );
  }, [client, query, facets, onFirstResults]);

  // Reported after the first results are on screen (committed), which is what the agent waits for.
  useEffect(() => {
    if (hits && !reported.current) {
      reported.current = true;
      onFirstResults?.();
    }
    if (hits && !loadedOptions.current) {
      loadedOptions.current = true;
      void client.facetOptions().then(setOptions, () => undefined);
    }
  }, [hits, onFirstResults, client]);

  const copy = async (hit: SearchHit) => {
    if (hit.entry.kind !== 'template') return;
    const variant = variantFor(hit.entry, facets.language);
    await onCopy(fillPlaceholders(variant.text, values).text, hit.entry, hit.packId, variant.language, facets);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const count = hits?.length ?? 0;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (count) setActive((a) => (e.key === 'ArrowDown' ? Math.min(count - 1, a + 1) : Math.max(0, a - 1)));
    } else if ((e.key === 'Home' || e.key === 'End') && e.ctrlKey) {
      e.preventDefault();
      setActive(e.key === 'Home' ? 0 : Math.max(0, count - 1));
    } else if (e.key === 'Enter' && count) {
      e.preventDefault();
      const hit = hits![active];
      if (hit.entry.kind === 'template' && !e.shiftKey) void copy(hit);
      else setOpen(hit);
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      setQuery('');
    }
  };

  if (open) {
    return (
      <div className="tact-panel-body">
        <button
          type="button"
          className="tact-back"
          ref={focusOnMount}
          onClick={() => {
            setOpen(null);
            requestAnimationFrame(() => input.current?.focus());
          }}
          onKeyDown={(e) => e.key === 'Escape' && (setOpen(null), requestAnimationFrame(() => input.current?.focus()))}
        >
          ← {tu(lang, 'backToResults')}
        </button>
        <EntryDetail
          lang={lang}
          entry={open.entry}
          packId={open.packId}
          values={values}
          language={facets.language}
          onCopy={(text, template, language) => onCopy(text, template, open.packId, language, facets)}
        />
      </div>
    );
  }

  const listId = 'tact-results';
  const activeHit = hits?.[active];
  return (
    <div className="tact-panel-body">
      <label htmlFor="tact-search" className="tact-visually-hidden">
        {tu(lang, 'searchLabel')}
      </label>
      <input
        ref={input}
        id="tact-search"
        className="tact-search"
        type="search"
        role="searchbox"
        autoComplete="off"
        spellCheck={false}
        placeholder={tu(lang, 'searchPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
        aria-controls={listId}
        aria-activedescendant={activeHit ? optionId(listId, active) : undefined}
        aria-describedby="tact-search-help"
      />
      <p id="tact-search-help" className="tact-help">
        {tu(lang, 'searchHelp')}
      </p>
      <FacetBar lang={lang} value={facets} options={options} onChange={setFacets} idPrefix="tact-facet" open={filtersOpen} onToggle={setFiltersOpen} />
      {error && (
        <p className="tact-error" role="alert">
          {tu(lang, 'searchFailed')}: {error}
        </p>
      )}
      <p className="tact-visually-hidden" role="status" aria-live="polite">
        {hits ? tu(lang, 'resultCount', { n: hits.length }) : ''}
      </p>
      {hits && hits.length === 0 && <p className="tact-muted tact-empty">{tu(lang, 'noResults')}</p>}
      {hits && hits.length > 0 && <ResultList lang={lang} id={listId} label={tu(lang, 'results')} hits={hits} active={active} onActive={setActive} onChoose={setOpen} language={facets.language} />}
      {activeHit && <p className="tact-hint">{activeHit.entry.kind === 'template' ? tu(lang, 'enterCopies', { title: pick(lang, activeHit.entry.title) }) : tu(lang, 'enterOpens')}</p>}
    </div>
  );
}

function sameIds(a: SearchHit[], b: SearchHit[]): boolean {
  return a.length === b.length && a.every((h, i) => h.entry.id === b[i].entry.id && h.packId === b[i].packId);
}
