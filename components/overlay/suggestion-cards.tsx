import { memo, useEffect, useLayoutEffect, useState } from 'react';
import type { Suggestions } from '@/utils/messaging/protocol';
import type { Conversation } from '@/utils/sites/conversation';
import type { UiLang } from '@/components/i18n';
import { CountryCard } from './country-card';
import { VocabularyList } from './vocabulary-list';
import { PlaybookCard } from './playbook-card';
import { TemplateList } from './template-list';

interface Props {
  lang: UiLang;
  suggestions: Suggestions;
  /** The conversation the suggestions were made for (placeholders, message times for the deadlines). */
  conversation: Conversation | null;
  values: Record<string, string>;
  onInsert(text: string, templateId: string): void;
  onAdd(text: string): void;
  /** Called once these suggestions are on screen. */
  onShown(suggestions: Suggestions): void;
}

/** The buyer's local time and the answer-by clocks move on by the minute, not only when a message arrives. */
function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const next = new Date();
      setNow(next);
      timer = setTimeout(tick, 60_000 - (next.getTime() % 60_000));
    };
    timer = setTimeout(tick, 60_000 - (Date.now() % 60_000));
    return () => clearTimeout(timer);
  }, []);
  return now;
}

/**
 * Everything made from one answer of the background. Memoised: typing, lint results, notices and the
 * loading state of the next answer re-render the overlay's frame, not these cards.
 */
export const SuggestionCards = memo(function SuggestionCards({ lang, suggestions, conversation, values, onInsert, onAdd, onShown }: Props) {
  const now = useMinuteClock();
  useLayoutEffect(() => onShown(suggestions), [suggestions, onShown]);
  return (
    <>
      <CountryCard lang={lang} profile={suggestions.country} tips={suggestions.cultureTips} now={now} />
      <VocabularyList lang={lang} notes={suggestions.vocabulary} />
      <PlaybookCard lang={lang} playbooks={suggestions.playbooks} messages={conversation?.messages ?? []} marketplace={conversation?.marketplace ?? 'amazon'} now={now} />
      <TemplateList lang={lang} templates={suggestions.templates} conversation={conversation} values={values} onInsert={onInsert} onAdd={onAdd} />
    </>
  );
});
