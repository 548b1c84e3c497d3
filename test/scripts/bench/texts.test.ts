import { describe, expect, it } from "vitest";
import { synthesize } from "../../../scripts/bench/texts";
import { wordTokens } from "../../../scripts/eval/score";

describe("synthesize", () => {
  it("repeats paragraphs until the requested word count is reached", () => {
    const text = synthesize(50, ["Alpha beta gamma.\n\nDelta epsilon."]);
    const n = wordTokens(text).length;
    expect(n).toBeGreaterThanOrEqual(50);
    expect(n).toBeLessThan(54);
    expect(text.startsWith("Alpha beta gamma.\n\nDelta epsilon.\n\nAlpha")).toBe(true);
  });
  it("falls back to invented text when there is nothing to repeat", () => {
    expect(wordTokens(synthesize(1000, [])).length).toBeGreaterThanOrEqual(1000);
  });
});
