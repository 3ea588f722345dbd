/** Shared by the distribution tests: the Lumen team pack fixtures, fresh databases, a scripted fake server. */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { compilePack } from '@/knowledge/compiler';
import { TactDb } from '@/knowledge/db';
import type { Pack } from '@/knowledge/schema';
import type { FetchLike, ResponseLike } from '@/knowledge/subscription-check';
import { readSourceDir } from '@/scripts/lib/pack-files';

export const FIXTURES = join(__dirname, '../../fixtures/packs-distribution');

export function teamPack(version: 'v1' | 'v2'): Pack {
  return compilePack(readSourceDir(join(FIXTURES, `team-${version}`)));
}

export function brokenPackText(): string {
  return readFileSync(join(FIXTURES, 'broken-team.yaml'), 'utf8');
}

let counter = 0;
export function freshDb(): TactDb {
  return new TactDb(`tact-dist-${process.pid}-${++counter}-${Math.random().toString(36).slice(2)}`);
}

export async function dump(db: TactDb): Promise<unknown> {
  return { packs: await db.packs.toArray() };
}

export interface FakeServer {
  fetch: FetchLike;
  requests: Array<{ url: string; headers: Record<string, string> }>;
  /** What the next request gets: a body (200 with the etag) or a status. */
  serve(body: string | { status: number }, etag?: string): void;
}

/** A pack server that honours If-None-Match like a real one. */
export function fakeServer(): FakeServer {
  let current: { body?: string; status: number; etag?: string } = { status: 404 };
  const requests: FakeServer['requests'] = [];
  const response = (status: number, body = '', etag?: string): ResponseLike => ({
    status,
    ok: status >= 200 && status < 300,
    headers: { get: (name) => (name.toLowerCase() === 'etag' ? (etag ?? null) : null) },
    text: async () => body,
  });
  return {
    requests,
    serve(body, etag) {
      current = typeof body === 'string' ? { body, status: 200, etag } : { status: body.status };
    },
    fetch: async (url, init) => {
      const headers = { ...(init.headers as Record<string, string>) };
      requests.push({ url, headers });
      if (current.etag && headers['if-none-match'] === current.etag) return response(304);
      return response(current.status, current.body, current.etag);
    },
  };
}
