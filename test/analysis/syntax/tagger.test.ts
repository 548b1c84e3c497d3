import { describe, expect, it } from "vitest";
import { POS } from "../../../src/analysis/syntax";
import { loadPosModel, tagPos } from "../../../src/analysis/syntax/tagger";

const tags = (sentence: string): string[] => Array.from(tagPos(sentence.split(" ")), (t) => POS[t]);

describe("the part-of-speech tagger", () => {
  it("loads the committed model", () => {
    expect(loadPosModel().trainedOn).toMatch(/EWT/);
  });

  it("tells the subject, the cue and the clause apart in a reporting sentence", () => {
    expect(tags("The agency said on Monday that the plant would close .")).toEqual([
      "DET", "NOUN", "VFIN", "ADP", "PROPN", "ADP", "DET", "NOUN", "VFIN", "VBASE", "PUNCT",
    ]);
  });

  it("reads a name, a pronoun and a participle", () => {
    expect(tags("Maria Ortiz , who chairs the board , has denied it .")).toEqual([
      "PROPN", "PROPN", "PUNCT", "WH", "VFIN", "DET", "NOUN", "PUNCT", "VFIN", "VPART", "PRON", "PUNCT",
    ]);
  });

  it("tags an empty sentence as nothing, and any words without throwing", () => {
    expect(tagPos([])).toHaveLength(0);
    expect(tagPos(["🙂", "", "ÆØÅ", "1,234.5"])).toHaveLength(4);
  });
});
