/**
 * The entity tagger: a hashed-feature linear model with first-order transitions, decoded by Viterbi
 * (an averaged structured perceptron, trained by scripts/train-ner.ts). One sentence of words in,
 * IOB2 tags (PER/ORG/LOC/MISC) out.
 */
import {
  GAZ,
  FEATURE_VERSION,
  MAX_FEATURES,
  NUM_TAGS,
  TAGS,
  documentContext,
  extractFeatures,
  hashTokens,
  lowerHash,
  type DocFeatures,
  type GazetteerLookup,
} from "./features";
import { NER_MODEL } from "./model/ner-model";
import { decodeSparseRows } from "../weights/sparseRows";

/** The serialized model as committed in model/ner-model.ts. */
export interface SerializedModel {
  featureVersion: number;
  hashBits: number;
  /** Multiply a quantized weight by this to get the trained weight. */
  scale: number;
  /** (NUM_TAGS + 1) × NUM_TAGS transition weights; the last row is the sentence start. */
  transitions: number[];
  /** Gazetteer words (lower case, newline-separated) per gazetteer bit. */
  gazetteer: Record<string, string>;
  /** Base64 of the sparse rows: varint bucket delta, then NUM_TAGS signed bytes. */
  weights: string;
  /** What the model was trained on (shown by the CLI and the README). */
  trainedOn: string;
  /** True when trained with document features (features.ts documentContext); absent means false. */
  documentFeatures?: boolean;
}

export interface NerModel {
  hashBits: number;
  mask: number;
  /** Dense quantized weights: bucket × NUM_TAGS. */
  weights: Int8Array;
  /**
   * Which rows hold a weight, one bit per 8 bytes of `weights` (a row of nine starts in at most one of them):
   * bit `offset >>> 3` is set when the row at `offset` is not all zeros. Tagging skips the others.
   */
  rowsInUse: Int32Array;
  scale: number;
  transitions: Float64Array;
  gazetteer: Map<number, number>;
  gazetteerLookup: GazetteerLookup;
  trainedOn: string;
  /** Whether tagging reads a word's other uses in the document (features.ts documentContext). */
  documentFeatures: boolean;
}

const NEG = -1e30;

/** Transitions IOB2 forbids (I-X after anything but B-X / I-X), applied at decoding time. */
export function allowedTransition(prev: number, cur: number): boolean {
  const c = TAGS[cur];
  if (c[0] !== "I") return true;
  if (prev < 0) return false;
  const p = TAGS[prev];
  return p !== "O" && p.slice(2) === c.slice(2);
}

export function buildGazetteer(lists: Record<string, string>): Map<number, number> {
  const gaz = new Map<number, number>();
  for (const [bit, list] of Object.entries(lists)) {
    const b = Number(bit);
    for (const w of list.split("\n")) {
      if (!w) continue;
      const h = lowerHash(w);
      gaz.set(h, (gaz.get(h) ?? 0) | b);
    }
  }
  return gaz;
}


/**
 * The gazetteer as an open-addressed table of typed arrays: tagging looks up every token, and a Map keyed by
 * unsigned 32-bit hashes (most beyond the small-integer range) is slower to probe. Same answers as the Map.
 */
function gazetteerTable(gaz: Map<number, number>): GazetteerLookup {
  let size = 1024;
  while (size < gaz.size * 3) size <<= 1;
  const mask = size - 1;
  const keys = new Uint32Array(size);
  const vals = new Uint16Array(size);
  const used = new Uint8Array(size);
  for (const [k, v] of gaz) {
    let i = Math.imul(k, 0x9e3779b1) >>> 0 & mask;
    while (used[i]) i = (i + 1) & mask;
    used[i] = 1;
    keys[i] = k;
    vals[i] = v;
  }
  return (h: number): number => {
    const k = h >>> 0;
    let i = Math.imul(k, 0x9e3779b1) >>> 0 & mask;
    while (used[i]) {
      if (keys[i] === k) return vals[i];
      i = (i + 1) & mask;
    }
    return 0;
  };
}

