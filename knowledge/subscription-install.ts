/**
 * How a pack from outside (a file the team lead hands over, or a subscription URL) gets in: parse, check the
 * signature BEFORE anything else, validate, install in one transaction (knowledge/install.ts), then record
 * its signature status and what changed for "What's new". Any refusal throws before the DB is touched.
 */
import type { TactDb } from './db';
import { installPack, parsePackText, rollbackPack, type InstallResult } from './install';
import { compareVersions, diffPacks, type PackDiff } from './pack-diff';
import type { Pack } from './schema';
import { canonicalJson, keyIdOf, normalizePublicKey, SignatureError, unwrapPackFile, verifySignature, type SignatureCheck } from './signature';
import { getSubscriptions, recordSignature, recordWhatsNew, updateSubscription, type ChangeReason, type SignatureStatus, type TrustedKey, type WhatsNewRecord } from './subscription-store';
import { validatePack } from './validate';
import { checkClaim, type PackSigner, type PolicyOverride, type UpdatePolicy } from './pack-identity';

export interface ReceiveOptions {
  /** Names the file in every message ("team.json: entries[2].title.en: …"). */
  fileName: string;
  /** A subscription's pinned key: the pack must be signed with exactly this key. */
  pinnedKey?: string;
  /** Keys the agent trusts for file imports (Options → Signatures); subscriptions' pinned keys count too. */
  trustedKeys?: readonly Pick<TrustedKey, 'publicKey'>[];
  /** The team lead allowed a key change: a valid signature by another key than the pinned one is accepted. */
  allowKeyChange?: boolean;
}

export interface ReceivedPack {
  pack: Pack;
  check: SignatureCheck;
  status: Exclude<SignatureStatus, 'bundled'>;
  keyId?: string;
  /** The key that validly signed the pack: part of its identity (pack-identity.ts). */
  signer?: PackSigner;
}

/** Parses and checks a pack file's text; throws SyntaxError/RangeError (unreadable), SignatureError or PackError. */
export async function receivePackText(text: string, options: ReceiveOptions): Promise<ReceivedPack> {
  const { fileName } = options;
  const data = parsePackText(text, fileName);
  const { pack: raw, check } = await unwrapPackFile(data);
  if (check.status === 'invalid') throw new SignatureError(`${fileName}: refused, the signature does not verify: ${check.reason}`);
  if (options.pinnedKey) {
    const pinnedId = await keyIdOf(options.pinnedKey);
    if (check.status === 'unsigned') throw new SignatureError(`${fileName}: refused, the pack is not signed but this subscription requires key ${pinnedId}`);
    const pinned = await verifySignature(data, options.pinnedKey);
    if (pinned.status === 'invalid' && !(options.allowKeyChange && check.status === 'valid')) throw new SignatureError(`${fileName}: refused: ${pinned.reason}`);
  }
  const pack = validatePack(raw, fileName);
  if (check.status === 'unsigned') return { pack, check, status: 'unsigned' };
  const pinnedMatch = Boolean(options.pinnedKey) && safeKey(options.pinnedKey!) === check.publicKey;
  const trusted = pinnedMatch || (options.trustedKeys ?? []).some((k) => safeKey(k.publicKey) === check.publicKey) || (await pinnedBySubscription(check.publicKey));
  return { pack, check, status: trusted ? 'verified' : 'signed', keyId: check.keyId, signer: { keyId: check.keyId, publicKey: check.publicKey } };
}

function safeKey(key: string): string | null {
  try {
    return normalizePublicKey(key);
  } catch {
    return null;
  }
}

async function pinnedBySubscription(publicKey: string): Promise<boolean> {
  return (await getSubscriptions()).some((s) => s.publicKey && safeKey(s.publicKey) === publicKey);
}

export interface InstallReceivedOptions {
  source: 'file' | 'url';
  url?: string;
  now?: number;
  policy?: UpdatePolicy;
}

export interface InstallReceivedResult {
  status: InstallResult['status'] | 'unchanged';
  result?: InstallResult;
  record?: WhatsNewRecord;
  diff: PackDiff;
  /** Refusals the team lead's explicit flags overrode (also on the "What's new" record and in the console). */
  overrides: PolicyOverride[];
}

/** Installs a checked pack; the same id, version and content as installed is left alone ('unchanged'). */
export async function installReceived(db: TactDb, received: ReceivedPack, options: InstallReceivedOptions): Promise<InstallReceivedResult> {
  const { pack } = received;
  const now = options.now ?? Date.now();
  const existing = await db.packs.get(pack.id);
  const claim = { source: options.source, url: options.url, signer: received.signer };
  // Before the "unchanged" shortcut, so another owner's identical copy is refused by name, not waved through.
  checkClaim(pack.id, pack.version, existing, claim, options.policy);
  const diff = diffPacks(existing?.pack ?? null, pack);
  if (existing && existing.version === pack.version && canonicalJson(existing.pack) === canonicalJson(pack) && existing.signer?.publicKey === received.signer?.publicKey) {
    return { status: 'unchanged', diff, overrides: [] };
  }
  const install = { source: options.source, ...(options.url ? { url: options.url } : {}), ...(received.signer ? { signer: received.signer } : {}), policy: options.policy };
  const result = await installPack(db, pack, install, `${pack.id}@${pack.version}`);
  const overrides = result.overrides ?? [];
  if (overrides.length) console.warn(`Tact: ${pack.id}@${pack.version} installed with an explicit override (${overrides.join(', ')}) over ${existing?.version}`);
  await recordSignature(pack.id, pack.version, { status: received.status, ...(received.keyId ? { keyId: received.keyId } : {}), checkedAt: now });
  const record = await logChange(diff, existing ? 'updated' : 'installed', options.source, pack, now, overrides);
  return { status: result.status, result, record, diff, overrides };
}

/** Rolls back and logs it; a subscription that served the rolled-back version holds it so the next check doesn't reinstall it. */
export async function rollbackAndRecord(db: TactDb, packId: string, now = Date.now()): Promise<{ result: InstallResult; record: WhatsNewRecord }> {
  const before = await db.packs.get(packId);
  const result = await rollbackPack(db, packId);
  const after = await db.packs.get(packId);
  if (!before || !after) throw new Error(`${packId}: vanished during rollback`);
  const record = await logChange(diffPacks(before.pack, after.pack), 'rolled_back', before.source === 'url' ? 'url' : 'file', after.pack, now);
  for (const sub of await getSubscriptions()) {
    if (sub.packId === packId)
      await updateSubscription(sub.url, (s) => ({ ...s, heldVersion: before.version, message: `rolled back to ${after.version}; ${before.version} will not be installed again` }));
  }
  return { result, record };
}

function logChange(diff: PackDiff, reason: ChangeReason, source: 'file' | 'url', pack: Pack, at: number, overrides: PolicyOverride[] = []): Promise<WhatsNewRecord> {
  const from = diff.fromVersion;
  const notes = reason === 'rolled_back' ? [] : pack.changelog.filter((c) => compareVersions(c.version, pack.version) <= 0 && (from === null || compareVersions(c.version, from) > 0));
  return recordWhatsNew({ ...diff, at, reason, source, notes, ...(overrides.length ? { overrides } : {}) });
}
