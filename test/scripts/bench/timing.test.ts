import { describe, expect, it } from "vitest";
import { median, perWordGrowth, timeRuns, wordsPerSecond } from "../../../scripts/bench/timing";

describe("median", () => {
  it("takes the middle value, or the mean of the two middle values", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe("timeRuns", () => {
  it("runs the warm-up unmeasured and measures each run", () => {
    let calls = 0;
    const t = timeRuns(() => void calls++, 3, 2);
    expect(calls).toBe(5);
    expect(t.runs).toHaveLength(3);
  });
});

describe("perWordGrowth", () => {
  it("is 1 for linear growth and larger for quadratic growth", () => {
    const linear = [1e3, 1e4, 1e5, 1e6].map((w) => ({ words: w, ms: w / 100 }));
    expect(perWordGrowth(linear)).toEqual({ ratio: expect.closeTo(1), fromWords: 1e4, toWords: 1e6 });
    const quadratic = [1e3, 1e4, 1e5].map((w) => ({ words: w, ms: (w * w) / 1e6 }));
    expect(perWordGrowth(quadratic)?.ratio).toBeCloseTo(10);
    expect(perWordGrowth(quadratic.slice(0, 1))).toBeUndefined();
  });
});

describe("wordsPerSecond", () => {
  it("converts words and milliseconds to words per second", () => {
    expect(wordsPerSecond(5000, 250)).toBe(20000);
  });
});
