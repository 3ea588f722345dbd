/**
 * Every change to the installed packs and subscriptions, in one place and one at a time. The background
 * is the only context that calls it (options, popup and side panel send typed messages), so an import,
 * a "Check now" and the 6-hourly alarm can never interleave, and the knowledge cache is dropped right after
 * each change instead of being re-checked against a revision counter.
 */
import type { TactDb } from './db';
import { removePack, setEnabled, setPriority, type InstallResult } from './install';
import { PackError } from './validation-errors';
import { checkAllSubscriptions, checkSubscription, originPattern, parseSubscriptionUrl, type CheckOutcome, type FetchLike } from './subscription-check';
import { installReceived, receivePackText, rollbackAndRecord } from './subscription-install';
import { keyIdOf, normalizePublicKey } from './signature';
import { addSubscription, getSubscriptions, trustedKeysItem, updateSubscription } from './subscription-store';
import { tableOrder } from './pack-order';
import { IdentityError, UpdatePolicyError, type PolicyOverride, type UpdatePolicy } from './pack-identity';
import { bytesFromBase64, decodeUtf8 } from './utf8';

/**
 * A pack file as the options page sends it: its bytes as base64 (decoded here as strict UTF-8, so a broken
 * byte is refused with its offset instead of stored as U+FFFD), or text already decoded by the caller.
 * `allowDowngrade` / `allowKeyChange` are the team lead's explicit, logged overrides.
 */
export type PackFileInput = ({ name: string; text: string } | { name: string; base64: string } | { name: string; bytes: Uint8Array }) & UpdatePolicy;

export type SubscribeRequest = { url: string; publicKey?: string } & UpdatePolicy;
export type CheckRequest = string | ({ url: string } & UpdatePolicy);

export interface ProblemLine {
  path: string;
  message: string;
}

export type ImportResult =
  | {
      file: string;
      ok: true;
      status: 'installed' | 'updated' | 'unchanged';
      id: string;
      version: string;
      signature: string;
      counts?: { added: number; changed: number; removed: number };
      /** Set when an explicit flag let a downgrade or key change through. */
      overrides?: PolicyOverride[];
    }
  | { file: string; ok: false; problems: ProblemLine[]; refused: boolean };

export interface PackAdmin {
  /** A pack file's text (JSON, YAML or signed JSON), checked on its own: problems come back by path. */
  importFile(file: PackFileInput): Promise<ImportResult>;
  remove(id: string): Promise<void>;
  setEnabled(id: string, enabled: boolean): Promise<void>;
  /** One place up (-1) or down (+1) in the table order. */
  move(id: string, direction: -1 | 1): Promise<void>;
  rollback(id: string): Promise<InstallResult>;
  /** The host permission must already be granted (the options page asks for it in the click). */
  subscribe(request: SubscribeRequest): Promise<CheckOutcome>;
  /** Returns whether another subscription still needs the host, so the page knows whether to give it back. */
  unsubscribe(url: string): Promise<{ hostStillNeeded: boolean }>;
  /** A URL, or { url, allowDowngrade?, allowKeyChange? } for a one-off explicit override. */
  check(request: CheckRequest): Promise<CheckOutcome>;
}

/** The background's own: every subscription, on the alarm. */
export interface WriterPackAdmin extends PackAdmin {
  checkAll(): Promise<CheckOutcome[]>;
}

export interface PackAdminDeps {
  db: () => TactDb;
  fetch?: FetchLike;
  /** Called after every change (committed or not): the caller drops what it cached from the DB. */
  onChange?: () => void;
}

