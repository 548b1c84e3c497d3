/**
 * Patterns of issue #13's fifth pass (companies from the cspell companies dictionary, names glued to outlets and
 * roles, possessive company names), each on an invented text.
 */
import { describe, expect, it } from "vitest";
import { buildDoc } from "../../../src/analysis/text/sentences";
import { findEntities } from "../../../src/analysis/entities";

const entities = (text: string) => findEntities(buildDoc(text));
const typeOf = (text: string, name: string) => entities(text).find((e) => e.name === name)?.type;
const names = (text: string) => entities(text).map((e) => e.name);

describe("companies of the dictionary", () => {
  it("reads a store one goes to as the company, not a place", () => {
    expect(typeOf("On Sunday we took the twins to Walmart for new winter boots.", "Walmart")).toBe("organization");
    expect(typeOf("After practice she drove to Costco for paper towels.", "Costco")).toBe("organization");
  });

  it("keeps a one-word company opening a sentence before its verb", () => {
    expect(typeOf("Kroger raised prices again. Shoppers in Ohio complained to local officials.", "Kroger")).toBe("organization");
  });

  it("reads a company the tagger took for a person as the company", () => {
    const text = "Analysts at Nomura expect the central bank to hold rates. Nomura also lowered its forecast for growth.";
    expect(typeOf(text, "Nomura")).toBe("organization");
    expect(entities(text).filter((e) => e.type === "person")).toEqual([]);
  });

  it("leaves a city of the dictionary a place where the article puts something in it", () => {
    const text = "Factories in Wuhan reopened on Monday. Wuhan had been closed for weeks.";
    expect(typeOf(text, "Wuhan")).toBe("location");
  });
});

describe("a possessive that is part of a company's name", () => {
  it("keeps the 's of Moody's in the name and every mention", () => {
    const text = "Moody's downgraded the city's debt on Monday. The ratings agency Moody's said the outlook was negative.";
    const moodys = entities(text).find((e) => e.type === "organization" && e.name.startsWith("Moody"));
    expect(moodys?.name).toBe("Moody's");
    expect(moodys?.mentions.map((m) => m.text)).toEqual(["Moody's", "Moody's"]);
  });

  it("still drops an ordinary possessive", () => {
    expect(names("Microsoft's shares rose on Tuesday after the results.")).toContain("Microsoft");
  });
});

describe("an outlet or a role glued to a person's name", () => {
  it("takes an outlet's head word off the person", () => {
    const text = "Insider Jason La Canfora reported on Sunday that the quarterback would start.";
    expect(names(text)).toContain("Jason La Canfora");
    expect(names(text)).not.toContain("Insider Jason La Canfora");
  });

  it("takes a position's abbreviation off the team before a player", () => {
    const text = "Denver beat Kansas City on Sunday. Denver LB Marcus Hale left the game with a sprained ankle.";
    expect(names(text).some((n) => /\bLB\b/.test(n))).toBe(false);
    expect(typeOf(text, "Marcus Hale")).toBe("person");
  });
});

describe("a team named without its town", () => {
  it("is the team named in full", () => {
    const text = "The Pittsburgh Steelers beat the Ravens. Coach Tim Ward said the Steelers played well.";
    const steelers = entities(text).find((e) => e.name === "Pittsburgh Steelers");
    expect(steelers?.mentions.map((m) => m.text)).toEqual(["Pittsburgh Steelers", "Steelers"]);
  });
});

describe("products and bands listed together", () => {
  it("makes things of a list of names with an 'other' among them", () => {
    const text = "He grew up listening to Led Zeppelin, Pink Floyd and Deep Purple on his father's records.";
    expect(entities(text).filter((e) => e.type === "person" || e.type === "location")).toEqual([]);
  });

  it("keeps a list of people, and a person with a post after commas", () => {
    const people = "The bill was backed by Nancy Ruiz, Tom Becker and Republicans in the state house.";
    expect(typeOf(people, "Nancy Ruiz")).toBe("person");
    expect(typeOf(people, "Tom Becker")).toBe("person");
    const post = "“Markets will recover,” said Dev Malhotra, Director, Kestrel Securities.";
    expect(typeOf(post, "Dev Malhotra")).toBe("person");
  });
});

describe("a person the sentence goes on to call a leader", () => {
  it("reads a full name the tagger took for a body as the person the possessive refers to", () => {
    const text = "Protesters clashed with police after the army ousted Evo Morales, and the socialist leader's supporters blocked roads.";
    expect(typeOf(text, "Evo Morales")).toBe("person");
  });
});

describe("a one-word company opening a sentence with no other clue", () => {
  it("reads the subject of a finite verb as a company", () => {
    expect(typeOf("Delta cancelled 300 flights. Passengers waited for hours at the gates.", "Delta")).toBe("organization");
    expect(typeOf("Lucasfilm declined to comment on the report.", "Lucasfilm")).toBe("organization");
  });

  it("leaves a person the sentence calls 'he' or 'his'", () => {
    const text = "Tane is a member of the crew that was started by his uncle in 1998.";
    expect(typeOf(text, "Tane")).not.toBe("organization");
  });

  it("joins a company's name to its web address", () => {
    const text = "Prices rose, according to Carvana.com. Carvana expects sales to fall next year.";
    const site = entities(text).find((e) => e.name === "Carvana.com");
    expect(site?.mentions.map((m) => m.text)).toEqual(["Carvana.com", "Carvana"]);
  });
});

describe("a person whose surname is a place's head word", () => {
  it("is the person after a noun for a person", () => {
    expect(typeOf("According to Politico reporter Meredith Lane, the bill will pass.", "Meredith Lane")).toBe("person");
  });

  it("stays a place without one", () => {
    expect(typeOf("Tourists crowded Meredith Lane on Friday before the parade.", "Meredith Lane")).toBe("location");
  });

  it("is the person before a verb only a speaker takes, or before a description of a person", () => {
    expect(typeOf("The vote was close. Bob Lane said the council would meet again.", "Bob Lane")).toBe("person");
    expect(typeOf("Kevin Park, a retired nurse, spoke at the meeting.", "Kevin Park")).toBe("person");
  });
});
