/**
 * `npm run --silent detect`: JSON lines in ({"id"?, "text", "url"?, "country"?}), one detection per
 * line out. Lexicons come from the core pack (or --pack <dir|file>); the compiled lexicons are
 * cached under node_modules/.cache so repeated runs skip the YAML compile. --explain adds the
 * matched phrases to each output line. Each line also carries the message's `facts` and a bilingual
 * `summary` (utils/gist).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { CORE_PACK_DIR, loadPack } from './lib/pack-files';
import { createDetector, type DetectionSources } from '@/utils/detection';
import { extractFacts, summarize } from '@/utils/gist';
import type { DetectionContext } from '@/utils/detection/types';
import { amazonMarketplaceCountry } from '@/utils/sites/amazon-hosts';
import { marketplaceOfHost } from '@/utils/sites/marketplace-hosts';

const CACHE = 'node_modules/.cache/tact/detection-sources.json';

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((n) => newestMtime(join(path, n))));
}

/** Intents and signals of a pack; the core pack's are cached until a source file changes. */
export function loadDetectionSources(packPath?: string): DetectionSources {
  if (packPath) {
    const p = loadPack(packPath);
    return { intents: p.intents, signals: p.detection ?? {} };
  }
  const stamp = newestMtime(CORE_PACK_DIR);
  if (existsSync(CACHE)) {
    try {
      const cached = JSON.parse(readFileSync(CACHE, 'utf8')) as { stamp: number; sources: DetectionSources };
      if (cached.stamp === stamp) return cached.sources;
    } catch {
      // A broken cache is rebuilt below.
    }
  }
  const p = loadPack(CORE_PACK_DIR);
  const sources = { intents: p.intents, signals: p.detection ?? {} };
  try {
    mkdirSync(dirname(CACHE), { recursive: true });
    writeFileSync(CACHE, JSON.stringify({ stamp, sources }));
  } catch {
    // Read-only checkout: run uncached.
  }
  return sources;
}

/** url -> marketplace and, on Amazon, the marketplace country (marketplaceID beats the host). */
export function contextFor(url?: unknown, country?: unknown): DetectionContext {
  const ctx: DetectionContext = {};
  if (typeof country === 'string' && country.trim()) ctx.pageCountry = country.trim().toUpperCase();
  if (typeof url !== 'string' || !url) return ctx;
  ctx.url = url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return ctx;
  }
  const host = parsed.hostname.toLowerCase();
  const marketplace = marketplaceOfHost(host);
  if (marketplace) ctx.marketplace = marketplace;
  if (marketplace === 'amazon') {
    const id = parsed.searchParams.get('marketplaceID') ?? parsed.searchParams.get('marketplaceId') ?? new URLSearchParams(parsed.hash.split('?')[1] ?? '').get('marketplaceID');
    ctx.marketplaceCountry = amazonMarketplaceCountry(host, id)?.country ?? null;
  }
  return ctx;
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const detector = createDetector(loadDetectionSources(option('--pack')));
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let line = 0;
  const explain = process.argv.includes('--explain');
  let explained: string[] | undefined;
  for await (const raw of rl) {
    line++;
    if (!raw.trim()) continue;
    let id: unknown = line;
    let out: Record<string, unknown>;
    try {
      const input = JSON.parse(raw) as Record<string, unknown>;
      if (!input || typeof input !== 'object' || Array.isArray(input)) throw new Error('expected a JSON object');
      if (input.id !== undefined && input.id !== null) id = input.id;
      if (typeof input.text !== 'string') throw new Error('"text" must be a string');
      const d = detector.detect(input.text, contextFor(input.url, input.country));
      if (explain) explained = detector.explain(input.text);
      const facts = extractFacts(input.text, { language: d.language === 'und' ? undefined : d.language });
      out = {
        id,
        language: d.language,
        intent: d.intent,
        intents: d.intents,
        labels: d.labels,
        polarity: d.polarity,
        anger: d.anger,
        urgency: d.urgency,
        angry: d.angry,
        urgent: d.urgent,
        sentiment: d.sentiment,
        risk: d.risk,
        toneReasons: d.toneReasons,
        country: d.country,
        countries: d.countries,
        languageConfidence: d.languageConfidence,
        facts,
        summary: summarize(d, facts),
      };
    } catch (error) {
      out = { id, error: error instanceof Error ? error.message : String(error) };
    }
    if (explained) out.explain = explained;
    explained = undefined;
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