export function createPackAdmin(deps: PackAdminDeps): WriterPackAdmin {
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: (db: TactDb) => Promise<T>): Promise<T> => {
    const run = queue.then(() => task(deps.db()));
    queue = run.catch(() => undefined);
    return run.finally(() => deps.onChange?.());
  };
  const check = (db: TactDb, url: string, policy?: UpdatePolicy) => checkSubscription(url, { db, fetch: deps.fetch, policy: policyOf(policy) });
  return {
    importFile: (file) => serially((db) => importFile(db, file)),
    remove: (id) => serially((db) => removePack(db, id)),
    setEnabled: (id, enabled) => serially((db) => setEnabled(db, id, enabled)),
    move: (id, direction) => serially((db) => movePack(db, id, direction)),
    rollback: (id) => serially(async (db) => (await rollbackAndRecord(db, id)).result),
    subscribe: ({ url, publicKey, ...policy }) =>
      serially(async (db) => {
        const href = parseSubscriptionUrl(url).href;
        const key = publicKey?.trim() ? normalizePublicKey(publicKey) : undefined;
        await addSubscription({ url: href, addedAt: Date.now(), status: 'new', ...(key ? { publicKey: key, keyId: await keyIdOf(key) } : {}) });
        return check(db, href, policy);
      }),
    unsubscribe: (url) =>
      serially(async () => {
        await updateSubscription(url, () => null);
        const host = originPattern(url);
        return { hostStillNeeded: (await getSubscriptions()).some((s) => originPattern(s.url) === host) };
      }),
    check: (request) => serially((db) => (typeof request === 'string' ? check(db, request) : check(db, request.url, request))),
    checkAll: () => serially((db) => checkAllSubscriptions({ db, fetch: deps.fetch })),
  };
}

/** Only real booleans count: a flag is an explicit choice, never a truthy leftover in a message. */
function policyOf(input?: UpdatePolicy): UpdatePolicy {
  return { allowDowngrade: input?.allowDowngrade === true, allowKeyChange: input?.allowKeyChange === true };
}

function fileText(file: PackFileInput): string {
  if ('text' in file && typeof file.text === 'string') return file.text;
  if ('base64' in file && typeof file.base64 === 'string') return decodeUtf8(bytesFromBase64(file.base64, file.name), file.name);
  if ('bytes' in file && file.bytes instanceof Uint8Array) return decodeUtf8(file.bytes, file.name);
  throw new TypeError(`${file.name}: no file content was sent`);
}

async function importFile(db: TactDb, file: PackFileInput): Promise<ImportResult> {
  try {
    const received = await receivePackText(fileText(file), { fileName: file.name, trustedKeys: (await trustedKeysItem.getValue()) ?? [] });
    const done = await installReceived(db, received, { source: 'file', policy: policyOf(file) });
    const overrides = done.overrides.length ? { overrides: done.overrides } : {};
    return { file: file.name, ok: true, status: done.status, id: received.pack.id, version: received.pack.version, signature: received.status, counts: done.record?.counts, ...overrides };
  } catch (error) {
    const refused = error instanceof Error && (error.name === 'SignatureError' || error instanceof IdentityError || error instanceof UpdatePolicyError);
    return { file: file.name, ok: false, problems: problemLines(error, file.name), refused };
  }
}

/** Rewrites priorities as 10, 20, 30… from the bottom, so ties can't hide a move and the numbers stay readable. */
async function movePack(db: TactDb, id: string, direction: -1 | 1): Promise<void> {
  const packs = await db.packs.toArray();
  const order = tableOrder(packs).map((p) => p.id);
  const i = order.indexOf(id);
  const j = i + direction;
  if (i < 0 || j < 0 || j >= order.length) return;
  [order[i], order[j]] = [order[j], order[i]];
  const byId = new Map(packs.map((p) => [p.id, p]));
  for (const [k, packId] of order.entries()) {
    const priority = (order.length - k) * 10;
    if (byId.get(packId)!.priority !== priority) await setPriority(db, packId, priority);
  }
}

/** "team.yaml: entries[0].title.zh: expected string" → path + message, for the per-file error list. */
export function problemLines(error: unknown, fileName: string): ProblemLine[] {
  const lines = error instanceof PackError ? error.problems : [error instanceof Error ? error.message : String(error)];
  return lines.map((line) => {
    const rest = line.startsWith(`${fileName}: `) ? line.slice(fileName.length + 2) : line;
    const m = /^((?:[\w$-]+|\[\d+\])(?:\.[\w$-]+|\[\d+\])*): (.*)$/s.exec(rest);
    return m ? { path: m[1], message: m[2] } : { path: '', message: rest };
  });
}
