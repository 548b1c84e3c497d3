import { describe, expect, it } from "vitest";
import { POS, tagDoc } from "../../../src/analysis/syntax";
import { buildDoc } from "../../../src/analysis/text/sentences";

/** word/TAG for every token of `text`, as the quote pass sees them. */
function tagged(text: string): string {
  const doc = buildDoc(text);
  const pos = tagDoc(doc);
  return doc.tokens.map((t, i) => `${t.text}/${POS[pos[i]]}`).join(" ");
}

describe("the classes the quote pass reads", () => {
  it("reads an '-ly' word after a determiner as an adjective before a noun and as the noun before a preposition", () => {
    expect(tagged("Prices rose, according to a yearly survey.")).toContain("yearly/ADJ survey/NOUN");
    expect(tagged("Prices rose, according to a tally by the council.")).toContain("tally/NOUN by/ADP");
  });

  it("keeps an adverb that grades what follows it after a determiner", () => {
    expect(tagged("It was a very big day and a really good one.")).toContain("very/ADV big/ADJ");
    expect(tagged("It was a very big day and a really good one.")).toContain("really/ADV good/ADJ");
  });
});
