/**
 * The part-of-speech tagger: a greedy left-to-right linear model over hashed features (an averaged
 * perceptron, trained by scripts/train-pos.ts on open and newswire treebanks). Words of one sentence in,
 * one class of tags.ts per word out.
 */
import { decodeSparseRows } from "../weights/sparseRows";
import { hashWords, POS_FEATURE_VERSION, POS_FEATURES, tokenFeatures } from "./features";
import { POS_MODEL } from "./model/pos-model";
import { NUM_POS } from "./tags";

/** The committed model as model/pos-model.ts holds it. */
export interface SerializedPosModel {
  featureVersion: number;
  hashBits: number;
  scale: number;
  /** Sparse int8 rows (weights/sparseRows.ts), NUM_POS per bucket. */
  weights: string;
  trainedOn: string;
}

export interface PosModel {
  mask: number;
  weights: Int8Array;
  trainedOn: string;
}

export function deserializePosModel(m: SerializedPosModel): PosModel {
  if (m.featureVersion !== POS_FEATURE_VERSION) {
    throw new Error(`part-of-speech model has feature version ${m.featureVersion}, the code expects ${POS_FEATURE_VERSION}: run npm run train:pos`);
  }
  const buckets = 1 << m.hashBits;
  return { mask: buckets - 1, weights: decodeSparseRows(m.weights, buckets, NUM_POS), trainedOn: m.trainedOn };
}

let cached: PosModel | null = null;

export function loadPosModel(): PosModel {
  if (!cached) cached = deserializePosModel(POS_MODEL as SerializedPosModel);
  return cached;
}

const feats = new Uint32Array(POS_FEATURES);
const scores = new Float64Array(NUM_POS);

/**
 * Adds the weight rows of word i's features into `into` (length NUM_POS). Shared with training, which adds
 * float weights the same way.
 */
export function scoreToken(
  weights: ArrayLike<number>,
  mask: number,
  h: ReturnType<typeof hashWords>,
  n: number,
  i: number,
  prev: number,
  prev2: number,
  into: Float64Array,
  featsOut: Uint32Array = feats,
): void {
  tokenFeatures(h, n, i, prev, prev2, featsOut);
  into.fill(0);
  for (let f = 0; f < POS_FEATURES; f++) {
    const row = (featsOut[f] & mask) * NUM_POS;
    for (let t = 0; t < NUM_POS; t++) into[t] += weights[row + t];
  }
}

function argmax(a: Float64Array): number {
  let best = 0;
  for (let t = 1; t < a.length; t++) if (a[t] > a[best]) best = t;
  return best;
}

/** One class index (tags.ts POS) per word. */
export function tagPos(words: readonly string[], model: PosModel = loadPosModel()): Uint8Array {
  const n = words.length;
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const h = hashWords(words);
  let prev = -1;
  let prev2 = -1;
  for (let i = 0; i < n; i++) {
    scoreToken(model.weights, model.mask, h, n, i, prev, prev2, scores);
    out[i] = argmax(scores);
    prev2 = prev;
    prev = out[i];
  }
  return out;
}
