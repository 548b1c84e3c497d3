import { describe, expect, it } from "vitest";
import { assignPairs, overlapCount, prf, wordTokens } from "../../../scripts/eval/score";

describe("wordTokens", () => {
  it("lower-cases and keeps only letters and digits", () => {
    expect(wordTokens("“We’ll WIN,” she said — 5G!")).toEqual(["we", "ll", "win", "she", "said", "5g"]);
  });
  it("keeps accented letters inside words", () => {
    expect(wordTokens("Māori café")).toEqual(["māori", "café"]);
  });
});

describe("overlapCount", () => {
  it("counts repeated words only as often as both sides have them", () => {
    expect(overlapCount(["the", "the", "cat"], ["the", "dog", "the", "the"])).toBe(2);
  });
});

describe("prf", () => {
  it("computes precision, recall and F1 from counts", () => {
    const r = prf({ tp: 3, fp: 1, fn: 3 });
    expect(r.precision).toBeCloseTo(0.75);
    expect(r.recall).toBeCloseTo(0.5);
    expect(r.f1).toBeCloseTo(0.6);
  });
  it("scores nothing to find and nothing found as perfect, and finding nothing as zero recall", () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 }).f1).toBe(1);
    expect(prf({ tp: 0, fp: 0, fn: 4 })).toMatchObject({ precision: 1, recall: 0, f1: 0 });
  });
});

describe("assignPairs", () => {
  it("gives each side at most one partner, best pairs first", () => {
    const scores: (number | null)[][] = [
      [0.9, 0.8],
      [0.95, null],
    ];
    const pairs = assignPairs(2, 2, (g, p) => scores[g][p]);
    expect([...pairs.entries()]).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });
  it("leaves a gold item unmatched when its only candidate is taken", () => {
    const pairs = assignPairs(2, 1, () => 1);
    expect(pairs.size).toBe(1);
  });
});
