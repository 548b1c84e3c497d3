import { describe, expect, it } from "vitest";
import { describeFilter, matchesFilter, parseFilter, sameFilter, type SourcingFilter } from "../../../src/shared/profile";
import { sampleAnalysis } from "../sample-analysis";

const quotes = sampleAnalysis().quotes;
const kept = (filter: SourcingFilter | null) => quotes.filter((q) => matchesFilter(q, filter)).map((q) => q.text.split(" ").slice(0, 3).join(" "));

describe("sourcing filters", () => {
  it("keeps only the quotes of one kind of source", () => {
    expect(kept({ by: "type", type: "anonymous" })).toEqual(["the project could"]);
    expect(kept({ by: "type", type: "organization" })).toEqual(["catches in the"]);
    expect(kept({ by: "type", type: "unattributed" })).toEqual(["France would watch"]);
    expect(kept({ by: "type", type: "person" })).toHaveLength(4);
  });

  it("keeps direct or reported speech, or one voice", () => {
    expect(kept({ by: "form", form: "direct" })).toEqual(["We cannot keep", "will be closed", "It is a"]);
    expect(kept({ by: "form", form: "indirect" })).toHaveLength(4);
    expect(kept({ by: "voice", key: "entity:e2", name: "Tomas Reyes" })).toEqual(["will be closed", "It is a"]);
  });

  it("keeps everything without a filter", () => {
    expect(kept(null)).toHaveLength(quotes.length);
  });

  it("compares and names filters", () => {
    expect(sameFilter({ by: "type", type: "anonymous" }, { by: "type", type: "anonymous" })).toBe(true);
    expect(sameFilter({ by: "type", type: "anonymous" }, { by: "form", form: "direct" })).toBe(false);
    expect(sameFilter(null, null)).toBe(true);
    expect(describeFilter({ by: "form", form: "indirect" })).toBe("Reported speech");
    expect(describeFilter({ by: "voice", key: "x", name: "Tomas Reyes" })).toBe("Tomas Reyes");
  });

  it("accepts only well-formed filters from a message", () => {
    expect(parseFilter({ by: "type", type: "anonymous" })).toEqual({ by: "type", type: "anonymous" });
    expect(parseFilter({ by: "type", type: "aliens" })).toBeNull();
    expect(parseFilter({ by: "voice", key: 3 })).toBeNull();
    expect(parseFilter("anonymous")).toBeNull();
    expect(parseFilter(undefined)).toBeNull();
  });
});
