/**
 * Trains the intent/tone model from the team's own corpus (knowledge/training/intents/*.jsonl; never from
 * ../shared/eval): one-vs-rest logistic regression with AdaGrad over hashed features, thresholds calibrated
 * on a held-out fifth, then the final weights on everything, quantised to int8. Deterministic (seeded).
 * Writes utils/detection/intent-model/weights.ts. Run: npm run train (part of npm run build).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INTENT_IDS } from '@/knowledge/intents';
import { CORE_PACK_DIR, loadPack } from '@/scripts/lib/pack-files';
import { featureBuckets } from '../intent-model/features';
import type { IntentModelData } from '../intent-model/model';

const CORPUS = 'knowledge/training/intents';
const OUT = 'utils/detection/intent-model/weights.ts';
const BUCKETS = Number(process.env.TACT_BUCKETS ?? 1 << 15);
const EPOCHS = Number(process.env.TACT_EPOCHS ?? 12);
const RATE = Number(process.env.TACT_RATE ?? 0.5);
const L2 = 1e-6;
const TONES = ['negative', 'positive', 'angry'] as const;
const OUTPUTS = [...INTENT_IDS, ...TONES];

/** Target value for "not labelled": a lexicon phrase says nothing about tone. */
const UNKNOWN = 255;

interface Example {
  text: string;
  targets: Uint8Array;
  features: Uint32Array;
}

export function readCorpus(dir = CORPUS): { examples: Example[]; digest: string } {
  const sha = createHash('sha1');
  const examples: Example[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const body = readFileSync(join(dir, file), 'utf8');
    sha.update(file).update(body);
    for (const [i, line] of body.split('\n').entries()) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { text: string; intents: string[]; sentiment: string; angry: boolean };
      const targets = new Uint8Array(OUTPUTS.length);
      for (const id of row.intents) {
        const k = OUTPUTS.indexOf(id as never);
        if (k < 0 || k >= INTENT_IDS.length) throw new Error(`${file}:${i + 1}: unknown intent "${id}"`);
        targets[k] = 1;
      }
      targets[OUTPUTS.indexOf('negative')] = row.sentiment === 'negative' ? 1 : 0;
      targets[OUTPUTS.indexOf('positive')] = row.sentiment === 'positive' ? 1 : 0;
      targets[OUTPUTS.indexOf('angry')] = row.angry ? 1 : 0;
      examples.push({ text: row.text, targets, features: featureBuckets(row.text, BUCKETS) });
    }
  }
  // The core pack's lexicon phrases and examples are the team's writing too: each is a short labelled example.
  const pack = loadPack(CORE_PACK_DIR);
  for (const lex of pack.intents) {
    const k = OUTPUTS.indexOf(lex.id as never);
    for (const phrases of [...Object.values(lex.lexicon), ...Object.values(lex.examples ?? {})]) {
      for (const phrase of phrases) {
        const text = phrase.replace(/\^[\d.]+$/, '');
        sha.update(text);
        const targets = new Uint8Array(OUTPUTS.length);
        for (const tone of TONES) targets[OUTPUTS.indexOf(tone)] = UNKNOWN;
        targets[k] = 1;
        examples.push({ text, targets, features: featureBuckets(text, BUCKETS) });
      }
    }
  }
  return { examples, digest: sha.digest('hex') };
}

