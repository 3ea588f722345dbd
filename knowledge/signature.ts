/**
 * Ed25519 pack signatures over WebCrypto, so the same code signs in Node 20 (`pack -- sign`) and verifies in
 * the extension. A signed pack file is an envelope around the pack; what is signed is the canonical JSON
 * (sorted keys, no whitespace) of {format, keyId, signedAt, pack}, so re-serialising the file (pretty
 * printing, key order) never breaks a signature, while any change to the content does.
 */

export const SIGNED_PACK_FORMAT = 1;
const DOMAIN = 'tact-signed-pack\n';
const ED25519 = { name: 'Ed25519' } as const;

export interface SignedPackFile {
  tactSignedPack: typeof SIGNED_PACK_FORMAT;
  algorithm: 'Ed25519';
  /** First 16 hex digits of SHA-256 over the raw public key: short enough to read out on a call. */
  keyId: string;
  /** Raw 32-byte Ed25519 public key, base64. */
  publicKey: string;
  signedAt: string;
  /** Base64 signature over the canonical JSON described above. */
  signature: string;
  pack: unknown;
}

export interface SigningKeyFile {
  tactSigningKey: 1;
  keyId: string;
  publicKey: string;
  privateKey: JsonWebKey;
}

export type SignatureCheck = { status: 'unsigned' } | { status: 'valid'; keyId: string; publicKey: string; signedAt: string } | { status: 'invalid'; reason: string };

export class SignatureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SignatureError';
  }
}

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new SignatureError('WebCrypto is not available here');
  return s;
}

/** Deeper than any pack (validation refuses past 64): a guard so a hostile value can't overflow the stack. */
const MAX_CANONICAL_DEPTH = 256;

/** JSON with object keys sorted at every level (RFC 8785 for the strings, numbers and booleans packs hold). */
export function canonicalJson(value: unknown, depth = 0): string {
  if (depth > MAX_CANONICAL_DEPTH) throw new SignatureError(`cannot sign a value nested deeper than ${MAX_CANONICAL_DEPTH} levels`);
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new SignatureError('cannot sign a non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v, depth + 1))).join(',')}]`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k], depth + 1)}`).join(',')}}`;
  }
  throw new SignatureError(`cannot sign a value of type ${typeof value}`);
}

