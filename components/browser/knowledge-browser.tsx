/**
 * The full knowledge browser (side panel): by country, by intent, by kind, or search. Every entry opens
 * in the same EntryDetail the popup uses, drawn with the overlay's cards.
 */
import { useMemo, useState } from 'react';
import type { KnowledgeBase, LayeredEntry } from '@/knowledge/layering';
import type { CultureTip, EntryKind, ReplyTemplate } from '@/knowledge/schema';
import { INTENT_IDS, type IntentId } from '@/knowledge/intents';
import { CountryCard } from '@/components/overlay/country-card';
import { countryName, flagOf, intentLabel, pick, type UiLang } from '@/components/i18n';
import { tu } from '@/components/i18n-ui';
import { ENTRY_KINDS, entryChips, kindLabel } from '@/components/shared/entry-text';
import type { KnowledgeClient } from '@/components/shared/knowledge-client';
import { Tabs } from '@/components/shared/tabs';
import { SearchPanel } from '@/components/popup/popup-search';
import { CountryProfileDetail } from './country-profile';
import { EntryDetail } from './entry-detail';

type View = 'countries' | 'intents' | 'kinds' | 'search';
type Group = { view: 'countries'; code: string } | { view: 'intents'; intent: IntentId } | { view: 'kinds'; kind: EntryKind };

interface Props {
  lang: UiLang;
  kb: KnowledgeBase;
  client: KnowledgeClient;
  values: Record<string, string>;
  onCopy(text: string, template: ReplyTemplate, packId: string, language: string): Promise<boolean>;
}

function countriesOf(e: LayeredEntry): readonly string[] {
  return 'countries' in e.entry ? (e.entry.countries ?? []) : [];
}
function intentsOf(e: LayeredEntry): readonly string[] {
  const x = e.entry;
  return x.kind === 'template' ? [x.intent] : x.kind === 'playbook' || x.kind === 'culture_tip' ? (x.intents ?? []) : [];
}

