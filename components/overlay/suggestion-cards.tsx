import { memo, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { Suggestions } from '@/utils/messaging/protocol';
import type { Conversation } from '@/utils/sites/conversation';
import { t, type UiLang } from '@/components/i18n';
import { CountryCard } from './country-card';
import { BuyerGistCard } from './buyer-gist-card';
import { VocabularyList } from './vocabulary-list';
import { PlaybookCard } from './playbook-card';
import { TemplateList } from './template-list';
import { CardBoundary } from './card-boundary';

interface Props {
  lang: UiLang;
  suggestions: Suggestions;
  /** The conversation the suggestions were made for (placeholders, message times for the deadlines). */
  conversation: Conversation | null;
  values: Record<string, string>;
  onInsert(text: string, templateId: string): void;
  onCopy?(templateId: string): void;
  onRate?(templateId: string, helpful: boolean): void;
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
export const SuggestionCards = memo(function SuggestionCards({ lang, suggestions, conversation, values, onInsert, onAdd, onCopy, onRate, onShown }: Props) {
  const now = useMinuteClock();
  // A block body: an effect's return value is its cleanup, and onShown returns nothing React may call.
  useLayoutEffect(() => {
    onShown(suggestions);
  }, [suggestions, onShown]);
  const buyerTexts = useMemo(() => conversation?.messages.filter((m) => m.from === 'buyer').map((m) => m.text) ?? [], [conversation]);
  const sources = (ids: string[]) => ids.map((id) => `${suggestions.packOf?.[id] ?? '?'}/${id}`);
  const { country, cultureTips, vocabulary, playbooks, templates, gist } = suggestions;
  // In the order the agent acts: the reply first, then the clock and the steps, what the buyer said, culture.
  // An angry or urgent buyer puts the steps (the emotion guide, the clock) before the reply, and says why.
  const stepsFirst = suggestions.detection.angry || suggestions.detection.urgent;
  const reply = (
    <CardBoundary lang={lang} card="templates" sources={sources(templates.map((e) => e.template.id))}>
      <TemplateList lang={lang} templates={templates} conversation={conversation} values={values} onInsert={onInsert} onAdd={onAdd} onCopy={onCopy} onRate={onRate} />
    </CardBoundary>
  );
  const steps = (
    <CardBoundary lang={lang} card="playbook" sources={sources(playbooks.map((e) => e.id))}>
      <PlaybookCard lang={lang} playbooks={playbooks} messages={conversation?.messages ?? []} marketplace={conversation?.marketplace ?? 'amazon'} now={now} />
    </CardBoundary>
  );
  return (
    <>
      {stepsFirst && suggestions.detection.toneReasons.length > 0 && (
        <p className="tact-tone-why" data-tone-why="steps-first">
          {t(lang, 'toneFirst')}: {suggestions.detection.toneReasons.join(t(lang, 'listSeparator'))}
        </p>
      )}
      {stepsFirst ? steps : reply}
      {stepsFirst ? reply : steps}
      {gist && (
        <CardBoundary lang={lang} card="gist" sources={[]}>
          <BuyerGistCard lang={lang} gist={gist} />
        </CardBoundary>
      )}
      <CardBoundary lang={lang} card="country" sources={sources([...(country ? [`country:${country.code}`] : []), ...cultureTips.map((e) => e.id)])}>
        <CountryCard lang={lang} profile={country} tips={cultureTips} buyerTexts={buyerTexts} now={now} />
      </CardBoundary>
      <CardBoundary lang={lang} card="vocabulary" sources={sources(vocabulary.map((e) => e.id))}>
        <VocabularyList lang={lang} notes={vocabulary} />
      </CardBoundary>
    </>
  );
});
