/**
 * Usage log for team leads: which template was used for which intent, country and marketplace, and when.
 * Only ids and facets are accepted — the type has no field that could hold a buyer's message or the reply
 * text, and recordUsage copies the known fields only, so nothing else can slip into storage.
 */
import { storage } from 'wxt/utils/storage';

/** What the agent did with a template: used it, or said whether it helped (ids only, never text). */
export type UsageAction = 'insert' | 'copy' | 'helpful' | 'not_helpful';
const ACTIONS: readonly UsageAction[] = ['insert', 'copy', 'helpful', 'not_helpful'];
export type UsageSurface = 'overlay' | 'popup' | 'sidepanel';

export interface UsageEvent {
  at: number;
  templateId: string;
  packId: string;
  intent: string;
  /** ISO 3166-1 alpha-2, or null when the buyer's country was unknown. */
  country: string | null;
  marketplace: string;
  /** The template variant's language. */
  language: string;
  action: UsageAction;
  surface: UsageSurface;
}

/** Newest events kept; older ones drop off (a busy agent inserts a few hundred a week). */
export const MAX_USAGE_EVENTS = 10_000;

export const usageItem = storage.defineItem<UsageEvent[]>('local:usage', { fallback: [], version: 1 });

const ID = /^[a-z0-9][a-z0-9._-]{0,119}$/;
const token = (value: unknown, pattern: RegExp, fallback: string) => (typeof value === 'string' && pattern.test(value) ? value : fallback);

/** Keeps exactly the known fields, each checked against its shape (ids, codes), so free text can't get in. */
export function sanitizeUsage(event: Omit<UsageEvent, 'at'> & { at?: number }): UsageEvent | null {
  if (typeof event.templateId !== 'string' || !ID.test(event.templateId)) return null;
  return {
    at: typeof event.at === 'number' && Number.isFinite(event.at) ? event.at : Date.now(),
    templateId: event.templateId,
    packId: token(event.packId, ID, 'unknown'),
    intent: token(event.intent, /^[a-z_]{1,40}$/, 'other'),
    country: typeof event.country === 'string' && /^[A-Z]{2}$/.test(event.country) ? event.country : null,
    marketplace: token(event.marketplace, /^(amazon|aliexpress|other|any)$/, 'any'),
    language: token(event.language, /^[a-z]{2,3}$/, 'und'),
    action: ACTIONS.includes(event.action) ? event.action : 'insert',
    surface: event.surface === 'popup' || event.surface === 'sidepanel' ? event.surface : 'overlay',
  };
}

let queue: Promise<void> = Promise.resolve();

/** Appends one event; calls from one page are serialised so two quick copies don't overwrite each other. */
export function recordUsage(event: Omit<UsageEvent, 'at'> & { at?: number }): Promise<void> {
  const clean = sanitizeUsage(event);
  if (!clean) return Promise.resolve();
  queue = queue
    .then(async () => {
      // Copy: getValue hands out the shared fallback array when nothing is stored yet.
      const list = [...((await usageItem.getValue()) ?? []), clean];
      await usageItem.setValue(list.length > MAX_USAGE_EVENTS ? list.slice(-MAX_USAGE_EVENTS) : list);
    })
    .catch((error) => console.warn('tact: usage not recorded', error));
  return queue;
}

export async function loadUsage(): Promise<UsageEvent[]> {
  return (await usageItem.getValue()) ?? [];
}

export async function clearUsage(): Promise<void> {
  await usageItem.setValue([]);
}

export const USAGE_COLUMNS = ['time', 'template', 'pack', 'intent', 'country', 'marketplace', 'language', 'action', 'surface'] as const;

function csvCell(value: string): string {
  // Quote when needed, and defuse spreadsheet formulas (a cell starting with = + - @).
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function usageToCsv(events: readonly UsageEvent[]): string {
  const rows = events.map((e) => [new Date(e.at).toISOString(), e.templateId, e.packId, e.intent, e.country ?? '', e.marketplace, e.language, e.action, e.surface]);
  return [USAGE_COLUMNS.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\r\n') + '\r\n';
}

export function usageToJson(events: readonly UsageEvent[]): string {
  return JSON.stringify({ format: 'tact-usage', version: 1, exportedAt: new Date().toISOString(), events }, null, 2);
}

export interface UsageCount {
  key: string;
  count: number;
}

/** Helpful / not helpful per template, for the team lead (most rated first). */
export interface TemplateRating {
  templateId: string;
  helpful: number;
  notHelpful: number;
}

export interface UsageSummary {
  /** Inserts and copies (ratings are counted apart, in `ratings`). */
  total: number;
  ratings: TemplateRating[];
  byTemplate: UsageCount[];
  byIntent: UsageCount[];
  byCountry: UsageCount[];
  byMarketplace: UsageCount[];
}

export function summarizeUsage(events: readonly UsageEvent[], since = 0): UsageSummary {
  const inRange = events.filter((e) => e.at >= since);
  const recent = inRange.filter((e) => e.action === 'insert' || e.action === 'copy');
  const rated = new Map<string, TemplateRating>();
  for (const e of inRange) {
    if (e.action !== 'helpful' && e.action !== 'not_helpful') continue;
    const r = rated.get(e.templateId) ?? { templateId: e.templateId, helpful: 0, notHelpful: 0 };
    if (e.action === 'helpful') r.helpful++;
    else r.notHelpful++;
    rated.set(e.templateId, r);
  }
  const count = (key: (e: UsageEvent) => string) => {
    const map = new Map<string, number>();
    for (const e of recent) map.set(key(e), (map.get(key(e)) ?? 0) + 1);
    return [...map].map(([k, n]) => ({ key: k, count: n })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  };
  return {
    total: recent.length,
    ratings: [...rated.values()].sort((a, b) => b.helpful + b.notHelpful - (a.helpful + a.notHelpful) || a.templateId.localeCompare(b.templateId)),
    byTemplate: count((e) => e.templateId),
    byIntent: count((e) => e.intent),
    byCountry: count((e) => e.country ?? '—'),
    byMarketplace: count((e) => e.marketplace),
  };
}
