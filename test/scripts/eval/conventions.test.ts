import { describe, expect, it } from "vitest";
import { foldPartialQuotes, readTwoApostropheQuotes } from "../../../scripts/eval/conventions";
import type { GoldFile } from "../../../scripts/eval/gold";
import type { Analysis, Quote } from "../../../src/analysis/types";

// An invented story about a harbour master, quoted the way PolNeAR's sources quote.
const TEXT = "Varga said the ferries were “safe and ready to sail” again, and called the storm “a nuisance”.";

function quote(kind: Quote["kind"], text: string): Quote {
  const start = TEXT.indexOf(text);
  return { kind, text, start, end: start + text.length, cue: "said", speaker: { name: "Ilse Varga", type: "person", entity: null, mention: "Varga", role: "" } };
}

function analysis(quotes: Quote[]): Analysis {
  return { title: "", text: TEXT, quotes, entities: [] };
}

describe("PolNeAR conventions: partial quotes inside reported speech", () => {
  it("keeps the quotation alone when it makes up half the clause", () => {
    const clause = quote("indirect", "the ferries were “safe and ready to sail” again");
    const inner = quote("direct", "safe and ready to sail");
    expect(foldPartialQuotes(analysis([clause, inner])).quotes).toEqual([inner]);
  });

  it("keeps the clause alone when the quotation is a small part of it", () => {
    const clause = quote("indirect", "the storm “a nuisance”");
    const inner = quote("direct", "a nuisance");
    const longer = analysis([quote("indirect", "the ferries were “safe and ready to sail” again, and called the storm “a nuisance”"), inner]);
    expect(foldPartialQuotes(longer).quotes.map((q) => q.kind)).toEqual(["indirect"]);
    // Two words quoted are never a region of their own, however short the clause.
    expect(foldPartialQuotes(analysis([clause, inner])).quotes).toEqual([clause]);
  });

  it("leaves quotes outside any reported clause alone", () => {
    const alone = analysis([quote("direct", "safe and ready to sail")]);
    expect(foldPartialQuotes(alone)).toBe(alone);
  });
});

describe("PolNeAR conventions: quotation marks typed as two apostrophes", () => {
  const gold = (text: string): GoldFile => ({ doc: "invented", quotes: [{ kind: "indirect", text, speaker: "Ilse Varga", speakerMatch: ["varga"] }] });

  it("reads a quote in two apostrophes as direct", () => {
    expect(readTwoApostropheQuotes(gold("''The ferries will sail again on Monday,''")).quotes[0].kind).toBe("direct");
  });

  it("keeps a clause with a short quoted part, or none, indirect", () => {
    expect(readTwoApostropheQuotes(gold("the ferries were ''safe'' and would sail again on Monday")).quotes[0].kind).toBe("indirect");
    const plain = gold("the ferries would sail again on Monday");
    expect(readTwoApostropheQuotes(plain)).toBe(plain);
  });
});
