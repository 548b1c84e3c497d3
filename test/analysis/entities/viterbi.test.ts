import { describe, expect, it } from "vitest";
import { NUM_TAGS } from "../../../src/analysis/entities/features";
import { loadModel, viterbi } from "../../../src/analysis/entities/tagger";

/** A small deterministic generator (the test must not change from run to run). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Decodes with the tagging path (no partial labels) and with the general loop (every tag allowed everywhere). */
function bothPaths(emit: Float64Array, n: number, trans: Float64Array): [number[], number[]] {
  const score = new Float64Array(n * NUM_TAGS);
  const back = new Int8Array(n * NUM_TAGS);
  const fast = new Uint8Array(n);
  const general = new Uint8Array(n);
  viterbi(emit, n, trans, score, back, fast);
  viterbi(emit, n, trans, score, back, general, new Uint16Array(n).fill((1 << NUM_TAGS) - 1));
  return [Array.from(fast), Array.from(general)];
}

describe("Viterbi decoding", () => {
  it("finds the same path on the tagging path as the general loop, ties included", () => {
    const random = lcg(20261207);
    const model = loadModel();
    // Whole-number scores and transitions make equal sums (ties) common; the model's own transitions too.
    const integerTrans = Float64Array.from(model.transitions, () => Math.floor(random() * 5) - 2);
    for (const trans of [model.transitions, integerTrans]) {
      for (let run = 0; run < 300; run++) {
        const n = 1 + Math.floor(random() * 25);
        const emit = Float64Array.from({ length: n * NUM_TAGS }, () => (run % 2 ? Math.floor(random() * 4) : random() * 10 - 5));
        const [fast, general] = bothPaths(emit, n, trans);
        expect(fast).toEqual(general);
      }
    }
  });
});
