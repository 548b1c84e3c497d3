/**
 * Patterns of issue #13's seventh pass (works, products, awards and styles listed as people; a town's hall as a
 * body; a clause's first word glued to a name), each on an invented text.
 */
import { describe, expect, it } from "vitest";
import { buildDoc } from "../../../src/analysis/text/sentences";
import { findEntities } from "../../../src/analysis/entities";
import { splitGlued } from "../../../src/analysis/entities/glued";
import { harmonizeTypes } from "../../../src/analysis/entities/spans";
import { markPersonCues } from "../../../src/analysis/entities/people";

const entities = (text: string) => findEntities(buildDoc(text));
const typeOf = (text: string, name: string) => entities(text).find((e) => e.name === name)?.type;
const names = (text: string) => entities(text).map((e) => e.name);

describe("awards, styles and products named like people", () => {
  it("lists no person for an award between an owner and the noun it modifies", () => {
    const text = "Thieves took Dana Whitlock's now-famous Oscar gown from her hotel suite, police said.";
    expect(names(text)).not.toContain("Oscar");
    expect(typeOf(text, "Dana Whitlock")).toBe("person");
  });

  it("keeps a surname that heads an administration", () => {
    const text = "Officials of the Obama administration said the plan would cost less.";
    expect(typeOf(text, "Obama")).toBe("person");
  });

  it("lists no person for a style that modifies a noun, when the article writes its first word in lower case", () => {
    const text = "Visitors to the old port admire its restored Art Deco cinemas. The gallery sells art from local painters.";
    expect(names(text)).not.toContain("Art Deco");
  });

  it("lists no person for a product a shop carries, when the article writes its first word in lower case", () => {
    const text = "The corner shop doesn’t carry Rice Crispies. She bought a bag of rice flour instead.";
    expect(names(text)).not.toContain("Rice Crispies");
  });

  it("keeps a full name with a sign of a person", () => {
    const text = "The bill passed on Monday. Bill Harlan said the vote was close.";
    expect(typeOf(text, "Bill Harlan")).toBe("person");
  });

  it("keeps a full name after a noun for a person", () => {
    const text = "Critics of the bill praised senator Bill Harlan. The vote was close.";
    expect(typeOf(text, "Bill Harlan")).toBe("person");
  });
});

describe("a town's hall", () => {
  it("is a place, not a body", () => {
    const text = "Residents marched from the harbour to City Hall on Saturday. The rally outside Brenton City Hall was peaceful.";
    const listed = entities(text);
    expect(listed.filter((e) => e.type === "organization").map((e) => e.name)).toEqual([]);
  });
});

describe("a clause's first word", () => {
  it("is no part of a name after a colon", () => {
    const text = "Voters were warned: Because Halvorsen, the party's leader, is on the ballot, turnout will rise. Nils Halvorsen spoke later.";
    expect(names(text)).not.toContain("Because Halvorsen");
    expect(typeOf(text, "Nils Halvorsen")).toBe("person");
  });

  it("keeps an article that opens a publication's name after a colon", () => {
    const text = "The tip came from a reader. h/t: The Hill. Later: Because Halvorsen, the leader, is on the ballot, turnout will rise.";
    expect(names(text)).toContain("The Hill");
  });

  it("is no part of a name after a list's number", () => {
    const text = "The adviser gave two reasons: 1) Unlike Marsh, Ortega will campaign in Iowa. Dale Marsh and Rosa Ortega declined to comment.";
    expect(names(text)).not.toContain("Unlike Marsh");
    expect(typeOf(text, "Dale Marsh")).toBe("person");
  });
});

describe("a person glued to an office", () => {
  it("splits a body, its officer's title and the person", () => {
    const text = "Democratic State Committee Chairman Reince Albers said the count was over.";
    expect(typeOf(text, "Reince Albers")).toBe("person");
    expect(typeOf(text, "Democratic State Committee")).toBe("organization");
    expect(names(text).some((n) => n.includes("Chairman"))).toBe(false);
  });

  it("splits a town, its mayor and the person, also when the surname is a head word", () => {
    const text = "Brenton Mayor Don Guardian welcomed the ferry on Friday.";
    expect(typeOf(text, "Don Guardian")).toBe("person");
  });

  it("reads a given name, an initial and a surname as a person, whatever the tagger said", () => {
    const text = "The memo was written by Douglas K. Band, according to the emails.";
    const doc = buildDoc(text);
    const first = doc.tokens.findIndex((x) => x.text === "Douglas");
    expect(splitGlued(doc, [{ type: "ORG", first, last: first + 3 }])).toEqual([{ type: "PER", first, last: first + 3 }]);
  });
});

