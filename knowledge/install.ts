/**
 * Install / update / remove / enable / prioritise / roll back packs. Everything is validated before the
 * first write, and every change is ONE Dexie transaction: on any failure the store is exactly as before.
 */
import type { PackRecord, PackSource, TactDb } from './db';
import { hashString } from './hash';
import { parseJson, parseYaml } from './safe-parse';
import { validatePack } from './validate';
import type { Pack } from './schema';
import { checkClaim, type PackSigner, type PolicyOverride, type UpdatePolicy } from './pack-identity';

export const CORE_PRIORITY = 0;
/** Imported packs sit above the bundled core pack unless told otherwise. */
export const IMPORTED_PRIORITY = 10;
const PRIORITY_LIMIT = 1000;

export class InstallError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InstallError';
  }
}

export interface InstallOptions {
  source: PackSource;
  url?: string;
  /** Default: the installed version's priority on update, else 0 for bundled and 10 for imported packs. */
  priority?: number;
  /** Default: the installed version's state on update, else enabled. */
  enabled?: boolean;
  /** Set by ensureBundledPack. */
  contentHash?: string;
  /** The key whose valid signature the pack carries (checked by the caller): part of the pack's identity. */
  signer?: PackSigner;
  /** The team lead's explicit overrides for a downgrade or a key change (pack-identity.ts). */
  policy?: UpdatePolicy;
}

export interface InstallResult {
  id: string;
  version: string;
  status: 'installed' | 'updated';
  previousVersion?: string;
  /** Policy refusals the caller's explicit flags overrode, for the log. */
  overrides?: PolicyOverride[];
}

/** Parses a pack file's text (JSON or YAML by name), refusing prototype keys and over-size input. */
export function parsePackText(text: string, fileName: string): unknown {
  return /\.ya?ml$/i.test(fileName) ? parseYaml(text, fileName) : parseJson(text, fileName);
}

export async function installPack(db: TactDb, input: unknown, options: InstallOptions, label = 'pack'): Promise<InstallResult> {
  const pack = validatePack(input, label);
  if (options.priority !== undefined) checkPriority(options.priority);
  if (options.source === 'url' && !options.url) throw new InstallError(`${label}: a pack installed from a URL needs its url`);
  let result: InstallResult | undefined;
  await db.transaction('rw', db.packs, async () => {
    const existing = await db.packs.get(pack.id);
    // Checked here, in the transaction that writes, so no other path can slip past the owner's claim.
    const overrides = checkClaim(pack.id, pack.version, existing, { source: options.source, url: options.url, signer: options.signer }, options.policy);
    // The bundled pack retaking its id (a repair) keeps nothing of what held it: no rollback to the intruder.
    const keep = existing && !(options.source === 'bundled' && existing.source !== 'bundled') ? existing : undefined;
    const record: PackRecord = {
      id: pack.id,
      name: pack.name,
      version: pack.version,
      publisher: pack.publisher,
      priority: options.priority ?? keep?.priority ?? (options.source === 'bundled' ? CORE_PRIORITY : IMPORTED_PRIORITY),
      enabled: options.enabled ?? keep?.enabled ?? true,
      source: options.source,
      ...(options.url ? { url: options.url } : {}),
      ...(options.signer ? { signer: { keyId: options.signer.keyId, publicKey: options.signer.publicKey } } : {}),
      ...(options.contentHash ? { contentHash: options.contentHash } : {}),
      installedAt: Date.now(),
      entryCount: pack.entries.length,
      pack,
      ...(keep ? { previous: withoutPrevious(keep) } : {}),
    };
    await db.packs.put(record);
    const extra = overrides.length ? { overrides } : {};
    result = existing ? { id: pack.id, version: pack.version, status: 'updated', previousVersion: existing.version, ...extra } : { id: pack.id, version: pack.version, status: 'installed', ...extra };
  });
  return result!;
}

