import { describe, expect, it } from "vitest";
import { clauseStartsAt, nounPhraseEndingAt, nounPhraseIn, POS_INDEX as P, type Pos } from "../../../src/analysis/syntax";

/** A phrase written as word/TAG pairs, so each case reads as the tagger would see it. */
function phrase(tagged: string) {
  const pairs = tagged.split(" ").map((p) => p.split("/") as [string, Pos]);
  const words = pairs.map(([w]) => w);
  return {
    words,
    x: {
      pos: Uint8Array.from(pairs.map(([, t]) => P[t])),
      lower: words.map((w) => w.toLowerCase()),
      isName: () => false,
    },
  };
}

function np(tagged: string): string | null {
  const { words, x } = phrase(tagged);
  const r = nounPhraseIn(x, 0, words.length);
  return r ? words.slice(r.a, r.b).join(" ") : null;
}

describe("noun phrases: what may be shown as a speaker", () => {
  it.each([
    ["the/DET agency/NOUN", "the agency"],
    ["two/NUM U.S./PROPN sources/NOUN", "two U.S. sources"],
    ["a/DET spokesperson/NOUN for/ADP the/DET ministry/NOUN", "a spokesperson for the ministry"],
    ["officials/NOUN and/CONJ customers/NOUN", "officials and customers"],
    ["China/PROPN 's/POSS ambassador/NOUN to/TO Britain/PROPN", "China 's ambassador to Britain"],
    ["He/PRON instead/ADV", "He"],
    ["which/WH it/PRON", "it"],
    ["Two/NUM people/NOUN briefed/VPART on/ADP the/DET talks/NOUN", "Two people briefed on the talks"],
    ["officials/NOUN speaking/VGER on/ADP condition/NOUN of/ADP anonymity/NOUN", "officials speaking on condition of anonymity"],
    ["researchers/NOUN who/WH did/VFIN not/ADV work/VBASE on/ADP it/PRON", "researchers"],
    ["Sen./PROPN Jack/PROPN Reed/PROPN (/PUNCT D-R.I./ADJ )/PUNCT", "Sen. Jack Reed"],
    ["most/ADJ of/ADP the/DET companies/NOUN", "most of the companies"],
    ["whale/VBASE rescue/ADJ group/NOUN", "whale rescue group"],
    ["Nearly/ADV two-thirds/NOUN of/ADP Democrats/PROPN", "two-thirds of Democrats"],
    ["Just/ADV 28/NUM percent/NOUN of/ADP voters/NOUN", "28 percent of voters"],
    ["opponents/ADJ", "opponents"],
    ["many/ADJ Sanders/PROPN supporters/VFIN", "many Sanders supporters"],
    ["Friends/NOUN of/ADP Mr./PROPN Clinton/PROPN 's/POSS", "Friends of Mr. Clinton"],
    ["executives/NOUN there/ADV", "executives"],
    ["Most/ADV of/ADP the/DET candidates/NOUN", "Most of the candidates"],
    ["More/ADJ than/ADP six/NUM in/ADP 10/NUM", "six in 10"],
    ["the/DET last/ADJ man/NOUN to/TO mount/VBASE a/DET third-party/NOUN race/NOUN", "the last man to mount a third-party race"],
    ["a/DET legal/ADJ memo/NOUN drafted/VFIN for/ADP the/DET board/NOUN", "a legal memo drafted for the board"],
    ["the/DET ruling/VGER", "the ruling"],
    ["The/DET airline/ADJ", "The airline"],
    ["people/NOUN close/ADV to/TO the/DET mayor/NOUN", "people close to the mayor"],
  ])("%s is the phrase “%s”", (tagged, expected) => {
    expect(np(tagged)).toBe(expected);
  });

  it.each([
    "another/DET cloud/NOUN of/ADP choking/VGER smoke/NOUN and/CONJ",
    "perhaps/ADV the/DET most/ADV",
    "announced/VFIN in/ADP October/PROPN",
    "In/ADP addition/NOUN to/TO the/DET three/NUM fatalities/NOUN",
    "of/ADP",
    "the/DET dollar/NOUN was/VFIN supported/VPART",
    "the/DET AP/PROPN his/POSS firm/NOUN",
    "SoftBank/PROPN last/ADJ month/NOUN as/ADP it/PRON",
    "its/POSS third/ADJ case/NOUN after/ADP two/NUM cases/NOUN",
    "officials/NOUN saying/VGER that/ADP it/PRON",
  ])("%s is not a noun phrase", (tagged) => {
    expect(np(tagged)).toBeNull();
  });

  it("reads an irregular past tense after a noun as the clause's verb, a present or base form as a compound's noun", () => {
    const clause = phrase("the/DET email/NOUN came/VFIN hours/NOUN after/ADP the/DET vote/NOUN");
    expect(clauseStartsAt(clause.x, 0, clause.words.length)).toBe(true);
    expect(np("the/DET export/VFIN ban/NOUN")).toBe("the export ban");
  });

  it("reads a bare singular after a plural head, with its object after it, as the verb the tagger took for a noun", () => {
    const clause = phrase("smugglers/NOUN dig/NOUN tunnels/NOUN into/ADP the/DET system/NOUN");
    expect(clauseStartsAt(clause.x, 0, clause.words.length)).toBe(true);
    const compound = phrase("news/NOUN media/NOUN appearances/NOUN");
    expect(clauseStartsAt(compound.x, 0, compound.words.length)).toBe(false);
    const compoundAgain = phrase("the/DET sales/NOUN tax/NOUN rise/NOUN");
    expect(clauseStartsAt(compoundAgain.x, 0, compoundAgain.words.length)).toBe(false);
  });

  it("reads a demonstrative alone before a finite verb as a clause's subject ('this was the last chance')", () => {
    const clause = phrase("this/DET was/VFIN the/DET last/ADJ chance/NOUN");
    expect(clauseStartsAt(clause.x, 0, clause.words.length)).toBe(true);
    const phraseOnly = phrase("this/DET week/NOUN");
    expect(clauseStartsAt(phraseOnly.x, 0, phraseOnly.words.length)).toBe(false);
  });

  it("finds what a relative pronoun refers to: the phrase just before it, not past the verb", () => {
    const { words, x } = phrase("they/PRON see/VFIN a/DET lawsuit/NOUN with/ADP ZeniMax/PROPN Media/PROPN");
    const r = nounPhraseEndingAt(x, 0, words.length);
    expect(r && words.slice(r.a, r.b).join(" ")).toBe("a lawsuit with ZeniMax Media");
  });
});
