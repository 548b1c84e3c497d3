/**
 * Averaged structured perceptron over the hashed features of src/analysis/entities/features.ts,
 * with Viterbi decoding and partial labels (corpora without MISC only constrain PER/ORG/LOC).
 */
import { MAX_FEATURES, NUM_TAGS, TAG_INDEX, documentContext, extractFeatures, hashTokens, type GazetteerLookup } from "../../src/analysis/entities/features";
import { viterbi } from "../../src/analysis/entities/tagger";
import type { Sentence } from "./corpus";
import { rng } from "../lib/rng";

export interface TrainSentence {
  n: number;
  /** Row offsets, n × MAX_FEATURES, `counts[i]` used per token. */
  feats: Int32Array;
  counts: Uint8Array;
  gold: Uint8Array;
  /** Per-token allowed tag bit sets when the corpus only partly labels (no MISC); null when fully labelled. */
  allowed: Uint16Array | null;
  /** Per token, how many of its features (the last ones) come from the rest of the document. */
  docCounts: Uint8Array;
}

const O = TAG_INDEX["O"];
/** Share of tokens whose document features a training step hides (models trained with --doc). */
const DOC_DROPOUT = 0.3;
const B_MISC = TAG_INDEX["B-MISC"];
const I_MISC = TAG_INDEX["I-MISC"];

export function prepare(sentences: Sentence[], gaz: GazetteerLookup, mask: number, partialMisc: boolean, documentFeatures = false): TrainSentence[] {
  const out: TrainSentence[] = [];
  // The corpus in order is the document: each sentence sees its neighbours within DOC_WINDOW, as an article does.
  const doc = documentFeatures ? documentContext(sentences.map((s) => s.words)) : null;
  for (const [si, s] of sentences.entries()) {
    const n = s.words.length;
    const feats = new Int32Array(n * MAX_FEATURES);
    const counts = new Uint8Array(n);
    extractFeatures(s.words, hashTokens(s.words, gaz), mask, feats, counts, doc?.[si]);
    // Store compactly: most tokens use far fewer than MAX_FEATURES slots.
    let total = 0;
    for (let i = 0; i < n; i++) total += counts[i];
    const packed = new Int32Array(total);
    const packedCounts = new Uint8Array(n);
    let p = 0;
    for (let i = 0; i < n; i++) {
      packed.set(feats.subarray(i * MAX_FEATURES, i * MAX_FEATURES + counts[i]), p);
      p += counts[i];
      packedCounts[i] = counts[i];
    }
    const gold = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const t = TAG_INDEX[s.tags[i]];
      if (t === undefined) throw new Error(`unknown tag ${s.tags[i]}`);
      gold[i] = t;
    }
    let allowed: Uint16Array | null = null;
    if (partialMisc) {
      allowed = new Uint16Array(n);
      for (let i = 0; i < n; i++) allowed[i] = gold[i] === O ? (1 << O) | (1 << B_MISC) | (1 << I_MISC) : 1 << gold[i];
    }
    out.push({ n, feats: packed, counts: packedCounts, gold, allowed, docCounts: doc ? doc[si].counts : new Uint8Array(n) });
  }
  return out;
}

export interface TrainedWeights {
  weights: Float32Array;
  transitions: Float64Array;
}


export function train(
  data: TrainSentence[],
  hashBits: number,
  epochs: number,
  wordDropout: number,
  onEpoch?: (epoch: number, snapshot: () => TrainedWeights) => void,
): TrainedWeights {
  const T = NUM_TAGS;
  const size = (1 << hashBits) * T;
  const W = new Float32Array(size);
  const U = new Float64Array(size);
  const tr = new Float64Array((T + 1) * T);
  const trU = new Float64Array((T + 1) * T);
  let c = 1;
  let maxN = 0;
  for (const s of data) maxN = Math.max(maxN, s.n);
  const emit = new Float64Array(maxN * T);
  const score = new Float64Array(maxN * T);
  const back = new Int8Array(maxN * T);
  const pred = new Uint8Array(maxN);
  const goldBuf = new Uint8Array(maxN);
  const drop = new Uint8Array(maxN);
  const docEnd = new Int32Array(maxN);
  const order = data.map((_, i) => i);
  const random = rng(20240611);
  const offsets = data.map((s) => {
    const o = new Int32Array(s.n + 1);
    for (let i = 0; i < s.n; i++) o[i + 1] = o[i] + s.counts[i];
    return o;
  });

  const snapshot = (): TrainedWeights => {
    const w = new Float32Array(size);
    for (let k = 0; k < size; k++) w[k] = W[k] - U[k] / c;
    const t = new Float64Array(tr.length);
    for (let k = 0; k < tr.length; k++) t[k] = tr[k] - trU[k] / c;
    return { weights: w, transitions: t };
  };

  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j], order[k]];
    }
    for (const si of order) {
      const s = data[si];
      const off = offsets[si];
      const n = s.n;
      // Word dropout: now and then hide a token's identity (features 1 and 2: the word and its lower case)
      // so the model also learns names it has never seen from shape, affixes and context.
      for (let i = 0; i < n; i++) drop[i] = random() < wordDropout ? 1 : 0;
      // Document dropout: now and then hide what the rest of the document says, so the model keeps learning from
      // the sentence itself and does not lean on the other uses of a word alone.
      for (let i = 0; i < n; i++) docEnd[i] = off[i + 1] - (s.docCounts[i] && random() < DOC_DROPOUT ? s.docCounts[i] : 0);
      for (let i = 0; i < n; i++) {
        const e = i * T;
        for (let t = 0; t < T; t++) emit[e + t] = 0;
        for (let k = off[i]; k < docEnd[i]; k++) {
          if (drop[i] && (k === off[i] + 1 || k === off[i] + 2)) continue;
          const r = s.feats[k];
          for (let t = 0; t < T; t++) emit[e + t] += W[r + t];
        }
      }
      viterbi(emit, n, tr, score, back, pred);
      let gold: Uint8Array = s.gold;
      if (s.allowed) {
        viterbi(emit, n, tr, score, back, goldBuf, s.allowed);
        gold = goldBuf;
      }
      let prevG: number = T;
      let prevP: number = T;
      for (let i = 0; i < n; i++) {
        const g = gold[i];
        const p = pred[i];
        if (g !== p) {
          for (let k = off[i]; k < docEnd[i]; k++) {
            if (drop[i] && (k === off[i] + 1 || k === off[i] + 2)) continue;
            const r = s.feats[k];
            W[r + g] += 1;
            U[r + g] += c;
            W[r + p] -= 1;
            U[r + p] -= c;
          }
        }
        if (g !== p || prevG !== prevP) {
          const a = prevG * T + g;
          const b = prevP * T + p;
          tr[a] += 1;
          trU[a] += c;
          tr[b] -= 1;
          trU[b] -= c;
        }
        prevG = g;
        prevP = p;
      }
      c++;
    }
    onEpoch?.(epoch, snapshot);
  }
  return snapshot();
}
