/**
 * Strict UTF-8 for pack bytes (file imports and subscription bodies). The lenient decoders (Blob.text(),
 * Response.text()) turn a broken byte into U+FFFD, which would then be stored and sent to buyers; a pack
 * is refused instead, naming the byte offset so the team lead can find the bad spot in an editor.
 */
import { MAX_PACK_BYTES } from './safe-parse';

/** Offset of the first byte that starts an ill-formed sequence (Unicode table 3-7), or -1 when all is well-formed. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    if (i + need >= n) return i; // truncated at the end
    const second = bytes[i + 1];
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k];
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Decodes pack bytes or throws a SyntaxError naming the first bad byte; a leading BOM is dropped. */
export function decodeUtf8(bytes: Uint8Array, fileName: string): string {
  if (bytes.length > MAX_PACK_BYTES) {
    throw new RangeError(`${fileName}: ${(bytes.length / 1048576).toFixed(1)} MB is over the ${MAX_PACK_BYTES / 1048576} MB pack limit`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const shown = at >= 0 ? ` byte 0x${bytes[at].toString(16).padStart(2, '0')} at byte offset ${at} (line ${lineOf(bytes, at)})` : '';
    throw new SyntaxError(`${fileName}: not valid UTF-8 text:${shown || ' an ill-formed byte sequence'}; save the file as UTF-8 and import it again`);
  }
}

/** Base64 (how file bytes travel in an extension message) to bytes, refusing over-size input before decoding it. */
export function bytesFromBase64(base64: string, fileName: string): Uint8Array {
  if (Math.floor((base64.length * 3) / 4) > MAX_PACK_BYTES + 3) {
    throw new RangeError(`${fileName}: ${((base64.length * 3) / 4 / 1048576).toFixed(1)} MB is over the ${MAX_PACK_BYTES / 1048576} MB pack limit`);
  }
  let binary: string;
  try {
    binary = atob(base64);
  } catch {
    throw new SyntaxError(`${fileName}: the file's bytes did not arrive as base64 text`);
  }
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
