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
    // Five 32-bit words a row, four classes each (packedRows); each word's bytes split into two words of two
    // 16-bit lanes, so a row is five loads and ten additions instead of eighteen of each.
    let e0 = 0, e1 = 0, e2 = 0, e3 = 0, e4 = 0, o0 = 0, o1 = 0, o2 = 0, o3 = 0, o4 = 0;
    for (let k = 0; k < TOKEN_ROWS; k++) {
      const r = (fmix(rows[k]) & mask) * ROW_WORDS;
      const x0 = P[r], x1 = P[r + 1], x2 = P[r + 2], x3 = P[r + 3], x4 = P[r + 4];
      e0 += x0 & EVEN; o0 += (x0 >>> 8) & EVEN;
      e1 += x1 & EVEN; o1 += (x1 >>> 8) & EVEN;
      e2 += x2 & EVEN; o2 += (x2 >>> 8) & EVEN;
      e3 += x3 & EVEN; o3 += (x3 >>> 8) & EVEN;
      e4 += x4 & EVEN; o4 += (x4 >>> 8) & EVEN;
    }
    const f = ((prev + 1) * (NUM_POS + 1) + prev2 + 1) * NUM_POS;
    const L = lanes;
    L[0] = e0; L[1] = e1; L[2] = e2; L[3] = e3; L[4] = e4;
    L[5] = o0; L[6] = o1; L[7] = o2; L[8] = o3; L[9] = o4;
    const best = bestClass(fixed, f, L);
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
/** 32-bit words a row: the eighteen classes' bytes and two of padding. */
const ROW_WORDS = 5;
if (NUM_POS > 4 * ROW_WORDS) throw new Error(`the part-of-speech tagger packs at most ${4 * ROW_WORDS} classes, tags.ts has ${NUM_POS}`);
/** Each weight is stored plus BIAS, so a byte is never negative and a lane never borrows from its neighbour. */
const BIAS = 128;
/** The bytes 0 and 2 of a word, each as a 16-bit lane (bytes 1 and 3 after a shift by 8). */
const EVEN = 0x00ff00ff;
const LANE = 0xffff;
/** What the biases of TOKEN_ROWS rows add to each lane, taken off again when the lanes are read. */
const ROWS_BIAS = TOKEN_ROWS * BIAS;

/** One token's packed sums: e0 … e4 (bytes 0 and 2 of each row word), then o0 … o4 (bytes 1 and 3). */
const lanes = new Int32Array(2 * ROW_WORDS);

/**
 * The first class with the highest sum (fixed sums at f plus the lanes of the packed sums), in class order, as one
 * scan over plain sums picks it. Class 4j + b is byte b of row word j: bytes 0 and 2 in the low and high lane of
 * e_j, bytes 1 and 3 in those of o_j.
 */
function bestClass(fixed: Int32Array, f: number, sums: Int32Array): number {
  let best = 0;
  let arg = -1;
  for (let c = 0; c < NUM_POS; c++) {
    const word = sums[(c & 1) * ROW_WORDS + (c >> 2)];
    const v = fixed[f + c] + ((c & 2) === 0 ? word & LANE : word >>> 16) - ROWS_BIAS;
    if (arg < 0 || v > best) {
      best = v;
      arg = c;
    }
  }
  return arg;
}

/**
 * The int8 weights plus BIAS as bytes, class 4j + b in byte b (bits 8b up) of a row's word j, ROW_WORDS words a row
 * (the eighteen classes, then zeros): a token's thirteen rows add up lane by lane in plain integer additions, exactly (a 16-bit lane holds at
 * most 13 × 255 = 3315). Bytes rather than the int8 table's 18 a row keep the table small (320 KB): the rows are read
 * at random, and the first read of each waits on memory.
 */
const packedByModel = new WeakMap<PosModel, Int32Array>();

function packedRows(model: PosModel): Int32Array {
  let table = packedByModel.get(model);
  if (table) return table;
  const W = model.weights;
  const buckets = W.length / NUM_POS;
  table = new Int32Array(buckets * ROW_WORDS);
  for (let b = 0; b < buckets; b++) {
    for (let c = 0; c < NUM_POS; c++) {
      const word = b * ROW_WORDS + (c >> 2);
      table[word] |= (W[b * NUM_POS + c] + BIAS) << (8 * (c & 3));
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
