/**
 * The part-of-speech tagger: a greedy left-to-right linear model over hashed features (an averaged
 * perceptron, trained by scripts/train-pos.ts on open and newswire treebanks). Words of one sentence in,
 * one class of tags.ts per word out.
 */
import { decodeSparseRows } from "../weights/sparseRows";
import { fmix } from "../weights/hash";
import { hashWords, mix, MIX_KEYS, NONE, POS_FEATURE_VERSION, POS_FEATURES, tokenFeatures } from "./features";
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
  const K = MIX_KEYS;
  let prev = -1;
  let prev2 = -1;
  // The features of tokenFeatures (features.ts), added the same way scoreToken adds them: the bias and the two
  // features of the tags to the left come summed from `fixed`; sums of int8 weights are exact, so the class
  // chosen is the one scoreToken's float sums choose.
  for (let i = 0; i < n; i++) {
    const lower = h.lower[i];
    // What mix() hashes for each feature, then fmix and the row offset in one loop (one inlined copy of fmix).
    tokenRows[0] = K[1] ^ lower;
    tokenRows[1] = K[2] ^ h.suffix3[i];
    tokenRows[2] = K[3] ^ h.suffix2[i];
    tokenRows[3] = K[4] ^ h.prefix1[i];
    tokenRows[4] = K[5] ^ (h.shape[i] ^ (i === 0 ? 1 : 0));
    tokenRows[5] = K[8] ^ fmix(lower ^ (prev + 2));
    tokenRows[6] = K[9] ^ (i >= 1 ? h.lower[i - 1] : NONE);
    tokenRows[7] = K[10] ^ (i >= 1 ? h.suffix3[i - 1] : NONE);
    tokenRows[8] = K[11] ^ (i + 1 < n ? h.lower[i + 1] : NONE);
    tokenRows[9] = K[12] ^ (i + 1 < n ? h.suffix3[i + 1] : NONE);
    tokenRows[10] = K[13] ^ (i >= 2 ? h.lower[i - 2] : NONE);
    tokenRows[11] = K[14] ^ (i + 2 < n ? h.lower[i + 2] : NONE);
    tokenRows[12] = K[15] ^ fmix(h.shape[i] ^ (i + 1 < n ? h.shape[i + 1] : NONE));
    for (let k = 0; k < tokenRows.length; k++) tokenRows[k] = (fmix(tokenRows[k]) & mask) * NUM_POS;
    const base = ((prev + 1) * (NUM_POS + 1) + prev2 + 1) * NUM_POS;
    // The first class with the highest sum, as one scan over all of them would pick it: each half's first
    // best, the second half's only when strictly higher.
    const low = sumRows(W, tokenRows, fixed, base, 0, acc);
    const high = sumRows(W, tokenRows, fixed, base, HALF, acc);
    const best = acc[high] > acc[low] ? high : low;
    out[i] = best;
    prev2 = prev;
    prev = best;
  }
  return out;
}

const sums = new Int32Array(NUM_POS);
let scratch = hashWords(new Array<string>(64).fill(""));

/** Row offsets of one token's features besides the fixed ones (13 of them), reused token after token. */
const tokenRows = new Int32Array(13);
/** The classes are summed in two halves of nine, each half's sums in locals (registers) over all rows. */
const HALF = 9;
if (NUM_POS !== 2 * HALF) throw new Error(`the part-of-speech tagger sums ${2 * HALF} classes, tags.ts has ${NUM_POS}`);

/**
 * acc[from … from+8] = the fixed sums at `base` plus every row's weights for those nine classes (integer sums, so
 * the order of the additions changes nothing); returns the first of the nine with the highest sum.
 */
function sumRows(W: Int8Array, rows: Int32Array, fixed: Int32Array, base: number, from: number, acc: Int32Array): number {
  const f = base + from;
  let a0 = fixed[f], a1 = fixed[f + 1], a2 = fixed[f + 2], a3 = fixed[f + 3], a4 = fixed[f + 4];
  let a5 = fixed[f + 5], a6 = fixed[f + 6], a7 = fixed[f + 7], a8 = fixed[f + 8];
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k] + from;
    a0 += W[r]; a1 += W[r + 1]; a2 += W[r + 2]; a3 += W[r + 3]; a4 += W[r + 4];
    a5 += W[r + 5]; a6 += W[r + 6]; a7 += W[r + 7]; a8 += W[r + 8];
  }
  acc[from] = a0; acc[from + 1] = a1; acc[from + 2] = a2; acc[from + 3] = a3; acc[from + 4] = a4;
  acc[from + 5] = a5; acc[from + 6] = a6; acc[from + 7] = a7; acc[from + 8] = a8;
  let best = a0;
  let arg = 0;
  if (a1 > best) { best = a1; arg = 1; }
  if (a2 > best) { best = a2; arg = 2; }
  if (a3 > best) { best = a3; arg = 3; }
  if (a4 > best) { best = a4; arg = 4; }
  if (a5 > best) { best = a5; arg = 5; }
  if (a6 > best) { best = a6; arg = 6; }
  if (a7 > best) { best = a7; arg = 7; }
  if (a8 > best) arg = 8;
  return from + arg;
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
