/**
 * Issue #13, tenth pass: a plural noun for people capitalised because it opens a sentence ("Renters said …") is a
 * group of people, no one named, while one-word names at a sentence start stay listed ("Democrats said",
 * "Reuters reported", surnames such as "Rogers said"). Invented texts.
 */
import { describe, expect, it } from "vitest";
import { buildDoc } from "../../../src/analysis/text/sentences";
import { findEntities } from "../../../src/analysis/entities";
import { isPluralPersonNoun } from "../../../src/analysis/entities/people";

const names = (text: string) => findEntities(buildDoc(text)).map((e) => e.name);
const typeOf = (text: string, name: string) => findEntities(buildDoc(text)).find((e) => e.name === name)?.type;

describe("a plural noun for people at a sentence start", () => {
  it("lists no renters, whose stem the training text writes as an ordinary word", () => {
    expect(names("Renters said the fees were unfair.")).not.toContain("Renters");
  });

  it("lists no homeowners: an ordinary word before a noun for a person", () => {
    expect(names("Homeowners said the new levy was too high, and the council agreed to look at it again.")).not.toContain("Homeowners");
  });

  it("lists no borrowers when the article writes their verb in lower case", () => {
    const text = "Borrowers said the rates were too high. Many of them had borrowed to pay for night school.";
    expect(names(text)).not.toContain("Borrowers");
  });

  it("lists no organizers when the article writes their verb in lower case", () => {
    const text = "Organizers said the march drew thousands. Volunteers had organized buses from three towns.";
    expect(names(text)).not.toContain("Organizers");
  });

  it("still lists one-word names at a sentence start", () => {
    expect(typeOf("Reuters reported the merger on Monday.", "Reuters")).toBe("organization");
    expect(typeOf("Apple said its sales rose in the spring.", "Apple")).toBe("organization");
    expect(names("Democrats said the bill would fail.")).toContain("Democrats");
    for (const surname of ["Sanders", "Rogers", "Walters", "Peters", "Powers"]) {
      expect(typeOf(`${surname} said the plan would work.`, surname)).toBe("person");
    }
  });

  it("keeps a plural-looking word that a verb for one subject follows", () => {
    expect(names("Walkers has said the plan would work.")).toContain("Walkers");
  });

  it("still lists a surname that the article also names in full", () => {
    const text = "Dana Walkers chairs the housing board. Walkers said the plan would work.";
    expect(typeOf(text, "Dana Walkers")).toBe("person");
  });
});

describe("isPluralPersonNoun", () => {
  const doc = buildDoc("The fees rose again.");
  it("reads plurals of nouns for people", () => {
    for (const w of ["Renters", "Workers", "Homeowners", "Shoppers", "Nurses", "Investors"]) expect(isPluralPersonNoun(doc, w), w).toBe(true);
  });

  it("reads no surnames: no ordinary stem, a stem that would double its consonant, a known surname", () => {
    for (const w of ["Rogers", "Walters", "Peters", "Summers", "Powers", "Sanders", "Reuters", "Democrats"]) expect(isPluralPersonNoun(doc, w), w).toBe(false);
  });
});
