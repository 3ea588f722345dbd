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
import { fetchPack, type FetchLike } from './pack-fetch';
import { checkClaim, type UpdatePolicy } from './pack-identity';

export type { FetchLike, ResponseLike } from './pack-fetch';

export interface CheckDeps {
  db: TactDb;
  fetch?: FetchLike;
  now?: () => number;
  trustedKeys?: TrustedKey[];
  /** One deadline for the headers and the whole body. */
  timeoutMs?: number;
  maxBytes?: number;
  /** The team lead's explicit overrides for this check (a downgrade, a new signing key); logged when used. */
  policy?: UpdatePolicy;
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
    const fileName = fileNameOf(url);
    const fetched = await fetchPack(deps.fetch ?? (fetch as FetchLike), url, headers, { timeoutMs: deps.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxBytes: deps.maxBytes, fileName });
    if (fetched.status === 304) return finish({ url, status: 'unchanged', message: 'not modified since the last check' });
    const { response } = fetched;
    const cache = { etag: response.headers.get('etag') ?? undefined, lastModified: response.headers.get('last-modified') ?? undefined };

    const policy = deps.policy ?? {};
    const trustedKeys = deps.trustedKeys ?? (await trustedKeysItem.getValue()) ?? [];
    const received = await receivePackText(fetched.text, { fileName, pinnedKey: sub.publicKey, trustedKeys, allowKeyChange: policy.allowKeyChange });
    const { pack } = received;
    if (sub.packId && pack.id !== sub.packId) throw new Error(`this URL used to serve pack "${sub.packId}" but now serves "${pack.id}"; refused`);

    const installed = await deps.db.packs.get(pack.id);
    if (sub.heldVersion && compareVersions(pack.version, sub.heldVersion) <= 0) {
      return finish({ url, status: 'unchanged', message: `${pack.version} was rolled back; waiting for a version newer than ${sub.heldVersion}` }, cache);
    }
    // Another owner's id is refused by name first (a second subscription must not learn "older than…" instead).
    checkClaim(pack.id, pack.version, installed, { source: 'url', url, signer: received.signer }, { ...policy, allowDowngrade: true });
    if (installed && compareVersions(pack.version, installed.version) < 0 && !policy.allowDowngrade) {
      throw new Error(`the server offers ${pack.version}, older than the installed ${installed.version}; refused (a team lead can allow a downgrade explicitly)`);
    }
    const sameKey = !sub.publicKey || received.signer?.publicKey === sub.publicKey;
    if (installed && installed.version === pack.version && sameKey && installed.url === url) {
      return finish({ url, status: 'unchanged', message: `${pack.version} is already installed` }, { ...cache, packId: pack.id });
    }
    const done = await installReceived(deps.db, received, { source: 'url', url, now: now(), policy });
    // The first signed pack pins its key; an explicitly allowed key change moves the pin to the new key.
    const pin = received.signer && (!sub.publicKey || !sameKey) ? { publicKey: received.signer.publicKey, keyId: received.signer.keyId } : {};
    const c = done.record?.counts;
    const counts = c ? `: ${c.added} added, ${c.changed} changed, ${c.removed} removed` : '';
    const status: CheckStatus = done.status === 'unchanged' ? 'unchanged' : done.status;
    const overridden = done.overrides.length ? ` (explicitly allowed: ${done.overrides.join(', ')})` : '';
    return finish(
      { url, status, message: `${status === 'installed' ? 'installed' : 'updated to'} ${pack.version}${counts}${overridden}`, record: done.record },
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
