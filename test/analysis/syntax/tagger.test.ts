import { describe, expect, it } from "vitest";
import { POS, tagDoc } from "../../../src/analysis/syntax";
import { buildDoc } from "../../../src/analysis/text/sentences";
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

  it("reads a contraction as the word it is built on, as the treebanks split it", () => {
    const doc = buildDoc("They’re sure he'd welcome it, but we didn't.");
    const byWord = new Map(doc.tokens.map((t, i) => [t.text, POS[tagDoc(doc)[i]]]));
    expect(byWord.get("They’re")).toBe("PRON");
    expect(byWord.get("he'd")).toBe("PRON");
    expect(byWord.get("welcome")).toMatch(/^V/);
    expect(byWord.get("didn't")).toBe("VFIN");
  });
});
