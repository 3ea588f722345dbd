/**
 * Trains the intent/tone model from intent-training-inputs.ts (the team's corpus and the core pack; never
 * ../shared/eval): one-vs-rest logistic regression with AdaGrad over hashed features, thresholds calibrated
 * on a held-out fifth, then the final weights on everything, quantised to int8. Deterministic (seeded).
 * Writes utils/detection/intent-model/weights.ts. Run: npm run train (not part of the build: too slow for
 * CI; tests/unit/detection/model-staleness.test.ts fails when the weights are older than their inputs).
 */
import { writeFileSync } from 'node:fs';
import { INTENT_IDS } from '@/knowledge/intents';
import { featureBuckets } from '../intent-model/features';
import { addKnown, KNOWN_BITS, phraseKey, vocabulary } from '../intent-model/known';
import type { IntentModelData } from '../intent-model/model';
import { CORPUS_DIR, OUTPUTS, readTrainingInputs, SETTINGS, TONES, type TrainingRow } from './intent-training-inputs';

const OUT = 'utils/detection/intent-model/weights.ts';
const { buckets: BUCKETS, epochs: EPOCHS, rate: RATE, l2: L2 } = SETTINGS;
const [SPLIT_SEED, DRAFT_SEED, FINAL_SEED] = SETTINGS.seeds;

/** Target value for "not labelled": a lexicon phrase says nothing about tone. */
const UNKNOWN = 255;

interface Example {
  text: string;
  targets: Uint8Array;
  features: Uint32Array;
}

/** The Bloom filter of what the model saw: every word, and every pack phrase and example with its intent. */
function knownFilter(rows: TrainingRow[]): string {
  const filter = new Uint8Array(KNOWN_BITS / 8);
  for (const row of rows) {
    for (const keys of vocabulary(row.text)) for (const k of keys) addKnown(filter, k);
    if (!row.tone) addKnown(filter, phraseKey(row.intents[0], row.text));
  }
  return Buffer.from(filter).toString('base64');
}

function toExamples(): { examples: Example[]; digest: string; known: string } {
  const { rows, digest } = readTrainingInputs();
  const examples = rows.map((row) => {
    const targets = new Uint8Array(OUTPUTS.length);
    for (const id of row.intents) targets[OUTPUTS.indexOf(id)] = 1;
    for (const tone of TONES) targets[OUTPUTS.indexOf(tone)] = row.tone ? 0 : UNKNOWN;
    if (row.tone) {
      targets[OUTPUTS.indexOf('negative')] = row.tone.sentiment === 'negative' ? 1 : 0;
      targets[OUTPUTS.indexOf('positive')] = row.tone.sentiment === 'positive' ? 1 : 0;
      targets[OUTPUTS.indexOf('angry')] = row.tone.angry ? 1 : 0;
    }
    return { text: row.text, targets, features: featureBuckets(row.text, BUCKETS) };
  });
  return { examples, digest, known: knownFilter(rows) };
}

function prng(seed: number) {
  return () => (seed = (Math.imul(seed ^ (seed >>> 15), 1 | seed) + 0x6d2b79f5) >>> 0) / 2 ** 32;
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
  // The shipped weights are the mean of the second half's epoch-end snapshots: a single run's last state
  // swings with the order of the last examples, and those swings showed as ±10 points on real text.
  const avgWeights = new Float32Array(BUCKETS * n);
  const avgBias = new Float64Array(n);
  let snapshots = 0;
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
    if (epoch >= EPOCHS / 2) {
      snapshots++;
      for (let k = 0; k < weights.length; k++) avgWeights[k] += weights[k];
      for (let o = 0; o < n; o++) avgBias[o] += bias[o];
    }
  }
  for (let k = 0; k < avgWeights.length; k++) avgWeights[k] /= snapshots;
  for (let o = 0; o < n; o++) avgBias[o] /= snapshots;
  return { weights: avgWeights, bias: avgBias };
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
  const { examples, digest, known } = toExamples();
  const shuffled = shuffle(examples, prng(SPLIT_SEED));
  const cut = Math.floor(shuffled.length * (1 - SETTINGS.heldOut));
  const draft = train(shuffled.slice(0, cut), DRAFT_SEED);
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
  const final = train(examples, FINAL_SEED);
  return { data: { buckets: BUCKETS, outputs: [...OUTPUTS], thresholds, ...quantise(final), known, corpus: digest }, heldOutF1 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = Date.now();
  const { data, heldOutF1 } = trainModel();
  console.log('held-out', heldOutF1);
  const body = `// Generated by utils/detection/tools/train-intent-model.ts from ${CORPUS_DIR} — do not edit (npm run train).\nimport type { IntentModelData } from './model';\n\nexport const INTENT_MODEL: IntentModelData = ${JSON.stringify(data)};\n`;
  writeFileSync(OUT, body);
  console.log(`intent model: ${data.outputs.length} outputs × ${data.buckets} buckets, ${(body.length / 1024).toFixed(0)} KB, trained in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
