import { describe, expect, it } from "vitest";
import { tokenize } from "../../../src/analysis/text/tokens";

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe("tokenize", () => {
  it("splits words, numbers and punctuation and drops spaces", () => {
    expect(texts("He paid $1,000.50 today.")).toEqual(["He", "paid", "$", "1,000.50", "today", "."]);
  });

  it("keeps contractions, hyphenated words and initialisms whole", () => {
    expect(texts("Don't miss the U.S. and lesser-known O'Brien.")).toEqual(["Don't", "miss", "the", "U.S.", "and", "lesser-known", "O'Brien", "."]);
  });

  it("splits a hyphen after an initialism's period, as newswire tokenization does", () => {
    expect(texts("U.S.-based")).toEqual(["U.S.", "-", "based"]);
  });

  it("splits the possessive 's off as its own token", () => {
    expect(texts("Trump’s plan and China's")).toEqual(["Trump", "’s", "plan", "and", "China", "'s"]);
  });

  it("keeps the period of a party tag's state ('R-Fla.', 'D-Calif.'), but not of other hyphenated words ('co-op.')", () => {
    expect(texts("Sen. Ana Ruiz, D-Calif., spoke at the co-op.")).toEqual(["Sen.", "Ana", "Ruiz", ",", "D-Calif.", ",", "spoke", "at", "the", "co-op", "."]);
  });

  it("keeps the period of a title after a hyphenated prefix ('then-Gov.', 'ex-Sen.'), not of a plain word ('sign-in.')", () => {
    expect(texts("She met then-Gov. Ali Brandt at the sign-in.")).toEqual(["She", "met", "then-Gov.", "Ali", "Brandt", "at", "the", "sign-in", "."]);
  });

  it("keeps abbreviation periods but not sentence periods", () => {
    expect(texts("Mr. Smith met Dr. Jones at Acme Corp. yesterday.")).toEqual(["Mr.", "Smith", "met", "Dr.", "Jones", "at", "Acme", "Corp.", "yesterday", "."]);
  });

  it("makes every quotation mark its own token, except a decade's apostrophe", () => {
    const toks = tokenize("“Hi,” she said in the '90s.");
    expect(toks.filter((t) => t.kind === "quote").map((t) => t.text)).toEqual(["“", "”"]);
    expect(toks.map((t) => t.text)).toContain("'90s");
  });

  it("never splits a surrogate pair and keeps offsets exact", () => {
    const s = "A 😀 b\u0301c";
    for (const t of tokenize(s)) expect(s.slice(t.start, t.end)).toBe(t.text);
    expect(texts(s)).toContain("😀");
  });

  it("respects the from/to window", () => {
    expect(tokenize("one two three", 4, 7).map((t) => t.text)).toEqual(["two"]);
  });
});
