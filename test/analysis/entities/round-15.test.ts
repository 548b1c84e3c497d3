/**
 * Issue #13, round 15 (rules only, the shipped tagger): what a reader of the popup still called wrong on the saved
 * pages and the news tune set, by pattern. Invented texts. (Also: a body's last field run into its report's name,
 * "Bureau of Mines and" + "Quarries Annual Safety Review", belongs to the body.)
 *   - a prosecutor's or a court's territory ("for the Western District of …") is part of the body's name, and after a
 *     title one place with its state, never a place "Western District" of its own;
 *   - "The group, called X, …": the noun before the comma says what X is, also where the tagger read X as "other";
 *   - "X, a … user who …": a handle or nickname described as someone is a person, although its written form (a capital
 *     inside the word) makes it a company;
 *   - "the author of The Copper Pantry": a name opening with a capital "The" inside a sentence is a title, no person and
 *     no place (unless after "in"/"at": "in The Hague");
 *   - "sold at Brindley’s in 2006": a capitalised word and a possessive with no noun after it, after "at", is a business;
 *   - "Democrat Dora Whitfield": a party's member or a demonym glued before a given name and a surname is no part of the
 *     person's name, and "Democrat of Vermont" names the state only; nor is a title between a body and a full name of three words ("… Court Justice Edna Mae Whitlow").
 */
import { describe, expect, it } from "vitest";
import { buildDoc } from "../../../src/analysis/text/sentences";
import { findEntities } from "../../../src/analysis/entities";
import { markTheTitles } from "../../../src/analysis/entities/works";
import { splitGlued } from "../../../src/analysis/entities/glued";
import { joinFieldLists, markGroups } from "../../../src/analysis/entities/orgs";
import { personDescriptionAfter } from "../../../src/analysis/entities/people";
import { splitAtInnerWords } from "../../../src/analysis/entities/repair";
import type { NameSpan, SpanType } from "../../../src/analysis/entities/spans";

const listed = (text: string) => findEntities(buildDoc(text)).map((e) => `${e.type} ${e.name}`);

describe("a court's or an office's territory", () => {
  it("stays in the office's name: no place 'Northern District'", () => {
    const text = "A Dunmore man admitted the fraud, the U.S. Attorney’s Office for the Northern District of Ohio announced Friday.";
    const out = listed(text);
    expect(out).toContain("organization U.S. Attorney’s Office for the Northern District of Ohio");
    expect(out).not.toContain("location Northern District");
  });

  it("stays in a court's name", () => {
    const out = listed("Her lawyers filed the motion in the U.S. District Court for the Middle District of Georgia on Tuesday.");
    expect(out).toContain("organization U.S. District Court for the Middle District of Georgia");
  });

  it("after a title is one place with its state", () => {
    const out = listed("Wendell Ashgrove, the U.S. Attorney for the Southern District of Iowa, said the case was strong.");
    expect(out).toContain("location Southern District of Iowa");
    expect(out).toContain("person Wendell Ashgrove");
    expect(out).not.toContain("location Southern District");
  });
});

describe("a name set off after a noun and 'called'", () => {
  it("takes the noun's kind: a group is a body, in every mention", () => {
    const text =
      "The group, called Tallow Bridge, which has been testing pills since 2003, is the first of its kind. " +
      "Tallow Bridge provides the clinics with reports on what it finds.";
    expect(listed(text)).toContain("organization Tallow Bridge");
  });

  it("says nothing when the noun is a thing's", () => {
    const text = "The tool, called Pinwheel Hatch, was slow to load on old phones, testers said.";
    expect(listed(text)).not.toContain("organization Pinwheel Hatch");
  });
});

describe("a handle described as someone", () => {
  it("is a person, not a company", () => {
    const text =
      "GlowMoth, a forum user who has posted since 2012, wants buyers to test what they get. " +
      "“Some sellers just do not care,” GlowMoth told me in a message.";
    const out = listed(text);
    expect(out).toContain("person GlowMoth");
    expect(out).not.toContain("organization GlowMoth");
  });

  it("also with a phrase between the noun and 'who'", () => {
    const text = "TinkerVale, a seller from the old bazaar who shipped seeds, has sent bags. “It helps,” TinkerVale told me.";
    expect(listed(text)).toContain("person TinkerVale");
  });

  it("leaves a company whose description only mentions someone", () => {
    const text = "Brantico, a firm founded by a sailor who loved boats, said sales rose.";
    expect(listed(text)).not.toContain("person Brantico");
  });
});

