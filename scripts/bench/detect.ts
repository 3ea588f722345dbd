/**
 * Detection benchmark: warm p95 time per message over our multilingual set plus English and
 * bad-input samples, and the bytes utils/detection adds to a bundle (esbuild, minified, UTF-8 as
 * Vite emits it). `run()` is called by scripts/bench.ts; running this file prints the JSON.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { createDetector } from '@/utils/detection';
import { loadDetectionSources } from '@/scripts/detect';

const FIXTURES = 'tests/fixtures/intents';

function messages(): string[] {
  const own = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) =>
      readFileSync(join(FIXTURES, f), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { text: string }).text),
    );
  const long = own.slice(0, 40).join(' ');
  return [...own, long, '', '🙂🙂🙂', '123-1234567-1234567', 'Hello, my order 123-4567890-1234567 from https://www.amazon.de/dp/B0TEST never arrived!!'];
}

export async function bundleBytes(): Promise<number> {
  const out = await build({
    entryPoints: ['utils/detection/index.ts'],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    charset: 'utf8',
    logLevel: 'silent',
  });
  return out.outputFiles.reduce((n, f) => n + f.contents.length, 0);
}

export async function run(): Promise<{ detect_p95_ms: number; detection_bundle_bytes: number; detect_cold_ms: number }> {
  const sources = loadDetectionSources();
  // Cold = compiling the lexicons, decoding the n-gram model and the first message, as after a
  // service-worker restart (the sources themselves come from the knowledge store).
  const t0 = performance.now();
  const detector = createDetector(sources);
  detector.detect('warm up: where is my order?');
  const cold = performance.now() - t0;
  const list = messages();
  for (const m of list) detector.detect(m, { marketplace: 'amazon', marketplaceCountry: 'DE' });
  // Per message, the median of 7 warm runs (so a GC pause is not billed to one message), then
  // the 95th percentile over messages.
  const times = list.map((m) => {
    const runs: number[] = [];
    for (let round = 0; round < 7; round++) {
      const s = performance.now();
      detector.detect(m, { marketplace: 'aliexpress', pageCountry: 'BR' });
      runs.push(performance.now() - s);
    }
    return runs.sort((a, b) => a - b)[3];
  });
  times.sort((a, b) => a - b);
  const p95 = times[Math.floor(times.length * 0.95)];
  return {
    detect_p95_ms: Math.round(p95 * 1000) / 1000,
    detection_bundle_bytes: await bundleBytes(),
    detect_cold_ms: Math.round(cold),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void run().then((r) => process.stdout.write(`${JSON.stringify(r)}\n`));
}