describe("surnames with a particle", () => {
  it("joins the person named in full", () => {
    const text = "The far-right leader, Solène Le Garrec, backed the bill on Tuesday. Le Garrec said the vote was a warning.";
    const listed = entities(text);
    expect(listed.filter((e) => e.name.includes("Le Garrec")).map((e) => e.type)).toEqual(["person"]);
  });
});

describe("initials read as a place", () => {
  it("are a body", () => {
    const text = "The AFL-CIO, for its part, on Monday began handing out leaflets in Ohio.";
    expect(typeOf(text, "AFL-CIO")).toBe("organization");
    expect(typeOf(text, "Ohio")).toBe("location");
  });

  it("are still a place when they open a dateline or the article writes the name in title case", () => {
    const place = (text: string, word: string) => {
      const doc = buildDoc(text);
      const first = doc.tokens.findIndex((x) => x.text === word);
      return harmonizeTypes(doc, [{ type: "LOC", first, last: first + 1 }])[0].type;
    };
    expect(place("FARGO (AP) — Voters lined up early on Tuesday.", "FARGO")).toBe("LOC");
    expect(place("Voters waited across FARGO, and the lines in Fargo were long.", "FARGO")).toBe("LOC");
    expect(place("Voters saw the debate on KTVQ, and the lines were long.", "KTVQ")).toBe("ORG");
  });
});

describe("a body's people", () => {
  it("make the name before \"employees\" a body", () => {
    const text = "Several Kestrel employees resigned in protest.";
    expect(typeOf(text, "Kestrel")).toBe("organization");
  });
});

describe("a kind of person, no one named", () => {
  it("lists no person for a party member after an indefinite word", () => {
    const text = "“He has been reluctant,” one senior Democrat said. “It will pass,” said a New Hampshire Republican.";
    expect(entities(text).filter((e) => e.type === "person")).toEqual([]);
  });

  it("keeps a name after \"one of\"", () => {
    const text = "“We are ready,” said one of Okafor's aides. Chidi Okafor declined to comment.";
    expect(typeOf(text, "Chidi Okafor")).toBe("person");
  });
});

describe("a service before a rank", () => {
  it("is a body, and the person after the rank a person", () => {
    const text = "“We will respond,” said base spokesman Navy Capt. Owen Tarrant, who spoke after the drills.";
    expect(typeOf(text, "Navy")).toBe("organization");
    expect(typeOf(text, "Owen Tarrant")).toBe("person");
  });
});

describe("court cases", () => {
  it("name no person and no body", () => {
    const text = "In Halvard v. University of Norland, the court ruled for the school. The ruling cited Roe v. Wade and Citizens United v. Federal Election Commission.";
    expect(names(text)).toEqual([]);
  });

  it("leave a contest of two people alone", () => {
    const text = "Donald Trump and Hillary Clinton met on Monday. We lose either way if it's Clinton vs. Trump, one farmer said.";
    expect(entities(text).filter((e) => e.type === "person").map((e) => e.name)).toEqual(["Donald Trump", "Hillary Clinton"]);
  });

  it("keep a country that is a party", () => {
    const text = "The justices heard United States v. Texas on Monday.";
    expect(entities(text).find((e) => e.type === "country")?.name).toBe("United States");
  });
});

describe("a work's credits", () => {
  it("name people after \"directed by\" and in brackets after a character", () => {
    const text = "The plot tracks a courier called Lola (Marta Quellbrunn) who must cross the city by dawn. The film was directed by Nirmal Baby Varkey.";
    expect(typeOf(text, "Marta Quellbrunn")).toBe("person");
    expect(typeOf(text, "Nirmal Baby Varkey")).toBe("person");
    // The same whatever the tagger said of the names.
    const doc = buildDoc(text);
    const at = (w: string) => doc.tokens.findIndex((x) => x.text === w);
    const out = markPersonCues(doc, [
      { type: "PER", first: at("Lola"), last: at("Lola") + 1 },
      { type: "ORG", first: at("Marta"), last: at("Marta") + 2 },
      { type: "ORG", first: at("Nirmal"), last: at("Nirmal") + 3 },
    ]);
    expect(out.map((x) => x.type)).toEqual(["PER", "PER", "PER"]);
  });
});