export function KnowledgeBrowser({ lang, kb, client, values, onCopy }: Props) {
  const [view, setView] = useState<View>('countries');
  const [group, setGroup] = useState<Group | null>(null);
  const [open, setOpen] = useState<LayeredEntry | null>(null);

  const countries = useMemo(() => {
    const codes = new Set<string>(kb.countries.keys());
    for (const e of kb.entries) for (const c of countriesOf(e)) codes.add(c);
    return [...codes].sort((a, b) => countryName(lang, a).localeCompare(countryName(lang, b), lang === 'zh' ? 'zh-CN' : 'en'));
  }, [kb, lang]);
  const byIntent = useMemo(() => new Map(INTENT_IDS.map((i) => [i, kb.entries.filter((e) => intentsOf(e).includes(i) && e.entry.kind !== 'culture_tip')])), [kb]);

  const entriesOf = (g: Group): LayeredEntry[] => {
    if (g.view === 'countries') return kb.entries.filter((e) => countriesOf(e).includes(g.code));
    if (g.view === 'intents') return byIntent.get(g.intent) ?? [];
    return kb.byKind[g.kind];
  };
  const change = (next: View) => {
    setView(next);
    setGroup(null);
    setOpen(null);
  };

  let body: React.ReactNode;
  if (view === 'search') {
    body = <SearchPanel lang={lang} client={client} values={values} onCopy={(text, template, packId, language) => onCopy(text, template, packId, language)} />;
  } else if (open) {
    body = (
      <>
        {/* eslint-disable-next-line jsx-a11y/no-autofocus -- focus follows the agent into the entry they opened */}
        <button type="button" className="tact-back" autoFocus onClick={() => setOpen(null)}>
          ← {tu(lang, 'back')}
        </button>
        <EntryDetail lang={lang} entry={open.entry} packId={open.packId} values={values} onCopy={(text, template, language) => onCopy(text, template, open.packId, language)} />
      </>
    );
  } else if (group) {
    const entries = entriesOf(group);
    const profile = group.view === 'countries' ? (kb.countries.get(group.code)?.profile ?? null) : null;
    const tips = entries.filter((e) => e.entry.kind === 'culture_tip').map((e) => e.entry as CultureTip);
    body = (
      <>
        {/* eslint-disable-next-line jsx-a11y/no-autofocus -- focus follows the agent into the group they opened */}
        <button type="button" className="tact-back" autoFocus onClick={() => setGroup(null)}>
          ← {tu(lang, 'back')}
        </button>
        {/* A profiled country is titled by the overlay's own country card; everything else gets a heading. */}
        {!profile && <h2 className="tact-group-title">{groupTitle(lang, group)}</h2>}
        {group.view === 'countries' && <CountryCard lang={lang} profile={profile} tips={tips.sort((a, b) => (b.weight ?? 50) - (a.weight ?? 50))} />}
        {profile && <CountryProfileDetail lang={lang} profile={profile} />}
        <EntryIndex lang={lang} entries={entries} onOpen={setOpen} />
      </>
    );
  } else if (view === 'countries') {
    body = (
      <GroupList
        label={tu(lang, 'byCountry')}
        items={countries.map((code) => ({
          key: code,
          label: `${flagOf(code)} ${countryName(lang, code)}`,
          count: kb.entries.filter((e) => countriesOf(e).includes(code)).length,
          onOpen: () => setGroup({ view: 'countries', code }),
        }))}
      />
    );
  } else if (view === 'intents') {
    body = (
      <GroupList
        label={tu(lang, 'byIntent')}
        items={INTENT_IDS.map((intent) => ({ key: intent, label: intentLabel(lang, intent), count: byIntent.get(intent)?.length ?? 0, onOpen: () => setGroup({ view: 'intents', intent }) }))}
      />
    );
  } else {
    body = (
      <GroupList
        label={tu(lang, 'byKind')}
        items={ENTRY_KINDS.map((kind) => ({ key: kind, label: kindLabel(lang, kind), count: kb.byKind[kind].length, onOpen: () => setGroup({ view: 'kinds', kind }) }))}
      />
    );
  }

  return (
    <div className="tact-browser">
      <Tabs<View>
        label={tu(lang, 'browseBy')}
        value={view}
        onChange={change}
        tabs={[
          { id: 'countries', label: tu(lang, 'byCountry') },
          { id: 'intents', label: tu(lang, 'byIntent') },
          { id: 'kinds', label: tu(lang, 'byKind') },
          { id: 'search', label: tu(lang, 'tabSearch') },
        ]}
      />
      <div role="tabpanel" id={`tact-tabpanel-${view}`} aria-labelledby={`tact-tab-${view}`} className="tact-tabpanel tact-panel-body">
        {body}
      </div>
    </div>
  );
}

function groupTitle(lang: UiLang, g: Group): string {
  if (g.view === 'countries') return `${flagOf(g.code)} ${countryName(lang, g.code)}`;
  if (g.view === 'intents') return intentLabel(lang, g.intent);
  return kindLabel(lang, g.kind);
}

function GroupList({ label, items }: { label: string; items: Array<{ key: string; label: string; count: number; onOpen(): void }> }) {
  return (
    <ul className="tact-groups" aria-label={label}>
      {items.map((item) => (
        <li key={item.key}>
          <button type="button" className="tact-group" data-group={item.key} onClick={item.onOpen} disabled={item.count === 0}>
            <span>{item.label}</span>
            <span className="tact-count-pill">{item.count}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function EntryIndex({ lang, entries, onOpen }: { lang: UiLang; entries: LayeredEntry[]; onOpen(e: LayeredEntry): void }) {
  if (!entries.length) return <p className="tact-muted tact-empty">{tu(lang, 'noEntries')}</p>;
  const sorted = [...entries].sort((a, b) => ENTRY_KINDS.indexOf(a.entry.kind) - ENTRY_KINDS.indexOf(b.entry.kind) || pick(lang, a.entry.title).localeCompare(pick(lang, b.entry.title)));
  return (
    <ul className="tact-entry-index">
      {sorted.map((e) => (
        <li key={`${e.packId}/${e.entry.id}`} data-entry-id={e.entry.id}>
          <button type="button" className="tact-entry-link" onClick={() => onOpen(e)}>
            <span className={`tact-kind tact-kind--${e.entry.kind}`}>{kindLabel(lang, e.entry.kind)}</span>
            <span className="tact-entry-link-title">{pick(lang, e.entry.title)}</span>
            <span className="tact-muted tact-entry-link-chips">{entryChips(lang, e.entry).join(' · ')}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
