import { describe, expect, it } from "vitest";
import { conllArticles } from "../../../scripts/antecedents/conll";
import { readLabels } from "../../../scripts/antecedents/sources";

/** A CoNLL sentence from words and their tags ("O" when none given). */
function sent(text: string, tags: Record<number, string> = {}) {
  const words = text.split(" ");
  return { words, tags: words.map((_, i) => tags[i] ?? "O") };
}

describe("CoNLL articles for the antecedent labels", () => {
  it("starts an article at the headline before each dateline, skipping a byline, and joins tokens as prose", () => {
    const articles = conllArticles(
      [
        sent("Town opens new bridge ."),
        sent("Jo Smith", { 0: "B-PER", 1: "I-PER" }),
        sent("OSLO 1996-08-22"),
        sent("Mayor Ann Lee said the bridge ( the longest ) cost $ 5 million ."),
        sent('" We do n\'t regret it , " she said .'),
        sent("Farmers ' groups hope for more ."),
        sent("Second story here ."),
        sent("NEW YORK 1996-08-23"),
        sent('" It rained , " he said . " Then it'),
        sent('stopped . "'),
      ],
      "train",
    );
    expect(articles.map((a) => a.key)).toEqual(["train#0", "train#6"]);
    expect(articles[0].text).toBe(
      "Town opens new bridge.\n\nJo Smith\n\nOSLO 1996-08-22\n\nMayor Ann Lee said the bridge (the longest) cost $5 million.\n\n" +
        '"We don\'t regret it," she said.\n\nFarmers\' groups hope for more.\n',
    );
    // A quote still open at a sentence's end runs on in the same paragraph.
    expect(articles[1].text).toBe('Second story here.\n\nNEW YORK 1996-08-23\n\n"It rained," he said. "Then it stopped."\n');
  });
});

describe("the hand labels", () => {
  it("hold names and offsets only, never runs of article text", () => {
    const labels = readLabels();
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) {
      expect(["conll-train", "conll-dev", "pages"]).toContain(l.source);
      expect(Number.isInteger(l.at) && l.at >= 0).toBe(true);
      expect(["he", "she"]).toContain(l.pronoun);
      if (l.gold !== null) expect(l.gold.split(" ").length).toBeLessThanOrEqual(3);
    }
  });
});
