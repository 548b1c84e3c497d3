import { describe, expect, it } from "vitest";
import { buildDoc, sentenceAt, splitParagraphs } from "../../../src/analysis/text/sentences";

const sentences = (s: string) => {
  const doc = buildDoc(s);
  return doc.sentences.map((x) => s.slice(x.start, x.end));
};

describe("paragraphs", () => {
  it("splits at line breaks and drops blank paragraphs", () => {
    const text = "First.\n\n  \nSecond one.\r\nThird";
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(["First.", "Second one.", "Third"]);
  });
});

describe("sentences", () => {
  it("splits at stops followed by a capital, a quote or a number", () => {
    expect(sentences("It rained. The river rose! Was it bad? “Yes,” he said. 200 homes flooded.")).toEqual([
      "It rained.", "The river rose!", "Was it bad?", "“Yes,” he said.", "200 homes flooded.",
    ]);
  });

  it("keeps closing quotes with their sentence", () => {
    expect(sentences("He said “we won.” Then he left.")).toEqual(["He said “we won.”", "Then he left."]);
  });

  it("splits after a company suffix before a new quotation, not after a title before a nickname", () => {
    expect(sentences("said Ann Roe, a trader at Tempus Inc. “Banks cannot do it alone,” she said.")).toEqual([
      "said Ann Roe, a trader at Tempus Inc.", "“Banks cannot do it alone,” she said.",
    ]);
    expect(sentences("Sen. “Bud” Cole spoke.")).toEqual(["Sen. “Bud” Cole spoke."]);
  });

  it("does not split after titles and initials", () => {
    expect(sentences("Mr. Smith met J. R. Jones in the U.S. on Monday.")).toEqual(["Mr. Smith met J. R. Jones in the U.S. on Monday."]);
  });

  it("does not split after an abbreviation that numbers what follows ('the No. 2 official', 'Art. 5'), but does after a plain word before a number", () => {
    expect(sentences("Ruiz, the No. 2 official in the council, spoke. Art. 5 applies.")).toEqual(["Ruiz, the No. 2 official in the council, spoke.", "Art. 5 applies."]);
    expect(sentences("The vote was lost. 200 people left.")).toEqual(["The vote was lost.", "200 people left."]);
  });

  it("does not split after a title with a hyphenated prefix ('then-Sen. Ada Pell')", () => {
    expect(sentences("Kim praised then-Sen. Ada Pell at the dinner. Pell left early.")).toEqual(["Kim praised then-Sen. Ada Pell at the dinner.", "Pell left early."]);
  });

  it("does not split inside numbers or before lower-case words", () => {
    expect(sentences("Growth was 3.5 percent. prices rose.")).toEqual(["Growth was 3.5 percent. prices rose."]);
  });

  it("never crosses a paragraph and records it", () => {
    const doc = buildDoc("One here\nTwo there.");
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 1]);
  });

  it("finds the sentence at an offset", () => {
    const doc = buildDoc("Alpha one. Beta two.");
    expect(sentenceAt(doc, 0)).toBe(0);
    expect(sentenceAt(doc, 12)).toBe(1);
    expect(sentenceAt(doc, 10)).toBe(-1);
  });

  it("handles empty text", () => {
    const doc = buildDoc("");
    expect(doc.tokens).toEqual([]);
    expect(doc.sentences).toEqual([]);
    expect(sentenceAt(doc, 0)).toBe(-1);
  });
});
