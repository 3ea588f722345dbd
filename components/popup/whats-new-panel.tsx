/** The agent's view of pack changes; opening it marks them seen, and added/changed entries open in full. */
import { useEffect, useState } from 'react';
import type { DiffItem } from '@/knowledge/pack-diff';
import type { Entry, ReplyTemplate } from '@/knowledge/schema';
import { markWhatsNewSeen, type WhatsNewRecord } from '@/knowledge/subscription-store';
import type { UiLang } from '@/components/i18n';
import { tu } from '@/components/i18n-ui';
import { EntryDetail } from '@/components/browser/entry-detail';
import type { KnowledgeClient } from '@/components/shared/knowledge-client';
import { WhatsNewList } from '@/components/shared/whats-new-list';
import { focusOnMount } from '@/components/shared/focus-on-mount';

interface Props {
  lang: UiLang;
  client: KnowledgeClient;
  records: WhatsNewRecord[];
  values: Record<string, string>;
  onCopy(text: string, template: ReplyTemplate, packId: string, language: string): Promise<boolean>;
}

export function WhatsNewPanel({ lang, client, records, values, onCopy }: Props) {
  const [open, setOpen] = useState<{ entry: Entry; packId: string } | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const unseen = records
    .filter((r) => !r.seen)
    .map((r) => r.id)
    .join(',');
  useEffect(() => {
    if (unseen) void markWhatsNewSeen(unseen.split(','));
  }, [unseen]);

  const openItem = async (record: WhatsNewRecord, item: DiffItem) => {
    const entry = await client.getEntry(record.packId, item.id);
    if (entry) {
      setMissing(null);
      setOpen({ entry, packId: record.packId });
    } else setMissing(item.id);
  };

  if (open) {
    return (
      <div className="tact-panel-body">
        <button type="button" className="tact-back" ref={focusOnMount} onClick={() => setOpen(null)}>
          ← {tu(lang, 'backToWhatsNew')}
        </button>
        <EntryDetail lang={lang} entry={open.entry} packId={open.packId} values={values} onCopy={(text, template, language) => onCopy(text, template, open.packId, language)} />
      </div>
    );
  }
  return (
    <div className="tact-panel-body">
      {missing && (
        <p className="tact-error" role="alert">
          {tu(lang, 'entryGone', { id: missing })}
        </p>
      )}
      <WhatsNewList lang={lang} records={records} onOpen={(r, item) => void openItem(r, item)} />
    </div>
  );
}
