/**
 * The learned multi-label model: one logistic output per intent and per tone signal over hashed features,
 * weights quantised to int8 (one scale per output) and shipped as base64. Decoded on first use.
 */
import { featureBuckets } from './features';
import { familiarity, isKnown, phraseKey } from './known';

export interface IntentModelData {
  buckets: number;
  /** Output names: intent ids, then tone signals (negative, positive, angry). */
  outputs: string[];
  /** Calibrated per output on a held-out part of the training corpus (best F1). */
  thresholds: number[];
  scales: number[];
  bias: number[];
  /** int8, bucket-major: weights[bucket * outputs.length + output]. */
  weights: string;
  /** Bloom filter (base64) of the training vocabulary and of the pack phrases and examples trained on (known.ts). */
  known: string;
  /** Digest of the training inputs, settings and feature code the weights came from (a test checks they are current). */
  corpus: string;
}

export interface IntentModel {
  readonly outputs: readonly string[];
  readonly thresholds: readonly number[];
  /** Probability per output for a message. */
  predict(text: string): Float64Array;
  /** Share of the message's words seen in training (0..1). */
  familiarity(text: string): number;
  /** Whether a pack phrase or example for this intent was part of the training (else: taught after it). */
  learnt(label: string, phrase: string): boolean;
}

function decodeBase64(b64: string): Uint8Array {
  if (typeof atob === 'function') {
    const bin = atob(b64);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  return Uint8Array.from(Buffer.from(b64, 'base64'));
}

export function createIntentModel(data: IntentModelData): IntentModel {
  let weights: Int8Array | null = null;
  let known: Uint8Array | null = null;
  const n = data.outputs.length;
  return {
    outputs: data.outputs,
    thresholds: data.thresholds,
    familiarity: (text) => familiarity((known ??= decodeBase64(data.known)), text),
    learnt: (label, phrase) => isKnown((known ??= decodeBase64(data.known)), phraseKey(label, phrase)),
    predict(text) {
      weights ??= new Int8Array(decodeBase64(data.weights).buffer);
      const buckets = featureBuckets(text, data.buckets);
      const acc = new Float64Array(n);
      for (const b of buckets) {
        const row = b * n;
        for (let o = 0; o < n; o++) acc[o] += weights[row + o];
      }
      // Features are L2-normalised (each present feature counts 1/sqrt(count)).
      const norm = buckets.length ? 1 / Math.sqrt(buckets.length) : 0;
      for (let o = 0; o < n; o++) acc[o] = 1 / (1 + Math.exp(-(acc[o] * data.scales[o] * norm + data.bias[o])));
      return acc;
    },
  };
}
