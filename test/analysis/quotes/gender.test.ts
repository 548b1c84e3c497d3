import { describe, expect, it } from "vitest";
import { buildContext } from "../../../src/analysis/quotes/context";
import { buildDoc } from "../../../src/analysis/text/sentences";

/** The gender the quote pass gives the person named `name` in `text`: 0 unknown, 1 male, 2 female. */
function genderOf(text: string, name: string): number | undefined {
  return buildContext(buildDoc(text), []).cast.people.find((p) => p.name === name)?.gender;
}

describe("gender from the article's own pronouns", () => {
  it("reads a subject 'she' or 'he' opening the next sentence, or after a quotation there, as the previous sentence's subject", () => {
    expect(genderOf("Envoy Tamsin Achebe arrived in Lima on Monday. She met the trade minister at the port.", "Tamsin Achebe")).toBe(2);
    expect(genderOf("Envoy Tamsin Achebe arrived in Lima on Monday. “We are ready,” he said.", "Tamsin Achebe")).toBe(1);
  });

  it("takes no vote across sentences from a name after a preposition or a pronoun, nor from a pronoun deep in the next sentence", () => {
    // (The subject of the first sentence is "He"; the name is the object of "of".)
    expect(genderOf("He called the office of Mayor Ilkay Ostrova in March. During the call, he shouted.", "Ilkay Ostrova")).toBe(0);
    // ("The aide … recalled that he said": the aide's sentence, not Ostrova's.)
    expect(genderOf("Mayor Ilkay Ostrova is new to the post. The aide who took the call recalled that he shouted.", "Ilkay Ostrova")).toBe(0);
  });

  it("reads a noun of sex in a description linked to the name by a copula or a comma, but not in a clause or someone's kin after it", () => {
    expect(genderOf("Councillor Zarya Dube spoke first. Dube is one of the first two Somali women on the council.", "Zarya Dube")).toBe(2);
    expect(genderOf("Councillor Ilkay Ostrova, a father of three, spoke first.", "Ilkay Ostrova")).toBe(1);
    expect(genderOf("Councillor Ilkay Ostrova, whose father founded the firm, left early.", "Ilkay Ostrova")).toBe(0);
  });

  it("reads the next sentence's subject 'he'/'she' as the subject's, whoever else its sentence names after it, unless a pronoun there points elsewhere", () => {
    // (Long, and naming another man after a preposition: the next "he" still continues the subject.)
    const long =
      "Tarquin Oyelaran, a campaign adviser and the host of a weekly radio program in the county, is a local landlord who crossed party lines " +
      "to vote for Mayor Tom Welby in the spring primary, but stayed away in the fall. “If the vote had come later, it would have gone the other way,” he said.";
    expect(genderOf(long, "Tarquin Oyelaran")).toBe(1);
    expect(genderOf("Tarquin Oyelaran spoke to reporters after a meeting with Mayor Ann Welby. He said the meeting went well.", "Tarquin Oyelaran")).toBe(1);
    // ("… told them that … He": "them" in the sentence points elsewhere; no vote.)
    expect(genderOf("Tarquin Oyelaran met the growers and told them to wait for Mayor Tom Welby. He said the meeting went well.", "Tarquin Oyelaran")).toBe(0);
  });

  it("reads a noun of sex right before a name set off by commas ('her father, Brad, …'), owned or pointed out", () => {
    expect(genderOf("Her father, Tarquin Oyelaran, 39, worried that the vote would be close.", "Tarquin Oyelaran")).toBe(1);
    expect(genderOf("Their mother, Zarya Dube, waited at the gate.", "Zarya Dube")).toBe(2);
    // ("With her father, Tarquin said": no owner before the noun, no apposition.)
    expect(genderOf("Tarquin Oyelaran met the growers. Father, Tarquin Oyelaran said, was the hardest word to say.", "Tarquin Oyelaran")).toBe(0);
  });
});