export function deserializeModel(m: SerializedModel): NerModel {
  if (m.featureVersion !== FEATURE_VERSION) {
    throw new Error(
      `entity model was trained with feature version ${m.featureVersion}, the code expects ${FEATURE_VERSION}: run npm run train:ner`,
    );
  }
  const buckets = 1 << m.hashBits;
  const weights = decodeSparseRows(m.weights, buckets, NUM_TAGS);
  const gazetteer = buildGazetteer(m.gazetteer);
  return {
    hashBits: m.hashBits,
    mask: buckets - 1,
    weights,
    rowsInUse: rowsInUse(weights),
    scale: m.scale,
    transitions: Float64Array.from(m.transitions),
    gazetteer,
    gazetteerLookup: gazetteerTable(gazetteer),
    trainedOn: m.trainedOn,
    documentFeatures: m.documentFeatures === true,
  };
}

/**
 * The bit set of NerModel.rowsInUse. About a tenth of the features of news text fall in a bucket no training
 * feature filled (a word never seen, a rare pair), and those are the reads that miss the processor's cache:
 * most of the table is empty, while the rows in use by common features stay cached. A bit set of 74 KB answers
 * first. Skipping a zero row changes no score (the weights are whole numbers until scaled).
 */
export function rowsInUse(weights: Int8Array): Int32Array {
  const bits = new Int32Array(((weights.length >>> 3) >>> 5) + 1);
  // Four bytes at a time: most of the table is zero.
  const words = new Int32Array(weights.buffer, weights.byteOffset, weights.length >>> 2);
  for (let w = 0; w < words.length; w++) {
    if (words[w] === 0) continue;
    for (let byte = w << 2; byte < (w << 2) + 4; byte++) {
      if (weights[byte] === 0) continue;
      const row = byte - (byte % NUM_TAGS);
      bits[row >>> 8] |= 1 << ((row >>> 3) & 31);
    }
  }
  for (let byte = words.length << 2; byte < weights.length; byte++) {
    if (weights[byte] === 0) continue;
    const row = byte - (byte % NUM_TAGS);
    bits[row >>> 8] |= 1 << ((row >>> 3) & 31);
  }
  return bits;
}

let cached: NerModel | null = null;

/** The committed model, decoded once and cached. */
export function loadModel(): NerModel {
  if (!cached) cached = deserializeModel(NER_MODEL as SerializedModel);
  return cached;
}

/** Scratch buffers reused across sentences so tagging a long article does not churn the heap. */
let featBuf = new Int32Array(0);
let countBuf = new Uint8Array(0);
let emitBuf = new Float64Array(0);
let scoreBuf = new Float64Array(0);
let backBuf = new Int8Array(0);

function ensureBuffers(n: number): void {
  if (countBuf.length >= n) return;
  const cap = Math.max(n, 2 * countBuf.length, 64);
  featBuf = new Int32Array(cap * MAX_FEATURES);
  countBuf = new Uint8Array(cap);
  emitBuf = new Float64Array(cap * NUM_TAGS);
  scoreBuf = new Float64Array(cap * NUM_TAGS);
  backBuf = new Int8Array(cap * NUM_TAGS);
}

/** Each sentence's share of the document features, or nulls when the model was trained without them. */
export function documentFeaturesFor(model: NerModel, sentences: readonly (readonly string[])[]): (DocFeatures | null)[] {
  return model.documentFeatures ? documentContext(sentences) : sentences.map(() => null);
}

/**
 * Tag indices (into TAGS) for one sentence; `doc` is the sentence's share of documentFeaturesFor() over the
 * whole article (by default the sentence is its own document).
 */