/**
 * Installs, updates or repairs the bundled core pack: when it is missing, differs from the build (version or
 * content), or the stored record is not the bundled one intact (another source holds its id, entries went
 * missing). Keeps the agent's priority/enabled choices on the bundled record; the core pack is read-only
 * to files and subscriptions, which layer above it under their own ids.
 */
export async function ensureBundledPack(db: TactDb, corePack: Pack | unknown): Promise<'installed' | 'updated' | 'unchanged'> {
  // Hash the input before validating: an unchanged pack (every cold start) then costs one stringify, not a zod pass.
  const contentHash = hashString(JSON.stringify(corePack) ?? '');
  const id = (corePack as { id?: unknown } | null)?.id;
  const existing = typeof id === 'string' ? await db.packs.get(id) : undefined;
  if (existing && existing.source === 'bundled' && existing.contentHash === contentHash && isIntact(existing, corePack)) return 'unchanged';
  const pack = validatePack(corePack, 'bundled core pack');
  return (await installPack(db, pack, { source: 'bundled', contentHash }, 'bundled core pack')).status;
}

/** Cheap checks that the stored core record still is the build's pack (a full compare would cost every cold start). */
function isIntact(record: PackRecord, corePack: unknown): boolean {
  const source = corePack as { version?: unknown; entries?: unknown[] };
  const entries = record.pack?.entries;
  return (
    record.pack?.id === record.id &&
    record.version === source.version &&
    record.pack.version === record.version &&
    Array.isArray(entries) &&
    entries.length === record.entryCount &&
    entries.length === (Array.isArray(source.entries) ? source.entries.length : -1)
  );
}

export async function removePack(db: TactDb, id: string): Promise<void> {
  await db.transaction('rw', db.packs, async () => {
    const existing = await requirePack(db, id);
    if (existing.source === 'bundled') throw new InstallError(`${id}: the bundled pack can be disabled but not removed`);
    await db.packs.delete(id);
  });
}

export async function setEnabled(db: TactDb, id: string, enabled: boolean): Promise<void> {
  await updateRecord(db, id, { enabled });
}

export async function setPriority(db: TactDb, id: string, priority: number): Promise<void> {
  checkPriority(priority);
  await updateRecord(db, id, { priority });
}

/** Restores the version an update replaced; the replaced one becomes `previous`, so a rollback can be undone. */
export async function rollbackPack(db: TactDb, id: string): Promise<InstallResult> {
  let result: InstallResult | undefined;
  await db.transaction('rw', db.packs, async () => {
    const current = await requirePack(db, id);
    if (!current.previous) throw new InstallError(`${id}: no previous version to roll back to`);
    // Re-validate: the stored copy may predate a schema fix, and a bad pack must not become current.
    const pack = validatePack(current.previous.pack, `${id}@${current.previous.version}`);
    const record: PackRecord = {
      ...current.previous,
      pack,
      priority: current.priority,
      enabled: current.enabled,
      installedAt: Date.now(),
      previous: withoutPrevious(current),
    };
    await db.packs.put(record);
    result = { id, version: record.version, status: 'updated', previousVersion: current.version };
  });
  return result!;
}

async function updateRecord(db: TactDb, id: string, changes: Partial<Pick<PackRecord, 'enabled' | 'priority'>>) {
  await db.transaction('rw', db.packs, async () => {
    await requirePack(db, id);
    await db.packs.update(id, changes);
  });
}

async function requirePack(db: TactDb, id: string): Promise<PackRecord> {
  const record = await db.packs.get(id);
  if (!record) throw new InstallError(`${id}: no such pack is installed`);
  return record;
}

function withoutPrevious(record: PackRecord): Omit<PackRecord, 'previous'> {
  const { previous: _previous, ...rest } = record;
  return rest;
}

function checkPriority(priority: number) {
  if (!Number.isInteger(priority) || Math.abs(priority) > PRIORITY_LIMIT) {
    throw new InstallError(`priority: expected an integer from -${PRIORITY_LIMIT} to ${PRIORITY_LIMIT}, got ${priority}`);
  }
}
