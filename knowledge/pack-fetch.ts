/**
 * Fetches a subscription's pack file under ONE deadline covering the headers and the whole body, reading
 * the body as a stream and stopping as soon as it passes the size cap: a server that drips a byte every
 * few seconds, or sends 900 MB, ends in a clear error instead of a check that never finishes or a tab
 * that runs out of memory. Every failure has its own message (timeout, too large, HTTP status, encoding).
 */
import { MAX_PACK_BYTES } from './safe-parse';
import { decodeUtf8 } from './utf8';

export interface ResponseLike {
  status: number;
  ok: boolean;
  url?: string;
  headers: { get(name: string): string | null };
  /** Read with a reader when present (real fetch); fakes may offer only text(). */
  body?: ReadableStream<Uint8Array> | null;
  text(): Promise<string>;
}

export type FetchLike = (url: string, init: RequestInit) => Promise<ResponseLike>;

export class PackFetchError extends Error {
  constructor(
    message: string,
    readonly reason: 'timeout' | 'unreachable' | 'http' | 'too-large' | 'redirect',
  ) {
    super(message);
    this.name = 'PackFetchError';
  }
}

export interface FetchPackOptions {
  timeoutMs: number;
  maxBytes?: number;
  /** Names the file in decoding errors. */
  fileName: string;
}

export type FetchedPack = { status: 304; response: ResponseLike } | { status: 200; response: ResponseLike; text: string };

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(bytes < 1048576 ? 2 : 1)} MB`;

export async function fetchPack(fetchFn: FetchLike, url: string, headers: Record<string, string>, options: FetchPackOptions): Promise<FetchedPack> {
  const maxBytes = options.maxBytes ?? MAX_PACK_BYTES;
  const controller = new AbortController();
  let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const seconds = options.timeoutMs >= 1000 ? `${Math.round(options.timeoutMs / 1000)} s` : `${options.timeoutMs} ms`;
  // Raced against every await below, so a fetch implementation that ignores the signal still can't hang us.
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // Rejected before aborting, so the race reports the deadline rather than the fetch's own AbortError.
      reject(new PackFetchError(`no complete answer from the server within ${seconds} (one deadline covers the headers and the body)`, 'timeout'));
      controller.abort();
      reader?.cancel().catch(() => undefined);
    }, options.timeoutMs);
  });
  deadline.catch(() => undefined);
  try {
    let response: ResponseLike;
    try {
      response = await Promise.race([fetchFn(url, { headers, cache: 'no-store', credentials: 'omit', redirect: 'follow', signal: controller.signal }), deadline]);
    } catch (error) {
      if (error instanceof PackFetchError) throw error;
      throw new PackFetchError(`could not reach the server: ${error instanceof Error ? error.message : String(error)}`, 'unreachable');
    }
    if (response.status === 304) return { status: 304, response };
    if (!response.ok) throw new PackFetchError(`the server answered HTTP ${response.status}`, 'http');
    if (response.url && !response.url.startsWith('https:')) throw new PackFetchError(`redirected to ${response.url}, which is not https`, 'redirect');
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      controller.abort();
      throw new PackFetchError(`the pack is ${mb(declared)}, over the ${mb(maxBytes)} limit; not downloaded`, 'too-large');
    }
    if (!response.body) {
      const text = await Promise.race([response.text(), deadline]);
      if (text.length > maxBytes) throw new PackFetchError(`the pack is over the ${mb(maxBytes)} limit`, 'too-large');
      return { status: 200, response, text };
    }
    reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), deadline]).catch((error: unknown) => {
        throw error instanceof PackFetchError ? error : new PackFetchError(`the download broke off: ${error instanceof Error ? error.message : String(error)}`, 'unreachable');
      });
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        controller.abort();
        await reader.cancel().catch(() => undefined);
        throw new PackFetchError(`the pack is over the ${mb(maxBytes)} limit; stopped reading after ${mb(total)}`, 'too-large');
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
    return { status: 200, response, text: decodeUtf8(bytes, options.fileName) };
  } finally {
    clearTimeout(timer);
  }
}