describe("a name opening with a capital 'The' inside a sentence (markTheTitles, the tagger's spans given by hand)", () => {
  /** The spans over the given phrases, typed as the tagger might have read them, after markTheTitles. */
  function titles(text: string, tagged: [string, SpanType][]): string[] {
    const doc = buildDoc(text);
    const t = doc.tokens;
    const spans: NameSpan[] = tagged.map(([phrase, type]) => {
      const words = phrase.split(" ");
      for (let i = 0; i + words.length <= t.length; i++) if (words.every((w, k) => t[i + k].text === w)) return { type, first: i, last: i + words.length };
      throw new Error(`no "${phrase}" in the text`);
    });
    return markTheTitles(doc, spans).map((s) => `${s.type} ${t.slice(s.first, s.last).map((x) => x.text).join(" ")}`);
  }

  it("is a title, never a person", () => {
    expect(titles("Orla Penhallow drew the covers of her last novel, The Cinder Vault, in 1911.", [["Orla Penhallow", "PER"], ["The Cinder Vault", "PER"]])).toEqual([
      "PER Orla Penhallow",
      "MISC The Cinder Vault",
    ]);
  });

  it("is a title, not a place, after 'author of'", () => {
    expect(titles("Bexley Marrin is the author of The Copper Pantry and writes about kitchens.", [["The Copper Pantry", "LOC"]])).toEqual(["MISC The Copper Pantry"]);
  });

  it("stays a place after a preposition of place, or when the rest is a country", () => {
    expect(titles("The judges met in The Hague on Monday.", [["The Hague", "LOC"]])).toEqual(["LOC The Hague"]);
    expect(titles("Aid flights reached The Gambia on Monday.", [["The Gambia", "LOC"]])).toEqual(["LOC The Gambia"]);
  });

  it("leaves a name opening a sentence", () => {
    expect(titles("The Copper Pantry opened on Monday.", [["The Copper Pantry", "LOC"]])).toEqual(["LOC The Copper Pantry"]);
  });
});

describe("a business named by a possessive after 'at'", () => {
  it("is an organization whose name keeps the possessive", () => {
    const text = "Dana Whitcombe sold parts of her collection at Brindley’s in 2006, and the cards fetched thousands.";
    const out = listed(text);
    expect(out).toContain("organization Brindley’s");
    expect(out).not.toContain("person Brindley");
  });

  it("also in a list of results", () => {
    const text = "Takings fell 6 percent at Ballo’s and 3 percent at the Corvell Palace. Four halls — Ballo’s, Tremont and Essex — lost money.";
    expect(listed(text)).toContain("organization Ballo’s");
  });

  it("leaves the surname of someone named in full: that person's home", () => {
    const text = "Tom Lorne said the group met at Lorne’s on Sundays.";
    expect(listed(text).filter((x) => x.includes("Lorne’s"))).toEqual([]);
  });
});

describe("a party's member or a demonym glued before a full name (splitGlued, the tagger's spans given by hand)", () => {
  function split(text: string, phrase: string): string[] {
    const doc = buildDoc(text);
    const t = doc.tokens;
    const words = phrase.split(" ");
    let first = -1;
    for (let i = 0; i + words.length <= t.length && first < 0; i++) if (words.every((w, k) => t[i + k].text === w)) first = i;
    const spans: NameSpan[] = [{ type: "PER", first, last: first + words.length }];
    return splitGlued(doc, spans).map((s) => `${s.type} ${t.slice(s.first, s.last).map((x) => x.text).join(" ")}`);
  }

  it("leaves the party out of the person's name", () => {
    expect(split("Democrat Dora Whitfield said the vote was close.", "Democrat Dora Whitfield")).toEqual(["PER Dora Whitfield"]);
  });

  it("keeps a country's demonym apart, as a mention of the country", () => {
    expect(split("The talks were led by Norwegian Helga Rasmussen on Monday.", "Norwegian Helga Rasmussen")).toEqual(["MISC Norwegian", "PER Helga Rasmussen"]);
  });

  it("keeps a given name that looks like a demonym", () => {
    expect(split("Adrian Paul Whitcombe said no.", "Adrian Paul Whitcombe")).toEqual(["PER Adrian Paul Whitcombe"]);
  });
});

