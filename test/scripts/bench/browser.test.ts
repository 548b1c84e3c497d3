import { describe, expect, it } from "vitest";
import { endsOf, floorOf, pageWorkLine, spread, type PageStages, type Timeline } from "../../../scripts/bench/browser";

const timeline = (first: Record<string, number>, last: Record<string, number> = first): Timeline => ({ first, last, own: {} });

describe("the popup stage summary", () => {
  it("gives median, least and most, leaving out stages a run did not reach", () => {
    expect(spread([30, 10, 20, Number.NaN])).toEqual({ median: 20, min: 10, max: 30 });
    expect(spread([Number.NaN])).toBeUndefined();
  });

  it("counts the first highlight from its first painting and every other stage to its last slice", () => {
    const runs = [timeline({ highlighted: 300, text: 100 }, { highlighted: 900, text: 180 })];
    expect(endsOf(runs, "highlighted")).toEqual([300]);
    expect(endsOf(runs, "text")).toEqual([180]);
    expect(endsOf(runs, "analysis")).toEqual([Number.NaN]);
  });

  it("takes the floor as the median of the no-work openings", () => {
    const page: PageStages = { name: "p", words: 1, floor: [90, 70, 200], fresh: [], reopen: [], changed: [] };
    expect(floorOf(page)).toBe(90);
  });

  it("sums our work on the page by kind, the read's apart, medians over the openings", () => {
    const opened = (page: Timeline["page"]): Timeline => ({ ...timeline({}), page });
    const line = pageWorkLine([
      opened({ "read:copy": [40, 4], "read:serialize": [10, 2], paint: [20, 1] }),
      opened({ "read:copy": [60, 6], paint: [10, 1] }),
      opened({ "read:copy": [50, 5], "read:serialize": [12, 2], paint: [30, 1] }),
      timeline({}),
    ]);
    expect(line).toContain("(median of 3 openings): 70 ms in all, the read's 60 ms in 6 stretches");
    expect(line).toContain("by kind (ms / stretches): read:copy 50 ms / 5, paint 20 ms / 1, read:serialize 10 ms / 2");
    expect(pageWorkLine([timeline({})])).toBeNull();
  });
});
