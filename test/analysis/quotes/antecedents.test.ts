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

/** The speaker the analysis gives the quote that contains `words`. */
function speakerOf(text: string, words: string): string | undefined {
  return analyze({ text }).quotes.find((q) => q.text.includes(words))?.speaker.name;
}

/** Which candidates of the (only) ranking carry a feature, by name. */
function withFeature(text: string, feature: (typeof ANTECEDENT_FEATURES)[number]): string[] {
  const i = ANTECEDENT_FEATURES.indexOf(feature);
  const out: string[] = [];
  observeAntecedents((_at, candidates) => out.push(...candidates.filter((c) => c.features[i] >= 1).map((c) => c.name)));
  try {
    analyze({ text });
  } finally {
    observeAntecedents(null);
  }
  return out;
}

describe("sentence structure in the ranking", () => {
  const appositive =
    "Former mayor Tom Reed, a friend of banker Paul Hart, praised Judge Mark Lane for the ruling. But he said the appeal would go ahead.";

  it("reads the main clause's subject, not a name in an appositive, after a preposition or after the verb", () => {
    expect(withFeature(appositive, "subject")).toEqual(["Tom Reed"]);
    expect(withFeature(appositive, "latest subject")).toEqual(["Tom Reed"]);
    expect(withFeature(appositive, "after preposition")).toEqual(["Paul Hart"]);
    expect(speakerOf(appositive, "appeal would go ahead")).toBe("Tom Reed");
  });

  it("starts the main clause after an opening phrase, and takes the name after a quote's verb as its subject", () => {
    const opening = "Speaking in Oslo, envoy Sam Ortiz repeated an offer made by Carl Berg. Talks should wait, he told reporters.";
    expect(withFeature(opening, "latest subject")).toEqual(["Sam Ortiz"]);
    expect(speakerOf(opening, "Talks should wait")).toBe("Sam Ortiz");
    const inverted = '"We are ready," said coach Ben Alder, who thanked Paul Voss for his help. "The team is fit," he added.';
    expect(withFeature(inverted, "subject")).toEqual(["Ben Alder"]);
  });

  it("takes a name before a title and another name as a description, not the subject", () => {
    const text = 'Senator Mary Holt spoke first. Holt aide Anna Reyes, a lawyer, then took the stage. "We are ready," she said.';
    expect(withFeature(text, "latest subject")).toEqual(["Anna Reyes"]);
  });
});

describe("a run of pronouns", () => {
  it("counts an earlier 'he' as a mention of the person it was resolved to", () => {
    const text =
      "Coach Ivo Brandt lost the final on Sunday. The club met on Monday. The board said little. " +
      "He was fined after a row with referee Uma Sandoval. On Tuesday he said, “I regret nothing.”";
    expect(withFeature(text, "same as last pronoun")).toEqual(["Ivo Brandt"]);
    expect(speakerOf(text, "I regret nothing")).toBe("Ivo Brandt");
  });

  it("ends the run when another fitting person is named after the earlier pronoun, other than after a preposition", () => {
    const text = "Mayor Tom Reed opened the bridge. He thanked the builders. Engineer Paul Gray spoke next. “It will last a century,” he said.";
    expect(withFeature(text, "same as last pronoun")).toEqual([]);
    expect(speakerOf(text, "It will last a century")).toBe("Paul Gray");
  });
});

describe("a dateline before the subject", () => {
  it("is no part of the clause: the name after the dash is the subject", () => {
    const text =
      "ROCKPORT (AP) — Attorney General Ruth Okafor is defending the review ordered by Governor Lisa Brandt of the port contracts.\n\n" +
      "She told reporters on Monday that the review was fair and would end in May.";
    expect(withFeature(text, "subject")).toContain("Ruth Okafor");
    expect(speakerOf(text, "review was fair")).toBe("Ruth Okafor");
  });
});

describe("a run of pronouns with possessives in it", () => {
  it("keeps an earlier 'his' in the run: 'to end his ties with Venn does not fit his claim' is the prince's claim", () => {
    const text =
      "Prince Tomas gave a long interview to the Harbor Tribune on Sunday. He said he had met the financier Dario Venn only twice.\n\n" +
      "What a fine gesture by Prince Tomas! Yet this long trip to end his ties with Venn does not fit his claim on the radio that the two men were “never friends”.";
    expect(speakerOf(text, "never friends")).toMatch(/Tomas/);
  });
});
