import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWords, tokenF1, wordTokens } from "../../src/page/tokenF1";

describe("wordTokens", () => {
  it("lower-cases words, keeps contractions whole and ignores punctuation", () => {
    expect(wordTokens("“Don’t panic,” said Mrs. O'Hara — twice!")).toEqual(["don't", "panic", "said", "mrs", "o'hara", "twice"]);
  });
  it("handles numbers and non-Latin letters", () => {
    expect(wordTokens("Māori 2,300 homes 東京")).toEqual(["māori", "2", "300", "homes", "東京"]);
  });
});

describe("tokenF1", () => {
  it("is 1 for the same words in any layout", () => {
    expect(tokenF1("The sea\n\nwill not wait.", "the sea will not wait").f1).toBe(1);
  });
  it("counts repeated words as often as they occur", () => {
    const score = tokenF1("the the the sea", "the sea");
    expect(score.precision).toBe(0.5);
    expect(score.recall).toBe(1);
    expect(score.f1).toBeCloseTo(2 / 3);
    expect(score.extra).toBe(2);
    expect(score.missing).toBe(0);
  });
  it("scores missing words as lost recall", () => {
    const score = tokenF1("sea wall", "the sea wall held");
    expect(score).toMatchObject({ precision: 1, recall: 0.5, missing: 2 });
  });
  it("is 0 when one side is empty and 1 when both are", () => {
    expect(tokenF1("", "words").f1).toBe(0);
    expect(tokenF1("words", "").f1).toBe(0);
    expect(tokenF1("", "").f1).toBe(1);
  });
  it("counts words like the snapshot's wordCount", () => {
    expect(countWords("It's 41 million crowns — “a bargain”.")).toBe(6);
  });
});

describe("countWords", () => {
  // The words the expression of wordTokens matches, without the lower-casing and normalizing: what the read counts.
  const byExpression = (text: string) => text.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)?.length ?? 0;

  it("counts contractions as one word and apostrophes around words as none", () => {
    expect(countWords("“Don’t panic,” said Mrs. O'Hara's aide — 'twice' rock'n'roll ''a b''")).toBe(10);
  });

  it("counts what the words' expression matches, whatever the text", () => {
    const pieces = ["a", "Z", "7", " ", "'", "’", "-", ".", "é", "東", "Ω", "\u0301", "𝐀", "😀", "\ud800", "\n", "٣"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(countWords(text)).toBe(byExpression(text));
      }),
      { numRuns: 500 },
    );
  });
});
