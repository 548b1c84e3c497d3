/**
 * The part-of-speech tagger: a greedy left-to-right linear model over hashed features (an averaged
 * perceptron, trained by scripts/train-pos.ts on open and newswire treebanks). Words of one sentence in,
 * one class of tags.ts per word out.
 */
import { decodeSparseRows } from "../weights/sparseRows";
import { fmix } from "../weights/hash";
import { hashWords, mix, NONE, POS_FEATURE_VERSION, POS_FEATURES, tokenFeatures } from "./features";
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

/** One class index (tags.ts POS) per word. */
export function tagPos(words: readonly string[], model: PosModel = loadPosModel()): Uint8Array {
  const n = words.length;
  const out = new Uint8Array(n);
  if (n === 0) return out;
  if (scratch.lower.length < n) scratch = hashWords(new Array<string>(Math.max(n, scratch.lower.length * 2)).fill(""));
  const h = hashWords(words, scratch);
  const W = model.weights;
  const mask = model.mask;
  const fixed = fixedRows(model);
  const acc = sums;
  let prev = -1;
  let prev2 = -1;
  // The features of tokenFeatures (features.ts), added the same way scoreToken adds them: the bias and the two
  // features of the tags to the left come summed from `fixed`; sums of int8 weights are exact, so the class
  // chosen is the one scoreToken's float sums choose.
  for (let i = 0; i < n; i++) {
    const base = ((prev + 1) * (NUM_POS + 1) + prev2 + 1) * NUM_POS;
    for (let t = 0; t < NUM_POS; t++) acc[t] = fixed[base + t];
    const lower = h.lower[i];
    addRow(W, acc, (mix(1, lower) & mask) * NUM_POS);
    addRow(W, acc, (mix(2, h.suffix3[i]) & mask) * NUM_POS);
    addRow(W, acc, (mix(3, h.suffix2[i]) & mask) * NUM_POS);
    addRow(W, acc, (mix(4, h.prefix1[i]) & mask) * NUM_POS);
    addRow(W, acc, (mix(5, h.shape[i] ^ (i === 0 ? 1 : 0)) & mask) * NUM_POS);
    addRow(W, acc, (mix(8, fmix(lower ^ (prev + 2))) & mask) * NUM_POS);
    addRow(W, acc, (mix(9, i >= 1 ? h.lower[i - 1] : NONE) & mask) * NUM_POS);
    addRow(W, acc, (mix(10, i >= 1 ? h.suffix3[i - 1] : NONE) & mask) * NUM_POS);
    addRow(W, acc, (mix(11, i + 1 < n ? h.lower[i + 1] : NONE) & mask) * NUM_POS);
    addRow(W, acc, (mix(12, i + 1 < n ? h.suffix3[i + 1] : NONE) & mask) * NUM_POS);
    addRow(W, acc, (mix(13, i >= 2 ? h.lower[i - 2] : NONE) & mask) * NUM_POS);
    addRow(W, acc, (mix(14, i + 2 < n ? h.lower[i + 2] : NONE) & mask) * NUM_POS);
    addRow(W, acc, (mix(15, fmix(h.shape[i] ^ (i + 1 < n ? h.shape[i + 1] : NONE))) & mask) * NUM_POS);
    let best = 0;
    for (let t = 1; t < NUM_POS; t++) if (acc[t] > acc[best]) best = t;
    out[i] = best;
    prev2 = prev;
    prev = best;
  }
  return out;
}

const sums = new Int32Array(NUM_POS);
let scratch = hashWords(new Array<string>(64).fill(""));

function addRow(W: Int8Array, acc: Int32Array, row: number): void {
  for (let t = 0; t < NUM_POS; t++) acc[t] += W[row + t];
}

/**
 * The weights of the features that depend on the tags to the left only (the bias, the previous tag, the previous
 * two), summed once per model for every pair (-1 … NUM_POS-1 each): NUM_POS sums per pair.
 */
const fixedByModel = new WeakMap<PosModel, Int32Array>();

function fixedRows(model: PosModel): Int32Array {
  let table = fixedByModel.get(model);
  if (table) return table;
  const side = NUM_POS + 1;
  table = new Int32Array(side * side * NUM_POS);
  const { weights: W, mask } = model;
  for (let prev = -1; prev < NUM_POS; prev++) {
    for (let prev2 = -1; prev2 < NUM_POS; prev2++) {
      const base = ((prev + 1) * side + prev2 + 1) * NUM_POS;
      const rows = [mix(0, 0), mix(6, prev + 2), mix(7, (prev + 2) * 64 + prev2 + 2)];
      for (const f of rows) {
        const row = (f & mask) * NUM_POS;
        for (let t = 0; t < NUM_POS; t++) table[base + t] += W[row + t];
      }
    }
  }
  fixedByModel.set(model, table);
  return table;
}
