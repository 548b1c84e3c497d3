import { describe, expect, it } from "vitest";
import { flagEmoji } from "../../src/shared/flags";
import { attribution, groupQuotesBySpeaker } from "../../src/shared/speakers";
import { sampleAnalysis } from "./sample-analysis";

describe("grouping quotes by speaker", () => {
  const groups = groupQuotesBySpeaker(sampleAnalysis().quotes);

  it("puts each speaker's quotes together, most quoted first, unknown last", () => {
    expect(groups.map((g) => [g.label, g.quotes.length])).toEqual([
      ["Ingrid Halvorsen", 2],
      ["Tomas Reyes", 2],
      ["Two officials at the Ministry of Transport", 1],
      ["Fishermen's Cooperative", 1],
      ["Unknown speaker", 1],
    ]);
  });

  it("carries the role and the speaker type", () => {
    expect(groups[0].role).toBe("Mayor");
    expect(groups[2].type).toBe("anonymous");
    expect(groups[3].type).toBe("organization");
    expect(groups[4].type).toBe("unknown");
  });

  it("keeps each group's quotes in article order", () => {
    for (const g of groups) expect(g.quotes.map((q) => q.start)).toEqual([...g.quotes.map((q) => q.start)].sort((a, b) => a - b));
  });
});

describe("attribution line", () => {
  it("reads like a byline under a quote", () => {
    const [first] = sampleAnalysis().quotes;
    expect(attribution(first)).toBe("— Ingrid Halvorsen, Mayor (said)");
    expect(attribution({ ...first, cue: "", speaker: { ...first.speaker, role: "" } })).toBe("— Ingrid Halvorsen");
  });
});

describe("flags", () => {
  it("builds the flag from the ISO code", () => {
    expect(flagEmoji("CA")).toBe("🇨🇦");
    expect(flagEmoji("gb")).toBe("🇬🇧");
    expect(flagEmoji("")).toBe("");
    expect(flagEmoji("CAN")).toBe("");
    expect(flagEmoji(undefined)).toBe("");
  });
});
