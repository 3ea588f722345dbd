/** Shared by the detection tests: one detector over the core pack's lexicons, compiled once. */
import { loadPack } from '@/scripts/lib/pack-files';
import { createDetector, type Detector, type DetectionSources } from '@/utils/detection';

let sources: DetectionSources | null = null;
let detector: Detector | null = null;

export function coreSources(): DetectionSources {
  if (!sources) {
    const pack = loadPack('knowledge/core');
    sources = { intents: pack.intents, signals: pack.detection ?? {} };
  }
  return sources;
}

export function coreDetector(): Detector {
  detector ??= createDetector(coreSources());
  return detector;
}
