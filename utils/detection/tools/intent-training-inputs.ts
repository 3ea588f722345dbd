/**
 * Everything the intent/tone model is trained from, and its digest: the team's corpus
 * (knowledge/training/intents/*.jsonl; never ../shared/eval), the core pack's lexicon phrases and examples,
 * the trainer's settings and the code that turns text into features. The trainer writes the digest into
 * weights.ts; a unit test recomputes it without training, so stale weights fail CI instead of shipping.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INTENT_IDS } from '@/knowledge/intents';
import { CORE_PACK_DIR, loadPack } from '@/scripts/lib/pack-files';

export const CORPUS_DIR = 'knowledge/training/intents';
export const TONES = ['negative', 'positive', 'angry'] as const;
export const OUTPUTS: readonly string[] = [...INTENT_IDS, ...TONES];

/** Trainer settings (environment overrides are for experiments; the shipped weights use the defaults). */
export const SETTINGS = {
  buckets: Number(process.env.TACT_BUCKETS ?? 1 << 14),
  epochs: Number(process.env.TACT_EPOCHS ?? 12),
  rate: Number(process.env.TACT_RATE ?? 0.5),
  l2: Number(process.env.TACT_L2 ?? 1e-4),
  heldOut: 0.2,
  seeds: [7, 11, 13],
};

/** Code whose change changes the features or the training, so the weights too. */
const CODE = [
  'utils/detection/tools/train-intent-model.ts',
  'utils/detection/tools/intent-training-inputs.ts',
  'utils/detection/intent-model/features.ts',
  'utils/detection/intent-model/known.ts',
  'utils/detection/fold.ts',
];

export interface TrainingRow {
  text: string;
  intents: string[];
  /** null for lexicon phrases: a phrase says nothing about tone. */
  tone: { sentiment: 'negative' | 'neutral' | 'positive'; angry: boolean } | null;
}

const SENTIMENTS = new Set(['negative', 'neutral', 'positive']);

function parseLine(file: string, n: number, line: string): TrainingRow {
  let row: { text?: unknown; intents?: unknown; sentiment?: unknown; angry?: unknown };
  try {
    row = JSON.parse(line) as typeof row;
  } catch {
    throw new Error(`${file}:${n}: not a JSON object`);
  }
  if (typeof row.text !== 'string' || !row.text.trim()) throw new Error(`${file}:${n}: "text" must be a non-empty string`);
  if (!Array.isArray(row.intents) || !row.intents.length) throw new Error(`${file}:${n}: "intents" must be a non-empty list`);
  for (const id of row.intents) if (!INTENT_IDS.includes(id as never)) throw new Error(`${file}:${n}: unknown intent "${String(id)}"`);
  if (!SENTIMENTS.has(row.sentiment as string)) throw new Error(`${file}:${n}: "sentiment" must be negative, neutral or positive`);
  if (typeof row.angry !== 'boolean') throw new Error(`${file}:${n}: "angry" must be true or false`);
  return { text: row.text, intents: row.intents as string[], tone: { sentiment: row.sentiment as 'negative', angry: row.angry } };
}

export function readTrainingInputs(dir = CORPUS_DIR): { rows: TrainingRow[]; digest: string } {
  const sha = createHash('sha1');
  sha.update(JSON.stringify({ SETTINGS, OUTPUTS }));
  for (const file of CODE) sha.update(file).update(readFileSync(file, 'utf8'));
  const rows: TrainingRow[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const body = readFileSync(join(dir, file), 'utf8');
    sha.update(file).update(body);
    body.split('\n').forEach((line, i) => {
      if (line.trim()) rows.push(parseLine(file, i + 1, line));
    });
  }
  // The core pack's lexicon phrases and examples are the team's writing too: each is a short labelled example.
  for (const lex of loadPack(CORE_PACK_DIR).intents) {
    for (const phrases of [...Object.values(lex.lexicon), ...Object.values(lex.examples ?? {})]) {
      for (const phrase of phrases) {
        const text = phrase.replace(/\^[\d.]+$/, '');
        sha.update(lex.id).update(text);
        rows.push({ text, intents: [lex.id], tone: null });
      }
    }
  }
  return { rows, digest: sha.digest('hex') };
}
