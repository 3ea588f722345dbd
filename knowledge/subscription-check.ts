/**
 * One update check for a subscribed pack URL: conditional GET (ETag / Last-Modified), then the same checks
 * as a file import plus the subscription's own rules (pinned key, same pack id, only newer versions, not a
 * version the agent rolled back from). Whatever goes wrong, the installed version stays and the reason is
 * stored on the subscription for the options page to show.
 */
import type { TactDb } from './db';
import { compareVersions } from './pack-diff';
import { getSubscriptions, trustedKeysItem, updateSubscription, type Subscription, type TrustedKey, type WhatsNewRecord } from './subscription-store';
import { installReceived, receivePackText } from './subscription-install';

export interface ResponseLike {
  status: number;
  ok: boolean;
  url?: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export type FetchLike = (url: string, init: RequestInit) => Promise<ResponseLike>;

export interface CheckDeps {
  db: TactDb;
  fetch?: FetchLike;
  now?: () => number;
  trustedKeys?: TrustedKey[];
  timeoutMs?: number;
}

export type CheckStatus = 'installed' | 'updated' | 'unchanged' | 'failed';

export interface CheckOutcome {
  url: string;
  status: CheckStatus;
  message: string;
  record?: WhatsNewRecord;
}

const DEFAULT_TIMEOUT_MS = 30_000;
/** Team packs change weekly at most; every 6 hours keeps agents current without hammering the team's server. */
export const UPDATE_PERIOD_MINUTES = 360;

/** Subscriptions are https only: a pack decides what agents send to buyers, so it must not travel in clear text. */
export function parseSubscriptionUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new Error(`"${input}" is not a URL`);
  }
  if (url.protocol !== 'https:') throw new Error(`only https:// pack URLs can be subscribed to (got ${url.protocol}//)`);
  if (url.username || url.password) throw new Error('a pack URL must not carry a user name or password');
  url.hash = '';
  return url;
}

/** The optional host permission asked for at subscribe time. */
export function originPattern(url: string): string {
  return `https://${parseSubscriptionUrl(url).hostname}/*`;
}

function fileNameOf(url: string): string {
  const last = new URL(url).pathname.split('/').filter(Boolean).pop();
  return last ? decodeURIComponent(last) : new URL(url).hostname;
}

export async function checkSubscription(url: string, deps: CheckDeps): Promise<CheckOutcome> {
  const now = deps.now ?? Date.now;
  const sub = (await getSubscriptions()).find((s) => s.url === url);
  if (!sub) throw new Error(`not subscribed to ${url}`);
  const finish = async (outcome: CheckOutcome, patch: Partial<Subscription> = {}): Promise<CheckOutcome> => {
    const status = outcome.status === 'installed' ? 'updated' : outcome.status;
    await updateSubscription(url, (s) => ({ ...s, ...patch, status, message: outcome.message, lastChecked: now() }));
    return outcome;
  };
  try {
    parseSubscriptionUrl(url);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (sub.etag) headers['if-none-match'] = sub.etag;
    if (sub.lastModified) headers['if-modified-since'] = sub.lastModified;
    const response = await fetchWithTimeout(deps.fetch ?? (fetch as FetchLike), url, headers, deps.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    if (response.status === 304) return finish({ url, status: 'unchanged', message: 'not modified since the last check' });
    if (!response.ok) throw new Error(`the server answered HTTP ${response.status}`);
    if (response.url && !response.url.startsWith('https:')) throw new Error(`redirected to ${response.url}, which is not https`);
    const cache = { etag: response.headers.get('etag') ?? undefined, lastModified: response.headers.get('last-modified') ?? undefined };

    const trustedKeys = deps.trustedKeys ?? (await trustedKeysItem.getValue()) ?? [];
    const received = await receivePackText(await response.text(), { fileName: fileNameOf(url), pinnedKey: sub.publicKey, trustedKeys });
    const { pack } = received;
    if (sub.packId && pack.id !== sub.packId) throw new Error(`this URL used to serve pack "${sub.packId}" but now serves "${pack.id}"; refused`);

    const installed = await deps.db.packs.get(pack.id);
    if (sub.heldVersion && compareVersions(pack.version, sub.heldVersion) <= 0) {
      return finish({ url, status: 'unchanged', message: `${pack.version} was rolled back; waiting for a version newer than ${sub.heldVersion}` }, cache);
    }
    if (installed && compareVersions(pack.version, installed.version) < 0) {
      throw new Error(`the server offers ${pack.version}, older than the installed ${installed.version}`);
    }
    if (installed && installed.version === pack.version) {
      return finish({ url, status: 'unchanged', message: `${pack.version} is already installed` }, { ...cache, packId: pack.id });
    }
    const done = await installReceived(deps.db, received, { source: 'url', url, now: now() });
    const pin = !sub.publicKey && received.check.status === 'valid' ? { publicKey: received.check.publicKey, keyId: received.check.keyId } : {};
    const c = done.record?.counts;
    const counts = c ? `: ${c.added} added, ${c.changed} changed, ${c.removed} removed` : '';
    const status: CheckStatus = done.status === 'unchanged' ? 'unchanged' : done.status;
    return finish(
      { url, status, message: `${status === 'installed' ? 'installed' : 'updated to'} ${pack.version}${counts}`, record: done.record },
      { ...cache, ...pin, packId: pack.id, lastUpdated: now(), heldVersion: undefined },
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return finish({ url, status: 'failed', message: `${message} (the installed version was kept)` });
  }
}

/** Every subscription, one at a time (2-core machines, and a team server shouldn't be hammered). */
export async function checkAllSubscriptions(deps: CheckDeps): Promise<CheckOutcome[]> {
  const outcomes: CheckOutcome[] = [];
  for (const sub of await getSubscriptions()) outcomes.push(await checkSubscription(sub.url, deps));
  return outcomes;
}

async function fetchWithTimeout(fetchFn: FetchLike, url: string, headers: Record<string, string>, timeoutMs: number): Promise<ResponseLike> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await fetchFn(url, { headers, cache: 'no-store', credentials: 'omit', redirect: 'follow', signal: controller.signal });
  } catch (error) {
    if (controller.signal.aborted) throw new Error(`no answer from the server within ${Math.round(timeoutMs / 1000)} s`);
    throw new Error(`could not reach the server: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    clearTimeout(timer);
  }
}