function prng(seed: number) {
  return () => ((seed = (Math.imul(seed ^ (seed >>> 15), 1 | seed) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

function shuffle<T>(items: T[], rnd: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

interface Trained {
  weights: Float32Array;
  bias: Float64Array;
}

function train(examples: Example[], seed: number): Trained {
  const n = OUTPUTS.length;
  const weights = new Float32Array(BUCKETS * n);
  const grads = new Float32Array(BUCKETS * n).fill(1e-8);
  const bias = new Float64Array(n);
  const biasGrad = new Float64Array(n).fill(1e-8);
  const rnd = prng(seed);
  const out = new Float64Array(n);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const ex of shuffle(examples, rnd)) {
      const norm = ex.features.length ? 1 / Math.sqrt(ex.features.length) : 0;
      out.fill(0);
      for (const b of ex.features) for (let o = 0; o < n; o++) out[o] += weights[b * n + o];
      for (let o = 0; o < n; o++) {
        if (ex.targets[o] === UNKNOWN) continue;
        const p = 1 / (1 + Math.exp(-(out[o] * norm + bias[o])));
        const g = p - ex.targets[o];
        biasGrad[o] += g * g;
        bias[o] -= (RATE * g) / Math.sqrt(biasGrad[o]);
        const gw = g * norm;
        for (const b of ex.features) {
          const k = b * n + o;
          const step = gw + L2 * weights[k];
          grads[k] += step * step;
          weights[k] -= (RATE * step) / Math.sqrt(grads[k]);
        }
      }
    }
  }
  return { weights, bias };
}

function scores(model: Trained, ex: Example): Float64Array {
  const n = OUTPUTS.length;
  const out = new Float64Array(n);
  const norm = ex.features.length ? 1 / Math.sqrt(ex.features.length) : 0;
  for (const b of ex.features) for (let o = 0; o < n; o++) out[o] += model.weights[b * n + o];
  for (let o = 0; o < n; o++) out[o] = 1 / (1 + Math.exp(-(out[o] * norm + model.bias[o])));
  return out;
}

/** Per output, the threshold with the best F1 on held-out examples (never below 0.2: a guess is not a label). */
function calibrate(model: Trained, held: Example[]): number[] {
  const probs = held.map((ex) => scores(model, ex));
  return OUTPUTS.map((_, o) => {
    let best = { f1: -1, t: 0.5 };
    for (let t = 0.2; t <= 0.8001; t += 0.025) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      held.forEach((ex, i) => {
        if (ex.targets[o] === UNKNOWN) return;
        const yes = probs[i][o] >= t;
        if (yes && ex.targets[o]) tp++;
        else if (yes) fp++;
        else if (ex.targets[o]) fn++;
      });
      const f1 = (2 * tp) / (2 * tp + fp + fn || 1);
      if (f1 > best.f1) best = { f1, t };
    }
    return Math.round(best.t * 1000) / 1000;
  });
}

function quantise(model: Trained): Pick<IntentModelData, 'scales' | 'weights' | 'bias'> {
  const n = OUTPUTS.length;
  const scales = new Array<number>(n).fill(0);
  for (let k = 0; k < model.weights.length; k++) scales[k % n] = Math.max(scales[k % n], Math.abs(model.weights[k]));
  for (let o = 0; o < n; o++) scales[o] = scales[o] / 127 || 1;
  const q = new Int8Array(model.weights.length);
  for (let k = 0; k < q.length; k++) q[k] = Math.round(model.weights[k] / scales[k % n]);
  return { scales: scales.map((s) => Number(s.toPrecision(6))), bias: [...model.bias].map((b) => Number(b.toPrecision(6))), weights: Buffer.from(q.buffer).toString('base64') };
}

export function trainModel(): { data: IntentModelData; heldOutF1: Record<string, number> } {
  const { examples, digest } = readCorpus();
  const shuffled = shuffle(examples, prng(7));
  const cut = Math.floor(shuffled.length * 0.8);
  const draft = train(shuffled.slice(0, cut), 11);
  const thresholds = calibrate(draft, shuffled.slice(cut));
  const heldOutF1: Record<string, number> = {};
  let hit = 0;
  for (const ex of shuffled.slice(cut)) {
    const p = scores(draft, ex);
    let best = -1;
    let bi = INTENT_IDS.indexOf('other');
    for (let o = 0; o < INTENT_IDS.length; o++) if (INTENT_IDS[o] !== 'other' && p[o] >= thresholds[o] && p[o] / thresholds[o] > best) [best, bi] = [p[o] / thresholds[o], o];
    if (ex.targets[bi]) hit++;
  }
  heldOutF1.top1 = hit / (shuffled.length - cut);
  const final = train(examples, 13);
  return { data: { buckets: BUCKETS, outputs: OUTPUTS, thresholds, ...quantise(final), corpus: digest }, heldOutF1 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = Date.now();
  const { data, heldOutF1 } = trainModel();
  console.log('held-out', heldOutF1);
  const body = `// Generated by utils/detection/tools/train-intent-model.ts from ${CORPUS} — do not edit.\nimport type { IntentModelData } from './model';\n\nexport const INTENT_MODEL: IntentModelData = ${JSON.stringify(data)};\n`;
  writeFileSync(OUT, body);
  console.log(`intent model: ${data.outputs.length} outputs × ${data.buckets} buckets, ${(body.length / 1024).toFixed(0)} KB, trained in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