export function tagIndices(model: NerModel, words: readonly string[], doc: DocFeatures | null = documentFeaturesFor(model, [words])[0]): Uint8Array {
  const n = words.length;
  const out = new Uint8Array(n);
  if (n === 0) return out;
  ensureBuffers(n);
  const hashes = hashTokens(words, model.gazetteerLookup);
  extractFeatures(words, hashes, model.mask, featBuf, countBuf, doc ?? undefined);
  const W = model.weights;
  const inUse = model.rowsInUse;
  const scale = model.scale;
  for (let i = 0; i < n; i++) {
    const base = i * MAX_FEATURES;
    const cnt = countBuf[i];
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let k = 0; k < cnt; k++) {
      const r = featBuf[base + k];
      if ((inUse[r >>> 8] & (1 << ((r >>> 3) & 31))) === 0) continue;
      s0 += W[r]; s1 += W[r + 1]; s2 += W[r + 2]; s3 += W[r + 3]; s4 += W[r + 4];
      s5 += W[r + 5]; s6 += W[r + 6]; s7 += W[r + 7]; s8 += W[r + 8];
    }
    const e = i * NUM_TAGS;
    emitBuf[e] = s0 * scale; emitBuf[e + 1] = s1 * scale; emitBuf[e + 2] = s2 * scale;
    emitBuf[e + 3] = s3 * scale; emitBuf[e + 4] = s4 * scale; emitBuf[e + 5] = s5 * scale;
    emitBuf[e + 6] = s6 * scale; emitBuf[e + 7] = s7 * scale; emitBuf[e + 8] = s8 * scale;
  }
  viterbi(emitBuf, n, model.transitions, scoreBuf, backBuf, out);
  return out;
}

/**
 * Best tag path under emission scores `emit` (n × NUM_TAGS) and transitions (start row last).
 * `allowed`, when given, restricts each position to a bit set of tags (used by training for partial labels).
 */
export function viterbi(
  emit: Float64Array,
  n: number,
  trans: Float64Array,
  score: Float64Array,
  back: Int8Array,
  out: Uint8Array,
  allowed?: Uint16Array,
): void {
  if (!allowed) {
    viterbiFree(emit, n, trans, score, out);
    return;
  }
  const T = NUM_TAGS;
  const startRow = T * T;
  for (let t = 0; t < T; t++) {
    const ok = allowedTransition(-1, t) && (!allowed || allowed[0] & (1 << t));
    score[t] = ok ? emit[t] + trans[startRow + t] : NEG;
    back[t] = -1;
  }
  for (let i = 1; i < n; i++) {
    const cur = i * T;
    const prev = cur - T;
    for (let t = 0; t < T; t++) {
      if (allowed && !(allowed[i] & (1 << t))) {
        score[cur + t] = NEG;
        back[cur + t] = 0;
        continue;
      }
      let best = NEG;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!ALLOWED[p * T + t]) continue;
        const v = score[prev + p] + trans[p * T + t];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      score[cur + t] = best + emit[cur + t];
      back[cur + t] = arg;
    }
  }
  backtrace(score, back, n, out);
}

/**
 * viterbi() without partial labels, as tagging runs it: each tag reads only the tags IOB2 lets precede it
 * (PREDECESSORS). Same path as the general loop: the forward pass keeps each tag's best score only (a max, which
 * needs no branch per candidate; O and the B- tags may follow any tag, and their nine candidates are written out
 * over the previous scores held in locals, as are the two of each I- tag), then the backtrace finds each step's
 * predecessor from the same sums in the same order with the same strict comparison, so ties go the same way.
 */
function viterbiFree(emit: Float64Array, n: number, trans: Float64Array, score: Float64Array, out: Uint8Array): void {
  const T = NUM_TAGS;
  const startRow = T * T;
  for (let t = 0; t < T; t++) score[t] = START_OK[t] ? emit[t] + trans[startRow + t] : NEG;
  for (let i = 1; i < n; i++) {
    const cur = i * T;
    const prev = cur - T;
    const q0 = score[prev], q1 = score[prev + 1], q2 = score[prev + 2], q3 = score[prev + 3], q4 = score[prev + 4];
    const q5 = score[prev + 5], q6 = score[prev + 6], q7 = score[prev + 7], q8 = score[prev + 8];
    for (let t = 0; t < T; t++) {
      let best = NEG;
      if (FOLLOWS_ANY[t]) {
        best = Math.max(
          best,
          q0 + trans[t], q1 + trans[T + t], q2 + trans[2 * T + t], q3 + trans[3 * T + t], q4 + trans[4 * T + t],
          q5 + trans[5 * T + t], q6 + trans[6 * T + t], q7 + trans[7 * T + t], q8 + trans[8 * T + t],
        );
      } else {
        const a = PRED_A[t];
        const b = PRED_B[t];
        best = Math.max(best, score[prev + a] + trans[a * T + t], score[prev + b] + trans[b * T + t]);
      }
      score[cur + t] = best + emit[cur + t];
    }
  }
  let tag = bestLastTag(score, n);
  out[n - 1] = tag;
  for (let i = n - 1; i > 0; i--) {
    const prev = (i - 1) * T;
    const preds = PREDECESSORS[tag];
    let top = NEG;
    let arg = 0;
    for (let k = 0; k < preds.length; k++) {
      const p = preds[k];
      const v = score[prev + p] + trans[p * T + tag];
      if (v > top) {
        top = v;
        arg = p;
      }
    }
    tag = arg;
    out[i - 1] = tag;
  }
}

