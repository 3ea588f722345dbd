import type { Playbook } from '@/knowledge/schema';
import type { SiteMarketplace } from '@/knowledge/intents';
import type { ConversationMessage } from '@/utils/sites/conversation';
import { amazonResponseClock, formatRemaining, playbookDeadlines } from '@/utils/calendar/deadlines';
import { dateFormat, pick, t, type UiLang } from '@/components/i18n';

interface Props {
  lang: UiLang;
  playbooks: Playbook[];
  messages: ConversationMessage[];
  /** Amazon shows its 24 h response clock; without a marketplace (popup) there is none. */
  marketplace?: SiteMarketplace;
  now?: Date;
}

const when = (lang: UiLang, d: Date) => dateFormat(lang, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(d);

function Clock({ lang, label, due, remainingMs }: { lang: UiLang; label: string; due: Date; remainingMs: number }) {
  const late = remainingMs < 0;
  return (
    <li className={late ? 'tact-overdue' : undefined}>
      ⏱ {label} — {lang === 'zh' ? `截止 ${when(lang, due)}` : `answer by ${when(lang, due)} your time`} (
      {late
        ? `${t(lang, 'overdue')} ${formatRemaining(remainingMs, lang)}`
        : lang === 'zh'
          ? `${t(lang, 'hoursLeft')} ${formatRemaining(remainingMs, lang)}`
          : `${formatRemaining(remainingMs, lang)} ${t(lang, 'hoursLeft')}`}
      )
    </li>
  );
}

function OnePlaybook({ lang, playbook, messages, now }: { lang: UiLang; playbook: Playbook; messages: ConversationMessage[]; now: Date }) {
  const deadlines = playbookDeadlines(playbook, messages, now);
  return (
    <section className="tact-card" aria-label={pick(lang, playbook.title)} data-entry-id={playbook.id} data-card="playbook">
      <h3 className="tact-card-title">
        {playbook.topic === 'emotion' ? `${t(lang, 'emotionFirst')}: ` : `${t(lang, 'playbook')}: `}
        {pick(lang, playbook.title)}
      </h3>
      {deadlines.length > 0 && (
        <ul className="tact-deadlines" aria-label={t(lang, 'deadline')}>
          {deadlines.map((d, i) =>
            d.due && d.remainingMs !== null ? <Clock key={i} lang={lang} label={pick(lang, d.label)} due={d.due} remainingMs={d.remainingMs} /> : <li key={i}>⏱ {pick(lang, d.label)}</li>,
          )}
        </ul>
      )}
      <ol className="tact-steps">
        {playbook.steps.map((step, i) => (
          <li key={i}>{pick(lang, step)}</li>
        ))}
      </ol>
      {playbook.emotionScale && (
        <ul className="tact-emotion-scale">
          {playbook.emotionScale.map((level) => (
            <li key={level.level}>
              <strong>
                {level.level}. {pick(lang, level.label)}
              </strong>{' '}
              — {pick(lang, level.response)}
            </li>
          ))}
        </ul>
      )}
      {playbook.neverSay.length > 0 && (
        <p className="tact-never">
          <span className="tact-label">{t(lang, 'neverSay')}:</span> {playbook.neverSay.map((n) => pick(lang, n)).join(' · ')}
        </p>
      )}
    </section>
  );
}

export function PlaybookCard({ lang, playbooks, messages, marketplace, now = new Date() }: Props) {
  const clock = marketplace ? amazonResponseClock(marketplace, messages, now) : null;
  const shown = playbooks[0]?.topic === 'emotion' ? playbooks.slice(0, 2) : playbooks.slice(0, 1);
  if (!shown.length && !clock) return null;
  return (
    <>
      {clock && (
        <ul className="tact-deadlines tact-response-clock" data-card="response-clock">
          <Clock lang={lang} label={t(lang, 'responseClock')} due={clock.due} remainingMs={clock.remainingMs} />
        </ul>
      )}
      {shown.map((p) => (
        <OnePlaybook key={p.id} lang={lang} playbook={p} messages={messages} now={now} />
      ))}
    </>
  );
}
