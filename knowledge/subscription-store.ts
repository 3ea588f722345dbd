/**
 * Distribution records kept beside the knowledge DB in chrome.storage.local (WXT storage, versioned):
 * subscriptions, the team keys the agent trusts, each installed pack version's signature status, and the
 * "What's new" log. Small and read by popup, options and background alike; the packs stay in Dexie.
 */
import { storage } from 'wxt/utils/storage';
import type { PackDiff } from './pack-diff';
import type { PolicyOverride } from './pack-identity';

export type SubscriptionStatus = 'new' | 'updated' | 'unchanged' | 'failed';

export interface Subscription {
  /** https URL of a pack file (JSON, signed or not); also the subscription's identity. */
  url: string;
  /** Pinned team key (base64 raw Ed25519): set when subscribing, or on the first signed pack received. */
  publicKey?: string;
  keyId?: string;
  /** The pack this URL serves; a later response with another pack id is refused. */
  packId?: string;
  etag?: string;
  lastModified?: string;
  addedAt: number;
  lastChecked?: number;
  lastUpdated?: number;
  status: SubscriptionStatus;
  /** Why the last check failed (the installed version was kept), or what it did. */
  message?: string;
  /** A version the agent rolled back from: not installed again; a newer one is. */
  heldVersion?: string;
}

export interface TrustedKey {
  publicKey: string;
  keyId: string;
  label: string;
  addedAt: number;
}

/** 'verified': a valid signature by a trusted or pinned key; 'signed': valid, but by a key nobody trusted yet. */
export type SignatureStatus = 'verified' | 'signed' | 'unsigned' | 'bundled';

export interface SignatureRecord {
  status: SignatureStatus;
  keyId?: string;
  checkedAt: number;
}

export type ChangeReason = 'installed' | 'updated' | 'rolled_back';

export interface WhatsNewRecord extends PackDiff {
  id: string;
  at: number;
  reason: ChangeReason;
  source: 'file' | 'url';
  /** The pack's own changelog notes for the versions this change brought. */
  notes: Array<{ version: string; date: string; notes: string }>;
  /** Full counts; the lists above are capped so storage stays small. */
  counts: { added: number; changed: number; removed: number };
  seen: boolean;
  /** Set when a team lead explicitly allowed a downgrade or a key change for this install: the audit trail. */
  overrides?: PolicyOverride[];
}

export const MAX_WHATS_NEW = 50;
export const MAX_LISTED_CHANGES = 200;

export const subscriptionsItem = storage.defineItem<Subscription[]>('local:subscriptions', { fallback: [], version: 1 });
export const trustedKeysItem = storage.defineItem<TrustedKey[]>('local:trustedKeys', { fallback: [], version: 1 });
export const packSignaturesItem = storage.defineItem<Record<string, SignatureRecord>>('local:packSignatures', { fallback: {}, version: 1 });
export const whatsNewItem = storage.defineItem<WhatsNewRecord[]>('local:whatsNew', { fallback: [], version: 1 });

export const signatureKey = (packId: string, version: string) => `${packId}@${version}`;

/** Always a fresh array: getValue hands out the shared fallback when nothing is stored, which must never be mutated. */
export async function getSubscriptions(): Promise<Subscription[]> {
  return [...((await subscriptionsItem.getValue()) ?? [])];
}

/** Read-modify-write on the freshest list, so the background's alarm and the options page don't undo each other. */
export async function updateSubscription(url: string, change: (s: Subscription) => Subscription | null): Promise<Subscription | null> {
  const list = await getSubscriptions();
  const i = list.findIndex((s) => s.url === url);
  if (i < 0) return null;
  const next = change(list[i]);
  if (next) list[i] = next;
  else list.splice(i, 1);
  await subscriptionsItem.setValue(list);
  return next;
}

export async function addSubscription(sub: Subscription): Promise<void> {
  const list = await getSubscriptions();
  if (list.some((s) => s.url === sub.url)) throw new Error(`already subscribed to ${sub.url}`);
  await subscriptionsItem.setValue([...list, sub]);
}

export async function recordSignature(packId: string, version: string, record: SignatureRecord): Promise<void> {
  const all = { ...((await packSignaturesItem.getValue()) ?? {}) };
  all[signatureKey(packId, version)] = record;
  await packSignaturesItem.setValue(all);
}

export async function recordWhatsNew(record: Omit<WhatsNewRecord, 'id' | 'counts' | 'seen'>): Promise<WhatsNewRecord> {
  const cap = <T>(list: T[]) => list.slice(0, MAX_LISTED_CHANGES);
  const full: WhatsNewRecord = {
    ...record,
    id: `${record.packId}@${record.toVersion}@${record.at}`,
    counts: { added: record.added.length, changed: record.changed.length, removed: record.removed.length },
    added: cap(record.added),
    changed: cap(record.changed),
    removed: cap(record.removed),
    seen: false,
  };
  const list = (await whatsNewItem.getValue()) ?? [];
  await whatsNewItem.setValue([full, ...list].slice(0, MAX_WHATS_NEW));
  return full;
}

export async function markWhatsNewSeen(ids?: string[]): Promise<void> {
  const list = (await whatsNewItem.getValue()) ?? [];
  await whatsNewItem.setValue(list.map((r) => (!ids || ids.includes(r.id) ? { ...r, seen: true } : r)));
}
