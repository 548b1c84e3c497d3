import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/analysis";

/** The speaker's name the analysis gives the quote that contains `words`. */
function speakerOf(text: string, words: string): string | undefined {
  return analyze({ text }).quotes.find((q) => q.text.includes(words))?.speaker.name;
}

describe("'it' and 'they' take up the subject of the sentence before", () => {
  it("'it' after a document that was the subject, not an organization named in passing", () => {
    const text =
      "Greenfield Council hired the Harbor Trust to study the old bridge last spring. " +
      "The letter also accuses the mayor of hiding the cost of the repairs from voters. " +
      "It said the repairs were two years late.";
    expect(speakerOf(text, "repairs were two years late")).toBe("letter");
  });

  it("'they' after two people joined by 'and', not an organization after a preposition", () => {
    const text =
      "Tom Welby and Sara Kint, two former teachers at the Dunmore Academy, argued that the new plan costs too much. " +
      "The money could pay for three new schools instead, they said.";
    expect(speakerOf(text, "three new schools")).toBe("Tom Welby and Sara Kint");
  });

  it("'they' after a plural group that was the subject", () => {
    const text =
      "Orland Mining Corp. closed its last pit in March. " +
      "Local officials met with the Orland Mining Corp. board on Monday. " +
      "They said the talks had gone well.";
    expect(speakerOf(text, "talks had gone well")).toBe("Local officials");
  });

  it("'it' skips a person who was the subject and keeps the organization", () => {
    const text =
      "The Harbor Trust sued the city in May. " +
      "Ann Welby, the city's lawyer, called the case weak. " +
      "It said the city had broken the lease.";
    expect(speakerOf(text, "broken the lease")).toBe("Harbor Trust");
  });

  it("reads the subject before an adverb that stands before the verb", () => {
    const text =
      "The city council quietly reversed its vote on Monday, after a week of protests outside the Dunmore Academy. " +
      "In a short note, it said the vote would be held again in June.";
    expect(speakerOf(text, "held again in June")).toBe("city council");
  });
});
