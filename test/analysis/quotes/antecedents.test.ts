import { describe, expect, it } from "vitest";
import { ANTECEDENT_FEATURES, NUM_ANTECEDENT_FEATURES, observeAntecedents } from "../../../src/analysis/quotes/antecedents";
import { ANTECEDENT_MODEL } from "../../../src/analysis/quotes/model/antecedent-weights";
import { analyze } from "../../../src/analysis";

describe("pronoun antecedent ranking", () => {
  it("has one weight per feature, in the order the code computes them", () => {
    expect(ANTECEDENT_MODEL.features).toEqual([...ANTECEDENT_FEATURES]);
    expect(ANTECEDENT_MODEL.weights).toHaveLength(NUM_ANTECEDENT_FEATURES);
    for (const w of ANTECEDENT_MODEL.weights) expect(Number.isFinite(w)).toBe(true);
  });

  it("offers every person named nearby, nearest first, and none of the other gender", () => {
    const seen: string[][] = [];
    observeAntecedents((_at, candidates) => seen.push(candidates.map((c) => c.name)));
    try {
      analyze({ text: "Mayor Ann Lee opened the bridge. Engineer Paul Gray spoke next. Senator Ruth Obi arrived late. She said the bridge was safe." });
    } finally {
      observeAntecedents(null);
    }
    expect(seen).toEqual([["Ruth Obi", "Ann Lee"]]);
  });

  it("is silent when nobody is named", () => {
    const seen: unknown[] = [];
    observeAntecedents((_at, candidates) => seen.push(candidates));
    try {
      const a = analyze({ text: "He said the bridge was safe." });
      expect(a.quotes[0]?.speaker.type).toBe("unknown");
    } finally {
      observeAntecedents(null);
    }
    expect(seen).toEqual([[]]);
  });
});
