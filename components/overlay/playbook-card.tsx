import type { Playbook } from '../../knowledge/schema';
import type { ConversationMessage } from '../../utils/sites/conversation';
import { pick, t, type UiLang } from '../i18n';

interface Props {
  lang: UiLang;
  playbooks: Playbook[];
  messages: ConversationMessage[];
}

/** "Answer by …" from the latest buyer message time, when the page shows it. */
function dueBy(playbook: Playbook, messages: ConversationMessage[], lang: UiLang): string[] {
  const lastBuyer = [...messages].reverse().find((m) => m.from === 'buyer' && m.time);
  return playbook.deadlines.map((d) => {
    const label = pick(lang, d.label);
    if (d.from !== 'buyer_message' || !lastBuyer?.time) return label;
    const due = new Date(Date.parse(lastBuyer.time) + d.hours * 3600_000);
    const when = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(due);
    return `${label} — ${lang === 'zh' ? `截止 ${when}` : `by ${when}`}`;
  });
}

export function PlaybookCard({ lang, playbooks, messages }: Props) {
  const playbook = playbooks[0];
  if (!playbook) return null;
  const deadlines = dueBy(playbook, messages, lang);
  return (
    <section className="tact-card" aria-labelledby="tact-playbook-title" data-entry-id={playbook.id}>
      <h3 id="tact-playbook-title" className="tact-card-title">
        {t(lang, 'playbook')}: {pick(lang, playbook.title)}
      </h3>
      {deadlines.length > 0 && (
        <ul className="tact-deadlines" aria-label={t(lang, 'deadline')}>
          {deadlines.map((d) => (
            <li key={d}>⏱ {d}</li>
          ))}
        </ul>
      )}
      <ol className="tact-steps">
        {playbook.steps.map((step, i) => (
          <li key={i}>{pick(lang, step)}</li>
        ))}
      </ol>
      {playbook.neverSay.length > 0 && (
        <p className="tact-never">
          <span className="tact-label">{t(lang, 'neverSay')}:</span> {playbook.neverSay.map((n) => pick(lang, n)).join(' · ')}
        </p>
      )}
    </section>
  );
}
