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
  const P = packedRows(model);
  const mask = model.mask;
  const fixed = fixedRows(model);
  const K = MIX_KEYS;
  const rows = tokenRows;
  let prev = -1;
  let prev2 = -1;
  // The features of tokenFeatures (features.ts), added the same way scoreToken adds them: the bias and the two
  // features of the tags to the left come summed from `fixed`; sums of int8 weights are exact, so the class
  // chosen is the one scoreToken's float sums choose.
  for (let i = 0; i < n; i++) {
    const lower = h.lower[i];
    // What mix() hashes for each feature, then fmix and the row offset in one loop (one inlined copy of fmix).
    rows[0] = K[1] ^ lower;
    rows[1] = K[2] ^ h.suffix3[i];
    rows[2] = K[3] ^ h.suffix2[i];
    rows[3] = K[4] ^ h.prefix1[i];
    rows[4] = K[5] ^ (h.shape[i] ^ (i === 0 ? 1 : 0));
    rows[5] = K[8] ^ fmix(lower ^ (prev + 2));
    rows[6] = K[9] ^ (i >= 1 ? h.lower[i - 1] : NONE);
    rows[7] = K[10] ^ (i >= 1 ? h.suffix3[i - 1] : NONE);
    rows[8] = K[11] ^ (i + 1 < n ? h.lower[i + 1] : NONE);
    rows[9] = K[12] ^ (i + 1 < n ? h.suffix3[i + 1] : NONE);
    rows[10] = K[13] ^ (i >= 2 ? h.lower[i - 2] : NONE);
    rows[11] = K[14] ^ (i + 2 < n ? h.lower[i + 2] : NONE);
    rows[12] = K[15] ^ fmix(h.shape[i] ^ (i + 1 < n ? h.shape[i + 1] : NONE));
    // Nine packed words a row (two classes each, packedRows), so nine loads and adds a row instead of eighteen.
    let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0, a8 = 0;
    for (let k = 0; k < TOKEN_ROWS; k++) {
      const r = (fmix(rows[k]) & mask) * PAIRS;
      a0 += P[r]; a1 += P[r + 1]; a2 += P[r + 2]; a3 += P[r + 3]; a4 += P[r + 4];
      a5 += P[r + 5]; a6 += P[r + 6]; a7 += P[r + 7]; a8 += P[r + 8];
    }
    const f = ((prev + 1) * (NUM_POS + 1) + prev2 + 1) * NUM_POS;
    const best = bestClass(fixed, f, a0, a1, a2, a3, a4, a5, a6, a7, a8);
    out[i] = best;
    prev2 = prev;
    prev = best;
  }
  return out;
}

let scratch = hashWords(new Array<string>(64).fill(""));

/** Rows of one token's features besides the fixed ones, reused token after token. */
const TOKEN_ROWS = 13;
const tokenRows = new Int32Array(TOKEN_ROWS);
/** Classes per packed word, and packed words per row. */
const PAIRS = NUM_POS / 2;
if (PAIRS !== 9) throw new Error(`the part-of-speech tagger packs 18 classes in nine pairs, tags.ts has ${NUM_POS}`);
/** Each weight is stored plus BIAS, so a lane never goes negative (and never borrows from its neighbour). */
const BIAS = 128;
const LANE = 0xffff;
/** What the biases of TOKEN_ROWS rows add to each lane, taken off again when the lanes are read. */
const ROWS_BIAS = TOKEN_ROWS * BIAS;

/**
 * The first class with the highest sum (fixed sums at f plus the lanes of the packed sums), in class order, as one
 * scan over plain sums picks it.
 */
function bestClass(fixed: Int32Array, f: number, a0: number, a1: number, a2: number, a3: number, a4: number, a5: number, a6: number, a7: number, a8: number): number {
  let best = fixed[f] + (a0 & LANE) - ROWS_BIAS;
  let arg = 0;
  let v = fixed[f + 1] + (a0 >>> 16) - ROWS_BIAS;
  if (v > best) { best = v; arg = 1; }
  v = fixed[f + 2] + (a1 & LANE) - ROWS_BIAS;
  if (v > best) { best = v; arg = 2; }
  v = fixed[f + 3] + (a1 >>> 16) - ROWS_BIAS;
  if (v > best) { best = v; arg = 3; }
  v = fixed[f + 4] + (a2 & LANE) - ROWS_BIAS;
  if (v > best) { best = v; arg = 4; }
  v = fixed[f + 5] + (a2 >>> 16) - ROWS_BIAS;
  if (v > best) { best = v; arg = 5; }
  v = fixed[f + 6] + (a3 & LANE) - ROWS_BIAS;
  if (v > best) { best = v; arg = 6; }
  v = fixed[f + 7] + (a3 >>> 16) - ROWS_BIAS;
  if (v > best) { best = v; arg = 7; }
  v = fixed[f + 8] + (a4 & LANE) - ROWS_BIAS;
  if (v > best) { best = v; arg = 8; }
  v = fixed[f + 9] + (a4 >>> 16) - ROWS_BIAS;
  if (v > best) { best = v; arg = 9; }
  v = fixed[f + 10] + (a5 & LANE) - ROWS_BIAS;
  if (v > best) { best = v; arg = 10; }
  v = fixed[f + 11] + (a5 >>> 16) - ROWS_BIAS;
  if (v > best) { best = v; arg = 11; }
  v = fixed[f + 12] + (a6 & LANE) - ROWS_BIAS;
  if (v > best) { best = v; arg = 12; }
  v = fixed[f + 13] + (a6 >>> 16) - ROWS_BIAS;
  if (v > best) { best = v; arg = 13; }
  v = fixed[f + 14] + (a7 & LANE) - ROWS_BIAS;
  if (v > best) { best = v; arg = 14; }
  v = fixed[f + 15] + (a7 >>> 16) - ROWS_BIAS;
  if (v > best) { best = v; arg = 15; }
  v = fixed[f + 16] + (a8 & LANE) - ROWS_BIAS;
  if (v > best) { best = v; arg = 16; }
  v = fixed[f + 17] + (a8 >>> 16) - ROWS_BIAS;
  if (v > best) arg = 17;
  return arg;
}

/**
 * The int8 weights two classes to a 32-bit word (class 2j in the low 16 bits, 2j+1 in the high ones), each plus
 * BIAS: a token's thirteen rows then add up lane by lane in plain integer additions, nine a row instead of
 * eighteen, and exactly (a lane holds at most 13 × 255 = 3315, far from carrying into the next).
 */
const packedByModel = new WeakMap<PosModel, Int32Array>();

function packedRows(model: PosModel): Int32Array {
  let table = packedByModel.get(model);
  if (table) return table;
  const W = model.weights;
  const buckets = W.length / NUM_POS;
  table = new Int32Array(buckets * PAIRS);
  for (let b = 0; b < buckets; b++) {
    for (let j = 0; j < PAIRS; j++) {
      const w = b * NUM_POS + 2 * j;
      table[b * PAIRS + j] = (W[w] + BIAS) | ((W[w + 1] + BIAS) << 16);
    }
  }
  packedByModel.set(model, table);
  return table;
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