describe("a title between a body and a full name of three words (splitGlued)", () => {
  it("leaves the body and the person, the title going", () => {
    const doc = buildDoc("Sadie Kovac called for Harlow Appeals Court Justice Edna Mae Whitlow to resign.");
    const t = doc.tokens;
    const first = t.findIndex((x) => x.text === "Harlow");
    const spans: NameSpan[] = [{ type: "ORG", first, last: first + 7 }];
    expect(splitGlued(doc, spans).map((s) => `${s.type} ${t.slice(s.first, s.last).map((x) => x.text).join(" ")}`)).toEqual([
      "ORG Harlow Appeals Court",
      "PER Edna Mae Whitlow",
    ]);
  });
});

describe("a party's member 'of' a state (splitGlued)", () => {
  it("names the state only", () => {
    const doc = buildDoc("The bill was written by Senator Anna Vey, Democrat of Vermont, and two others.");
    const t = doc.tokens;
    const first = t.findIndex((x) => x.text === "Democrat");
    const spans: NameSpan[] = [{ type: "ORG", first, last: first + 3 }];
    expect(splitGlued(doc, spans).map((s) => `${s.type} ${t.slice(s.first, s.last).map((x) => x.text).join(" ")}`)).toEqual(["LOC Vermont"]);
  });
});

describe("a body's last field run into the name of its report (joinFieldLists, the tagger's spans given by hand)", () => {
  it("joins the field to the body and leaves the report", () => {
    const doc = buildDoc("See the Bureau of Mines and Quarries Annual Safety Review 2019 for the figures.");
    const t = doc.tokens;
    const at = (w: string) => t.findIndex((x) => x.text === w);
    const spans: NameSpan[] = [
      { type: "ORG", first: at("Bureau"), last: at("and") },
      { type: "MISC", first: at("Quarries"), last: at("2019") + 1 },
    ];
    expect(joinFieldLists(doc, spans).map((s) => `${s.type} ${t.slice(s.first, s.last).map((x) => x.text).join(" ")}`)).toEqual([
      "ORG Bureau of Mines and Quarries",
      "MISC Annual Safety Review 2019",
    ]);
  });
});

describe("a full name described by a noun for a person with capitalised words before it (personDescriptionAfter)", () => {
  const at = (text: string, phrase: string, type: SpanType): [ReturnType<typeof buildDoc>, NameSpan] => {
    const doc = buildDoc(text);
    const words = phrase.split(" ");
    const t = doc.tokens;
    for (let i = 0; i + words.length <= t.length; i++) if (words.every((w, k) => t[i + k].text === w)) return [doc, { type, first: i, last: i + words.length }];
    throw new Error(`no "${phrase}"`);
  };

  it("reads 'the Daily Ledger editor who …' as a person's description", () => {
    expect(personDescriptionAfter(...at("Linus Farrow, the Daily Ledger editor who wrote the profile, said so.", "Linus Farrow", "ORG"))).toBe(true);
  });

  it("not after 'of': the description is the senator's, not the state's", () => {
    expect(personDescriptionAfter(...at("Sen. Ann Vey of Bell Harbor, the future Liberal leader, said no.", "Bell Harbor", "ORG"))).toBe(false);
  });
});

describe("an ordinary word read as a place", () => {
  it("is listed only where the article puts something in it", async () => {
    const { isCommonWord } = await import("../../../src/analysis/entities/heads");
    // (The learned common words must hold the word for this fixture to mean anything.)
    expect(isCommonWord("Left")).toBe(true);
    const doc = buildDoc("Her views were bent further to the Left by the long primary, aides said.");
    expect(findEntities(doc).map((e) => `${e.type} ${e.name}`)).not.toContain("location Left");
  });
});

describe("a post held at a name", () => {
  it("makes it a body, not a place", () => {
    const out = listed("Tessa Marlow, a former strategy director at Brightwell, joined the campaign in May.");
    expect(out).toContain("organization Brightwell");
    expect(out).not.toContain("location Brightwell");
  });
});

describe("a plural name counted like people", () => {
  it("names no one and no body", () => {
    const text = "The senator has not won over many Veldrans, who had expected more. Thousands of Veldrans marched on Friday, and 40 percent of Veldrans said they would not vote for him.";
    expect(listed(text).filter((x) => x.includes("Veldrans"))).toEqual([]);
  });

  it("also counted by a number", () => {
    const text = "Turnout fell this year. In 2008, when 236,000 Quennians took part in the caucus, the party had hoped for more.";
    expect(listed(text).filter((x) => x.includes("Quennians"))).toEqual([]);
  });

  it("leaves a full name whose surname ends in -s", () => {
    const text = "Nell Watkins spoke first. Many Watkins supporters cheered, and Watkins said she would run again.";
    expect(listed(text)).toContain("person Nell Watkins");
  });
});

