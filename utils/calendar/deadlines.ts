/** Platform clocks computed from the page's message times ("answer by …"), pure for tests. */
import type { Playbook } from '@/knowledge/schema';
import type { SiteMarketplace } from '@/knowledge/intents';
import type { ConversationMessage } from '@/utils/sites/conversation';

export interface Due {
  label: Playbook['deadlines'][number]['label'];
  hours: number;
  /** null when the page shows no time to count from. */
  due: Date | null;
  remainingMs: number | null;
}

/** The buyer's latest message the seller hasn't answered yet, if the page shows its time. */
export function unansweredSince(messages: ConversationMessage[]): Date | null {
  const lastSeller = messages.map((m) => m.from).lastIndexOf('seller');
  const waiting = messages.slice(lastSeller + 1).filter((m) => m.from === 'buyer' && m.time);
  return waiting.length ? new Date(waiting[0].time!) : null;
}

export function playbookDeadlines(playbook: Playbook, messages: ConversationMessage[], now = new Date()): Due[] {
  const since = unansweredSince(messages) ?? latestBuyerTime(messages);
  return playbook.deadlines.map((d) => {
    const due = d.from === 'buyer_message' && since ? new Date(since.getTime() + d.hours * 3_600_000) : null;
    return { label: d.label, hours: d.hours, due, remainingMs: due ? due.getTime() - now.getTime() : null };
  });
}

/** Amazon counts a reply later than 24 h (weekends included) against the Late Response Rate. */
export function amazonResponseClock(marketplace: SiteMarketplace, messages: ConversationMessage[], now = new Date()): { due: Date; remainingMs: number } | null {
  if (marketplace !== 'amazon') return null;
  const since = unansweredSince(messages);
  if (!since) return null;
  const due = new Date(since.getTime() + 24 * 3_600_000);
  return { due, remainingMs: due.getTime() - now.getTime() };
}

function latestBuyerTime(messages: ConversationMessage[]): Date | null {
  const m = [...messages].reverse().find((x) => x.from === 'buyer' && x.time);
  return m ? new Date(m.time!) : null;
}

/** A time span in the agent's language and its own units ("9 days", "9天"; "3 hr 20 min", "3小时20分钟"). */
export function formatRemaining(ms: number, lang: 'en' | 'zh' = 'en'): string {
  const abs = Math.abs(ms);
  const h = Math.floor(abs / 3_600_000);
  const m = Math.floor((abs % 3_600_000) / 60_000);
  const locale = lang === 'zh' ? 'zh-CN' : 'en';
  const unit = (value: number, u: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: lang === 'zh' ? 'long' : value === 1 && u === 'day' ? 'long' : 'short' }).format(value);
  if (h >= 48) return unit(Math.round(h / 24), 'day');
  const parts = h ? [unit(h, 'hour'), unit(m, 'minute')] : [unit(m, 'minute')];
  return parts.join(lang === 'zh' ? '' : ' ');
}