export function toBase64(bytes: Uint8Array): string {
  // In chunks: a 40 MB pack file travels to the background this way, and one char per step would crawl.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Accepts what a team lead pastes: the bare base64 key, optionally prefixed "ed25519:" and wrapped in spaces. */
export function normalizePublicKey(text: string): string {
  const bare = text
    .trim()
    .replace(/^ed25519:/i, '')
    .replace(/\s+/g, '');
  let raw: Uint8Array;
  try {
    raw = fromBase64(bare);
  } catch {
    throw new SignatureError('the public key is not base64 text');
  }
  if (raw.length !== 32) throw new SignatureError(`an Ed25519 public key is 32 bytes; this one is ${raw.length}`);
  return toBase64(raw);
}

export async function keyIdOf(publicKey: string): Promise<string> {
  const digest = new Uint8Array(await subtle().digest('SHA-256', fromBase64(normalizePublicKey(publicKey))));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function generateSigningKey(): Promise<SigningKeyFile> {
  const pair = (await subtle().generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const publicKey = toBase64(new Uint8Array(await subtle().exportKey('raw', pair.publicKey)));
  const privateKey = await subtle().exportKey('jwk', pair.privateKey);
  return { tactSigningKey: 1, keyId: await keyIdOf(publicKey), publicKey, privateKey };
}

function signedBytes(file: Pick<SignedPackFile, 'keyId' | 'signedAt' | 'pack'>): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(DOMAIN + canonicalJson({ format: SIGNED_PACK_FORMAT, keyId: file.keyId, signedAt: file.signedAt, pack: file.pack }));
}

export async function signPack(pack: unknown, key: SigningKeyFile, signedAt = new Date().toISOString()): Promise<SignedPackFile> {
  if (!key || key.tactSigningKey !== 1 || !key.privateKey) throw new SignatureError('not a Tact signing key file (expected the *.private.json written by keygen)');
  const privateKey = await subtle().importKey('jwk', key.privateKey, ED25519, false, ['sign']);
  const keyId = await keyIdOf(key.publicKey);
  const body = { keyId, signedAt, pack };
  const signature = new Uint8Array(await subtle().sign(ED25519, privateKey, signedBytes(body)));
  const file: SignedPackFile = { tactSignedPack: SIGNED_PACK_FORMAT, algorithm: 'Ed25519', keyId, publicKey: normalizePublicKey(key.publicKey), signedAt, signature: toBase64(signature), pack };
  // A key file whose halves don't belong together would produce packs nobody can verify.
  if ((await verifySignature(file)).status !== 'valid') throw new SignatureError('the private and public halves of this key file do not match');
  return file;
}

export function isSignedPackFile(data: unknown): data is { tactSignedPack: unknown } {
  return Boolean(data && typeof data === 'object' && !Array.isArray(data) && 'tactSignedPack' in data);
}

/** Splits a parsed file into the pack and what its signature says; never throws for a bad signature. */
export async function unwrapPackFile(data: unknown): Promise<{ pack: unknown; check: SignatureCheck }> {
  if (!isSignedPackFile(data)) return { pack: data, check: { status: 'unsigned' } };
  const pack = (data as { pack?: unknown }).pack;
  return { pack, check: await verifySignature(data) };
}

/** Checks the envelope's integrity against its own key; `pinned` additionally requires that exact key. */
export async function verifySignature(data: unknown, pinned?: string): Promise<SignatureCheck> {
  const invalid = (reason: string): SignatureCheck => ({ status: 'invalid', reason });
  const f = data as Partial<SignedPackFile>;
  if (f.tactSignedPack !== SIGNED_PACK_FORMAT) return invalid(`unsupported signed-pack format ${JSON.stringify(f.tactSignedPack)} (this Tact reads format ${SIGNED_PACK_FORMAT})`);
  if (f.algorithm !== 'Ed25519') return invalid(`unsupported signature algorithm ${JSON.stringify(f.algorithm)} (expected "Ed25519")`);
  for (const field of ['keyId', 'publicKey', 'signedAt', 'signature'] as const) {
    if (typeof f[field] !== 'string' || !f[field]) return invalid(`the signature block has no "${field}"`);
  }
  if (f.pack === undefined) return invalid('the signed file holds no pack');
  let publicKey: string;
  try {
    publicKey = normalizePublicKey(f.publicKey!);
  } catch (error) {
    return invalid(`the signing key is unreadable: ${(error as Error).message}`);
  }
  const keyId = await keyIdOf(publicKey);
  if (keyId !== f.keyId) return invalid(`the key id ${f.keyId} does not belong to the public key in the file (${keyId})`);
  if (pinned !== undefined) {
    const pinnedKey = normalizePublicKey(pinned);
    if (pinnedKey !== publicKey) return invalid(`signed with key ${keyId}, but this subscription trusts only key ${await keyIdOf(pinnedKey)}`);
  }
  let ok = false;
  try {
    const key = await subtle().importKey('raw', fromBase64(publicKey), ED25519, false, ['verify']);
    ok = await subtle().verify(ED25519, key, fromBase64(f.signature!), signedBytes({ keyId: f.keyId!, signedAt: f.signedAt!, pack: f.pack }));
  } catch (error) {
    return invalid(`the signature could not be checked: ${(error as Error).message}`);
  }
  if (!ok) return invalid(`the signature by key ${keyId} does not match the content: the pack was changed after it was signed`);
  return { status: 'valid', keyId, publicKey, signedAt: f.signedAt! };
}
