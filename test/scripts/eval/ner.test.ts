import { describe, expect, it } from "vitest";
import { overallCounts, parseConll, scoreSentence, spansFromTags, typesPresent } from "../../../scripts/eval/ner";

describe("parseConll", () => {
  it("reads token<TAB>tag lines with a blank line after each sentence", () => {
    const s = parseConll("Ada\tB-PER\nsang\tO\n\nOslo\tB-LOC\n\n");
    expect(s).toEqual([
      { words: ["Ada", "sang"], tags: ["B-PER", "O"] },
      { words: ["Oslo"], tags: ["B-LOC"] },
    ]);
  });
  it("rejects a line without a tag", () => {
    expect(() => parseConll("lonely\n\n")).toThrow(/token<TAB>tag/);
  });
});

describe("spansFromTags", () => {
  it("reads IOB2 spans", () => {
    expect(spansFromTags(["B-PER", "I-PER", "O", "B-LOC", "B-LOC"])).toEqual([
      { type: "PER", start: 0, end: 2 },
      { type: "LOC", start: 3, end: 4 },
      { type: "LOC", start: 4, end: 5 },
    ]);
  });
  it("starts an entity at a stray I- tag, as conlleval does", () => {
    expect(spansFromTags(["O", "I-ORG", "I-ORG", "I-PER"])).toEqual([
      { type: "ORG", start: 1, end: 3 },
      { type: "PER", start: 3, end: 4 },
    ]);
  });
});

describe("scoreSentence", () => {
  it("counts an entity right only with exact boundaries and type", () => {
    // Gold: [Mira Tallis]PER visited [Port Elm]LOC ; predicted: [Mira]PER (too short), [Port Elm]LOC, [visited]ORG
    const gold = ["B-PER", "I-PER", "O", "B-LOC", "I-LOC"];
    const pred = ["B-PER", "O", "B-ORG", "B-LOC", "I-LOC"];
    const c = scoreSentence(gold, pred);
    expect(c.PER).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(c.LOC).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(c.ORG).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(overallCounts(c)).toEqual({ tp: 1, fp: 2, fn: 1 });
  });
  it("ignores a type the corpus does not annotate", () => {
    const c = scoreSentence(["O", "B-PER"], ["B-MISC", "B-PER"], new Set(["MISC"]));
    expect(c.MISC).toBeUndefined();
    expect(c.PER).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
  it("refuses a tag list of the wrong length", () => {
    expect(() => scoreSentence(["O", "O"], ["O"])).toThrow(/1 tags for 2 words/);
  });
  it("keeps MISC out of the overall figure", () => {
    expect(overallCounts(scoreSentence(["B-MISC"], ["B-MISC"]))).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});

describe("typesPresent", () => {
  it("lists the entity types a corpus uses", () => {
    expect([...typesPresent(parseConll("a\tB-PER\nb\tI-PER\n\nc\tB-LOC\n\n"))].sort()).toEqual(["LOC", "PER"]);
  });
});
