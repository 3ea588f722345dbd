import { useEffect, useRef, useState } from 'react';
import type { Entry } from '@/knowledge/schema';
import type { SearchHit } from '@/utils/messaging/protocol';
import type { PlaceholderValues } from '@/utils/reply/fill';
import { pick, t, type UiLang } from '@/components/i18n';
import { variantFor } from '@/components/shared/template-variant';
import { TemplateItem } from './template-item';

interface Props {
  lang: UiLang;
  buyerLanguage: string;
  values: PlaceholderValues;
  search(query: string): Promise<SearchHit[]>;
  onInsert(text: string, templateId: string): void;
  onCopy?(templateId: string): void;
  onAdd(text: string): void;
}

const KIND_LABEL: Record<Entry['kind'], { en: string; zh: string }> = {
  culture_tip: { en: 'Tip', zh: '提示' },
  playbook: { en: 'Playbook', zh: '流程' },
  template: { en: 'Template', zh: '模板' },
  policy_rule: { en: 'Rule', zh: '规则' },
  vocabulary: { en: 'Wording', zh: '用词' },
};

function summary(lang: UiLang, entry: Entry): string {
  switch (entry.kind) {
    case 'culture_tip':
      return pick(lang, entry.body);
    case 'playbook':
      return entry.steps.map((s, i) => `${i + 1}. ${pick(lang, s)}`).join('\n');
    case 'policy_rule':
      return pick(lang, entry.explanation);
    case 'vocabulary':
      return `✗ ${entry.avoid.join(' / ')}\n✓ ${entry.instead.join(' / ')}\n${pick(lang, entry.why)}`;
    default:
      return '';
  }
}

/**
 * Search the whole knowledge base from the overlay (the background runs the search): results open in place,
 * a template with its Insert/Add actions. The popup's own search (facets, copy) is components/popup/popup-search.tsx.
 */
export function OverlaySearch({ lang, buyerLanguage, values, search, onInsert, onAdd, onCopy }: Props) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const seq = useRef(0);
  useEffect(() => {
    const q = query.trim();
    // A newer query (or an emptied box) drops the answers still on their way.
    const id = ++seq.current;
    if (!q) return;
    const timer = setTimeout(() => void search(q).then((r) => id === seq.current && (setHits(r), setActive(0))), 120);
    return () => clearTimeout(timer);
  }, [query, search]);

  const openHit = (hit: SearchHit) => setOpen(open === hit.entry.id ? null : hit.entry.id);
  return (
    <section className="tact-card tact-search" data-card="search">
      <input
        type="search"
        role="searchbox"
        aria-label={t(lang, 'search')}
        aria-controls="tact-search-results"
        placeholder={t(lang, 'searchPlaceholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          if (!e.target.value.trim()) setHits(null);
        }}
        onKeyDown={(e) => {
          if (!hits?.length) return;
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter') openHit(hits[active]);
          else return;
          e.preventDefault();
        }}
      />
      {hits && hits.length === 0 && <p className="tact-muted">{t(lang, 'noResults')}</p>}
      {hits && hits.length > 0 && (
        <ul id="tact-search-results" role="listbox" aria-label={t(lang, 'search')} className="tact-results">
          {hits.map((hit, i) => {
            const entry = hit.entry;
            const variant = entry.kind === 'template' ? variantFor(entry, buyerLanguage) : null;
            return (
              <li key={`${hit.packId}/${entry.id}`} role="option" aria-selected={i === active} data-entry-id={entry.id} className="tact-result">
                <button type="button" className="tact-result-head" onClick={() => (setActive(i), openHit(hit))}>
                  <span className="tact-kind">{KIND_LABEL[entry.kind][lang]}</span> {pick(lang, entry.title)}
                </button>
                {open === entry.id &&
                  (variant && entry.kind === 'template' ? (
                    <ul className="tact-templates">
                      <TemplateItem lang={lang} template={entry} variant={variant} values={values} onInsert={onInsert} onAdd={onAdd} onCopy={onCopy} />
                    </ul>
                  ) : (
                    <p className="tact-result-body">{summary(lang, entry)}</p>
                  ))}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
