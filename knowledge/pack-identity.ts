/**
 * Who owns a pack id. A pack is known by (source, id, key): the first source (the bundled build, a file, or
 * one subscription URL) and signing key that installed an id own it, so a second subscription or a file
 * carrying the same id cannot replace the team's pack, and the bundled core pack cannot be replaced at
 * all. Updates are refused when they go back in version or change the signing key, unless the team lead
 * explicitly allows it (and the override is logged). Pure: install.ts calls it inside its transaction.
 */
import type { PackRecord, PackSource } from './db';
import { compareVersions } from './pack-diff';

/** The bundled core pack's id: reserved, whether or not the core pack is installed right now. */
export const CORE_PACK_ID = 'tact-core';

export interface PackSigner {
  keyId: string;
  /** Normalised base64 raw Ed25519 key. */
  publicKey: string;
}

export interface PackClaim {
  source: PackSource;
  url?: string;
  /** The key whose valid signature the pack carries; absent for an unsigned pack. */
  signer?: PackSigner;
}

/** The team lead's explicit overrides (admin API flags); both default to false. */
export interface UpdatePolicy {
  allowDowngrade?: boolean;
  allowKeyChange?: boolean;
}

export type PolicyOverride = 'downgrade' | 'keyChange';

export class IdentityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IdentityError';
  }
}

/** A refusal the team lead may override (downgrade, key change); the message names the flag. */
export class UpdatePolicyError extends Error {
  constructor(
    message: string,
    readonly override: PolicyOverride,
  ) {
    super(message);
    this.name = 'UpdatePolicyError';
  }
}

/** "the subscription https://…/team.json, signed by key 0123…" — how the owner is named in every refusal. */
export function describeOwner(record: Pick<PackRecord, 'source' | 'url' | 'signer'>): string {
  const where = record.source === 'bundled' ? 'the bundled core pack' : record.source === 'url' ? `the subscription ${record.url ?? '(unknown URL)'}` : 'a file import';
  return `${where}, ${record.signer ? `signed by key ${record.signer.keyId}` : 'unsigned'}`;
}

function describeClaim(claim: PackClaim): string {
  const where = claim.source === 'url' ? `the subscription ${claim.url}` : claim.source === 'file' ? 'this file' : 'the bundled core pack';
  return `${where} (${claim.signer ? `signed by key ${claim.signer.keyId}` : 'unsigned'})`;
}

/**
 * Throws when `claim` may not install `version` of `id` over `existing`; returns the overrides it used.
 * The bundled source may always take its own id back (that is how ensureBundledPack repairs the core pack).
 */
export function checkClaim(id: string, version: string, existing: PackRecord | undefined, claim: PackClaim, policy: UpdatePolicy = {}): PolicyOverride[] {
  if (claim.source === 'bundled') return [];
  if (id === CORE_PACK_ID || existing?.source === 'bundled') {
    throw new IdentityError(`"${id}" is the bundled core pack and is read-only: ${describeClaim(claim)} cannot replace it. Give your pack its own id; it then layers above the core pack`);
  }
  if (!existing) return [];
  const owner = describeOwner(existing);
  if (existing.source !== claim.source || (claim.source === 'url' && existing.url !== claim.url)) {
    throw new IdentityError(`"${id}" belongs to ${owner}; ${describeClaim(claim)} cannot replace it. Remove the installed pack first if this source should own it, or give this pack its own id`);
  }
  const overrides: PolicyOverride[] = [];
  const ownerKey = existing.signer?.publicKey;
  // An unsigned pack may gain a signature (its first key then owns it); a signed one may not change or lose its key.
  if (ownerKey && claim.signer?.publicKey !== ownerKey) {
    if (!policy.allowKeyChange) {
      const now = claim.signer ? `is signed by another key, ${claim.signer.keyId}` : 'is not signed';
      throw new UpdatePolicyError(`"${id}" is signed by key ${existing.signer!.keyId} (${owner}), but this copy ${now}; refused (a team lead can allow a key change explicitly)`, 'keyChange');
    }
    overrides.push('keyChange');
  }
  if (compareVersions(version, existing.version) < 0) {
    if (!policy.allowDowngrade) {
      throw new UpdatePolicyError(`"${id}" ${version} is older than the installed ${existing.version}; refused (a team lead can allow a downgrade explicitly)`, 'downgrade');
    }
    overrides.push('downgrade');
  }
  return overrides;
}
