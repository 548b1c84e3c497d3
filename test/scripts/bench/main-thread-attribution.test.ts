/** The main-thread bench's reading of a page's gaps: ours, the page's own (the no-work control), or neither. */
import { describe, expect, it } from "vitest";
import { attributeGaps, attributionLines, ourGapLines, verdictOf, type MainThreadPage } from "../../../scripts/bench/mainThread";

function page(worstMs: number, controlRuns: number[], byUsRuns = 0): MainThreadPage {
  const sorted = [...controlRuns].sort((a, b) => a - b);
  return {
    name: "p",
    elements: 1000,
    worstMs,
    runs: [worstMs, worstMs, worstMs],
    idleMs: 0,
    longTaskMs: null,
    oursMs: 10,
    oursKind: "read",
    oursRuns: [],
    gapsRuns: [null, null, null].map((_, i) => ({ over: worstMs > 50 ? 1 : 0, withOurs: i < byUsRuns ? 1 : 0, byUs: i < byUsRuns ? 1 : 0, oursInWorstMs: i < byUsRuns ? 30 : 0 })),
    byUsRuns,
    controlRuns,
    controlMs: sorted.length ? sorted[sorted.length >> 1] : Number.NaN,
  };
}

describe("the main-thread bench's attribution", () => {
  it("counts our work in a gap, and calls the gap ours when the rest of it is 50 ms or under", () => {
    // A 70 ms gap (the timer's 10 ms tick after it included) with 25 ms of our work in it: 35 ms without us.
    expect(attributeGaps([[100, 180]], [90, 20, 130, 15])).toEqual({ over: 1, withOurs: 1, byUs: 1, oursInWorstMs: 25 });
    // A 100 ms gap with 5 ms of ours is not ours.
    expect(attributeGaps([[100, 210]], [150, 5])).toEqual({ over: 1, withOurs: 1, byUs: 0, oursInWorstMs: 5 });
  });

  it("names our work inside each gap by kind, and keeps the gaps with none of ours", () => {
    // Gaps [100, 180] (70 ms) and [300, 400] (90 ms); our stretches: a copy and a paint in the first, one outside both.
    const got = attributeGaps([[100, 180], [300, 400]], [90, 20, 130, 15, 500, 30], ["read:copy", "paint", "highlight"]);
    expect(got).toMatchObject({ over: 2, withOurs: 1, byUs: 1 });
    expect(got.gaps).toEqual([
      { ms: 70, ours: { "read:copy": 10, paint: 15 } },
      { ms: 90, ours: {} },
    ]);
    // A build that does not name its stretches gives no per-gap split.
    expect(attributeGaps([[100, 180]], [90, 20]).gaps).toBeUndefined();
  });

  it("prints the gaps with our script apart from those without any of ours", () => {
    const withGaps = (name: string, worstMs: number, runs: ReturnType<typeof attributeGaps>[]): MainThreadPage => ({ ...page(worstMs, [20]), name, gapsRuns: runs });
    const ours = attributeGaps([[100, 180]], [130, 25], ["read:copy"]);
    const theirs = attributeGaps([[300, 400]], [500, 30], ["paint"]);
    const none = attributeGaps([], [], []);
    const lines = ourGapLines({
      available: true,
      browsers: [{ browser: "Chromium", pages: [withGaps("a", 70, [ours, ours, theirs]), withGaps("b", 90, [theirs, theirs, none]), withGaps("c", 30, [none, none, none])] }],
    });
    expect(lines[1]).toContain("5 gaps over 50 ms in 3 runs of 3 pages: 2 with our script's work inside (2 of them taken over 50 ms by it), 3 with none of ours");
    expect(lines[1]).toContain("1 of 3 with a gap over 50 ms holding our work; 1 with gaps over 50 ms but none of ours");
    expect(lines[2]).toBe("    a, run 1: gap 70 ms, ours 25 ms (read:copy 25)");
  });

  it("reads each page against its control", () => {
    expect(verdictOf(page(40, [60, 70, 80]))).toBe("under 50 ms");
    expect(verdictOf(page(80, [20, 30, 40], 2))).toBe("ours");
    expect(verdictOf(page(80, [60, 70, 30]))).toBe("also without us");
    expect(verdictOf(page(80, [20, 70, 30]))).toBe("not in our work");
  });

  it("prints the raw count beside the control and the attribution", () => {
    const lines = attributionLines({ available: true, browsers: [{ browser: "Firefox", pages: [page(40, [20]), page(80, [60, 70, 90]), page(90, [10, 20, 30], 3)] }] });
    expect(lines[1]).toContain("raw 2 of 3 pages with a gap over 50 ms");
    expect(lines[1]).toContain("without us (no-work popup): 1 of 3");
    expect(lines[1]).toContain("put down to our work: 1 of 3");
    expect(lines[1]).toContain("over 50 ms also without us: 1");
  });
});
