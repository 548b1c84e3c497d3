import { describe, expect, it } from "vitest";
import { POS, tagDoc } from "../../../src/analysis/syntax";
import { buildDoc } from "../../../src/analysis/text/sentences";
import { hashWords } from "../../../src/analysis/syntax/features";
import { NUM_POS } from "../../../src/analysis/syntax/tags";
import { loadPosModel, scoreToken, tagPos } from "../../../src/analysis/syntax/tagger";

/** The tagger as training scores it (scoreToken, float sums, the general hashing path): tagPos must agree. */
function reference(words: readonly string[]): number[] {
  const model = loadPosModel();
  const h = hashWords(words);
  const scores = new Float64Array(NUM_POS);
  const out: number[] = [];
  let prev = -1;
  let prev2 = -1;
  for (let i = 0; i < words.length; i++) {
    scoreToken(model.weights, model.mask, h, words.length, i, prev, prev2, scores);
    let best = 0;
    for (let t = 1; t < NUM_POS; t++) if (scores[t] > scores[best]) best = t;
    out.push(best);
    prev2 = prev;
    prev = best;
  }
  return out;
}

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

  it("chooses what training's scoring chooses, on plain, accented, typographic and long sentences", () => {
    const words = ["The", "İstanbul", "ÉCOLE", "“Hi", "don’t", "", "A", "1,000", "x2Y9", "ß", "Σίσυφος", "naïve", "—", "said", "U.S.", "e.g.", "ﬁne", "𝒜bc", "on", "Monday", "."];
    const sentences = [
      "The agency said on Monday that the plant would close .".split(" "),
      words,
      Array.from({ length: 300 }, (_, i) => words[(i * 7) % words.length]),
    ];
    for (const s of sentences) expect(Array.from(tagPos(s))).toEqual(reference(s));
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

describe("the part-of-speech word hashes", () => {
  /** FNV-1a over UTF-16 code units, the reference the hashes are defined by. */
  const fnv = (s: string): number => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };

  it("hold the FNV-1a bits of the lower-cased word, digits as 0, on the ASCII and the general path alike", () => {
    const h = hashWords(["Brovatt", "GLENMORE", "Zoë", "x42", "Brovatt’s"]);
    expect(h.lower[0] >>> 0).toBe(fnv("brovatt"));
    expect(h.lower[1] >>> 0).toBe(fnv("glenmore"));
    expect(h.lower[2] >>> 0).toBe(fnv("zoë"));
    expect(h.lower[3] >>> 0).toBe(fnv("x00"));
    expect(h.lower[4] >>> 0).toBe(fnv("brovatt's"));
    expect(h.suffix3[0] >>> 0).toBe(fnv("att"));
    expect(h.suffix2[2] >>> 0).toBe(fnv("oë"));
    expect(h.prefix1[1] >>> 0).toBe(fnv("G"));
  });
});