/** The tag with the best score at the last position (the first of equals). */
function bestLastTag(score: Float64Array, n: number): number {
  let best = NEG;
  let arg = 0;
  const last = (n - 1) * NUM_TAGS;
  for (let t = 0; t < NUM_TAGS; t++) {
    if (score[last + t] > best) {
      best = score[last + t];
      arg = t;
    }
  }
  return arg;
}

/** The best last tag, then the path back to the first, into `out`. */
function backtrace(score: Float64Array, back: Int8Array, n: number, out: Uint8Array): void {
  const T = NUM_TAGS;
  let arg = bestLastTag(score, n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg];
  }
}

const START_OK = Uint8Array.from({ length: NUM_TAGS }, (_, t) => (allowedTransition(-1, t) ? 1 : 0));
const PREDECESSORS: Int32Array[] = Array.from({ length: NUM_TAGS }, (_, t) =>
  Int32Array.from(Array.from({ length: NUM_TAGS }, (_, p) => p).filter((p) => allowedTransition(p, t))),
);

/** 1 for the tags any tag may precede (O and the B- tags): viterbiFree writes their nine candidates out. */
const FOLLOWS_ANY = Uint8Array.from(PREDECESSORS, (preds) => (preds.length === NUM_TAGS ? 1 : 0));
if (NUM_TAGS !== 9) throw new Error(`viterbiFree writes out nine candidate tags, features.ts has ${NUM_TAGS}`);
/** The two tags that may precede each I- tag (its own B- and I-), in ascending order; viterbiFree writes them out. */
const PRED_A = Int32Array.from(PREDECESSORS, (preds) => preds[0]);
const PRED_B = Int32Array.from(PREDECESSORS, (preds) => preds[1]);
if (PREDECESSORS.some((preds) => preds.length !== NUM_TAGS && preds.length !== 2)) throw new Error("viterbiFree expects an I- tag to follow two tags");

const ALLOWED = (() => {
  const a = new Uint8Array(NUM_TAGS * NUM_TAGS);
  for (let p = 0; p < NUM_TAGS; p++) for (let t = 0; t < NUM_TAGS; t++) a[p * NUM_TAGS + t] = allowedTransition(p, t) ? 1 : 0;
  return a;
})();

function tagNames(idx: Uint8Array): string[] {
  const out = new Array<string>(idx.length);
  for (let i = 0; i < idx.length; i++) out[i] = TAGS[idx[i]];
  return out;
}

/** IOB2 tags (O, B-PER, I-PER, B-ORG, …, I-MISC) for one sentence of words, read as a document of its own. */
export function tagWords(model: NerModel, words: string[]): string[] {
  return tagNames(tagIndices(model, words));
}

/**
 * IOB2 tags for every sentence of a document (an article, or a corpus in order): with a model trained with
 * document features, words see their other uses; otherwise the same as tagWords sentence by sentence.
 */
export function tagSentences(model: NerModel, sentences: readonly (readonly string[])[]): string[][] {
  const doc = documentFeaturesFor(model, sentences);
  return sentences.map((words, i) => tagNames(tagIndices(model, words, doc[i])));
}

/** A word the model's gazetteer lists as a given name ("Ed", "Maria"). */
export function isGivenNameWord(w: string): boolean {
  return ((loadModel().gazetteer.get(lowerHash(w)) ?? 0) & GAZ.givenName) !== 0;
}