describe("a place the article reads as one stays one", () => {
  it("opening a sentence after 'In', whatever the description after the comma", () => {
    const text = "Polls in Kellford show two leaders. In Kellford, a different group of candidates is trying to win over voters. Many of them have spent weeks in Kellford.";
    const out = listed(text);
    expect(out).toContain("location Kellford");
    expect(out).not.toContain("organization Kellford");
  });

  it("but not a body's first word written before the body's head in lower case ('the Medjana museum')", () => {
    const text = "Gunmen stormed the Medjana National Museum on Wednesday. The Medjana museum hosts one of the finest collections of Roman mosaics. Police sealed off the Medjana museum and the streets around it.";
    const out = listed(text);
    expect(out).toContain("organization Medjana National Museum");
    expect(out).not.toContain("location Medjana");
  });

  it("when it opens a body's name ('the Marrowind International Convention Center')", () => {
    const text = "In Marrowind, voters were split. In Marrowind, 40 delegates were up for grabs. The rally was at the Marrowind International Convention Center.";
    const out = listed(text);
    expect(out).toContain("location Marrowind");
    expect(out).toContain("organization Marrowind International Convention Center");
  });
});

describe("'a member of the X …' where the body's name goes on after a place (markGroups, spans given by hand)", () => {
  it("makes no body of the place", () => {
    const doc = buildDoc("Judge Ana Ruiz is a member of the Port Elvan Verdad Lawyers Association, a professional group.");
    const t = doc.tokens;
    const at = (w: string) => t.findIndex((x) => x.text === w);
    const spans: NameSpan[] = [
      { type: "PER", first: at("Ana"), last: at("Ruiz") + 1 },
      { type: "LOC", first: at("Port"), last: at("Elvan") + 1 },
      { type: "ORG", first: at("Verdad"), last: at("Association") + 1 },
    ];
    expect(markGroups(doc, spans).map((s) => `${s.type} ${t.slice(s.first, s.last).map((x) => x.text).join(" ")}`)).toContain("LOC Port Elvan");
  });
});

describe("the plural of someone's name", () => {
  it("is a family, no body", () => {
    const text = "Marta Velloso greeted the guests. There are few breaks for the Vellosos in the crush of encounters, aides said, and the Vellosos cut back the ritual.";
    const out = listed(text);
    expect(out).toContain("person Marta Velloso");
    expect(out.filter((x) => x.includes("Vellosos"))).toEqual([]);
  });
});

describe("a Spanish or Portuguese 'and' inside a body's name", () => {
  it("keeps the words after it in the name, no person", () => {
    const text = "The samples go to the Fundación Claridad y Progreso, the charity that runs the lab. The Instituto Nacional de Estadística y Geografía said so.";
    const out = listed(text);
    expect(out).toContain("organization Fundación Claridad y Progreso");
    expect(out).toContain("organization Instituto Nacional de Estadística y Geografía");
    expect(out).not.toContain("person Geografía");
  });
});

describe("a 'person' run over a lower-case word between two names (splitAtInnerWords, the tagger's span given by hand)", () => {
  const split = (text: string, phrase: string): string[] => {
    const doc = buildDoc(text);
    const t = doc.tokens;
    const words = phrase.split(" ");
    let first = -1;
    for (let i = 0; i + words.length <= t.length && first < 0; i++) if (words.every((w, k) => t[i + k].text === w)) first = i;
    return splitAtInnerWords(doc, [{ type: "PER", first, last: first + words.length }]).map((s) => `${s.type} ${t.slice(s.first, s.last).map((x) => x.text).join(" ")}`);
  };

  it("is two names", () => {
    expect(split("Vasko saw Delcourt’s words differently.", "Vasko saw Delcourt")).toEqual(["PER Vasko", "PER Delcourt"]);
    expect(split("Nationally, Ames leads Brody among young voters.", "Ames leads Brody")).toEqual(["PER Ames", "PER Brody"]);
  });

  it("keeps a name's particles", () => {
    expect(split("Mayor Lino de Vasconcelos spoke.", "Lino de Vasconcelos")).toEqual(["PER Lino de Vasconcelos"]);
  });

  it("lists each person once in the article", () => {
    const text = "Judge Orrin P. Vasko ruled on Friday. Vasko saw Delcourt's words differently. Teo Delcourt said he would appeal.";
    const out = listed(text);
    expect(out.some((x) => x.includes("saw"))).toBe(false);
  });
});
