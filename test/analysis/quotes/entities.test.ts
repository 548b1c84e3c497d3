import { describe, expect, it } from "vitest";
import { buildDoc } from "../../../src/analysis/text/sentences";
import { findQuotes } from "../../../src/analysis/quotes";
import type { Entity } from "../../../src/analysis/types";
import { analyze } from "../../../src/analysis";

function mention(text: string, words: string, from = 0) {
  const start = text.indexOf(words, from);
  return { start, end: start + words.length, text: words };
}

describe("links to the entity list", () => {
  const text = "Innovation Minister Navdeep Bains met the Harbour Board. “We are ready,” Bains said. The board said the plan was sound.";

  it("works without entities, and then links nothing", () => {
    const quotes = findQuotes(buildDoc(text), []);
    expect(quotes.map((q) => [q.text, q.speaker.name, q.speaker.entity])).toEqual([
      ["We are ready", "Navdeep Bains", null],
      // "The board" is the Harbour Board named before it, even when no entity pass ran.
      ["the plan was sound", "Harbour Board", null],
    ]);
  });

  it("links person and organization speakers to their entity ids", () => {
    const entities: Entity[] = [
      { id: "p1", type: "person", name: "Navdeep Bains", mentions: [mention(text, "Navdeep Bains"), mention(text, "Bains", 40)] },
      { id: "o1", type: "organization", name: "Harbour Board", mentions: [mention(text, "Harbour Board")] },
    ];
    const quotes = findQuotes(buildDoc(text), entities);
    expect(quotes[0].speaker).toMatchObject({ name: "Navdeep Bains", entity: "p1", role: "Innovation Minister", type: "person" });
    expect(quotes[1].speaker).toMatchObject({ name: "Harbour Board", entity: "o1", mention: "The board", type: "organization" });
  });
});

describe("an organization speaker named after a country", () => {
  const text =
    "The Swedish consulate in Porto said in a statement that Sweden “welcomes the decision of both cities” and would review its own rules.";
  const country: Entity = { id: "c1", type: "country", name: "Sweden", code: "SE", mentions: [mention(text, "Swedish"), mention(text, "Sweden", 40)] };

  it("never links the consulate to the country of its demonym", () => {
    const quotes = findQuotes(buildDoc(text), [country]);
    expect(quotes.map((q) => [q.kind, q.speaker.type, q.speaker.entity])).toEqual([
      ["indirect", "organization", null],
      ["direct", "organization", null],
    ]);
  });

  it("links it to the organization entity when there is one, whatever the entity order", () => {
    const org: Entity = { id: "o1", type: "organization", name: "Swedish consulate", mentions: [mention(text, "Swedish consulate")] };
    for (const entities of [[country, org], [org, country]]) {
      const quotes = findQuotes(buildDoc(text), entities);
      expect(quotes.map((q) => q.speaker.entity)).toEqual(["o1", "o1"]);
    }
  });

  it("splits a place the entity pass ended right before a person's name ('ambassador to Britain Rosa …')", () => {
    const glued =
      "Peru’s ambassador to Britain has accused the UK of meddling. Protesters gathered on Sunday. " +
      "Peru’s ambassador to Britain Rosa Quispe has said that Peru can end the dispute.";
    const entities: Entity[] = [
      { id: "c1", type: "country", name: "United Kingdom", code: "GB", mentions: [mention(glued, "Britain"), mention(glued, "Britain", 100)] },
      { id: "p1", type: "person", name: "Rosa Quispe", mentions: [mention(glued, "Rosa Quispe")] },
    ];
    const quotes = findQuotes(buildDoc(glued), entities);
    expect(quotes.map((q) => [q.text, q.speaker.name])).toEqual([
      ["the UK of meddling", "Rosa Quispe"],
      ["Peru can end the dispute", "Rosa Quispe"],
    ]);
  });
});

describe("names the entity pass found inside a capitalised run", () => {
  it("leaves out a word opening the sentence before a person ('Enter Stuart R. Kaplan')", () => {
    const text = "Tarot cards never went mainstream. Enter Stuart R. Kaplan, a young toy buyer. “I’m all yours,” he tells the dealer.";
    const kaplan: Entity = { id: "p1", type: "person", name: "Stuart R. Kaplan", mentions: [mention(text, "Stuart R. Kaplan")] };
    expect(findQuotes(buildDoc(text), [kaplan])[0].speaker).toMatchObject({ name: "Stuart R. Kaplan", entity: "p1" });
  });

  it("reads a demonym before an organization as its modifier ('the Afghan Taliban … which it said')", () => {
    const text = "The Afghan Taliban claimed the attack on the drone, which it said crashed near the border post.";
    const entities: Entity[] = [
      { id: "c1", type: "country", name: "Afghanistan", code: "AF", mentions: [mention(text, "Afghan")] },
      { id: "o1", type: "organization", name: "Taliban", mentions: [mention(text, "Taliban")] },
    ];
    const quotes = findQuotes(buildDoc(text), entities);
    expect(quotes.map((q) => [q.text, q.speaker.name, q.speaker.entity])).toEqual([["crashed near the border post", "Taliban", "o1"]]);
  });

  it("does not give a person the place in their title ('Former Ohio Gov. Tom Reyes')", () => {
    const text = "Former Ohio Gov. Tom Reyes said the pension fund would run dry by 2030.";
    const ohio: Entity = { id: "l1", type: "location", name: "Ohio", mentions: [mention(text, "Ohio")] };
    expect(findQuotes(buildDoc(text), [ohio])[0].speaker).toMatchObject({ name: "Tom Reyes", type: "person", entity: null });
  });
});

describe("a title before a person the entity pass found", () => {
  it("keeps the title out of the name ('Minister of Finance Jane Doe')", () => {
    const text = "Minister of Finance Jane Doe said taxes would rise.";
    const doe: Entity = { id: "p1", type: "person", name: "Jane Doe", mentions: [mention(text, "Jane Doe")] };
    expect(findQuotes(buildDoc(text), [doe])[0].speaker).toMatchObject({ name: "Jane Doe", entity: "p1", type: "person" });
  });
  it("a short form of an organization's name the entity pass left untyped speaks as that organization", () => {
    const t = "Harlow Foods Market opened its store. Harlow Foods said it has cut prices on dozens of staples.";
    const entities: Entity[] = [
      { id: "o1", type: "organization", name: "Harlow Foods Market", mentions: [mention(t, "Harlow Foods Market")] },
    ];
    const quotes = findQuotes(buildDoc(t), entities);
    expect(quotes.map((q) => [q.text, q.speaker.name, q.speaker.type, q.speaker.entity])).toEqual([
      ["it has cut prices on dozens of staples", "Harlow Foods Market", "organization", "o1"],
    ]);
  });
});

describe("a title-case headline above the story", () => {
  it("makes no name of its capitalised words: 'Sam Reed Just Got Asked …' is Sam Reed, in the quotes and the entity list", () => {
    const text =
      "Sam Reed Just Got Asked About Mayor Ada Pell – His Answer May Anger Half Of The Town.\n\n" +
      "Veteran comedian Sam Reed recently hit another milestone with his show.\n\n" +
      "“I am not as well worded,” Reed said.";
    const a = analyze({ text });
    expect(a.quotes.map((q) => [q.text, q.speaker.name])).toEqual([["I am not as well worded", "Sam Reed"]]);
    expect(a.entities.filter((e) => e.type === "person").map((e) => e.name)).toContain("Sam Reed");
    expect(a.entities.map((e) => e.name)).not.toContain("Sam Reed Just Got");
  });
});

describe("a transcript with a speaker in capitals", () => {
  it("gives a line labelled 'PENN:' to Laura Penn, named before", () => {
    const text =
      "Host Chris Marsh asked the economist Laura Penn about the tax plan on Sunday.\n\n" +
      "PENN: The funds would pay first, and then I think their customers would.";
    const a = analyze({ text });
    expect(a.quotes.map((q) => [q.kind, q.text, q.speaker.name])).toEqual([
      ["indirect", "The funds would pay first, and then I think their customers would", "Laura Penn"],
    ]);
  });
});

describe("a word that opens a sentence before a name", () => {
  it("is no part of the name the entity pass finds elsewhere ('Maybe Blake will …', then 'Blake said')", () => {
    const text = "Officials met on Monday. Maybe Blake will change his mind, aides said. “I am not done,” Blake said.";
    const quote = analyze({ text }).quotes.find((q) => q.text === "I am not done");
    expect(quote?.speaker).toMatchObject({ name: "Blake", type: "person" });
  });
});

describe("a name the entity pass found with its article", () => {
  it("keeps the article and the link ('The Hill reported')", () => {
    const text = "Dorsey’s remarks came on Friday, The Hill reported. “He keeps mocking my plan,” Dorsey said.";
    const a = analyze({ text });
    const hill = a.entities.find((e) => e.name === "The Hill");
    expect(a.quotes.find((q) => q.cue === "reported")?.speaker).toMatchObject({ name: "The Hill", entity: hill?.id, type: "organization" });
  });
});

describe("a surname that is also a demonym", () => {
  const text = "The investor Dana Welsh spoke on Sunday. “We will not sell,” Welsh said. Welsh officials said the mine would stay open.";
  const person: Entity = { id: "p1", type: "person", name: "Dana Welsh", mentions: [mention(text, "Dana Welsh")] };
  const country: Entity = { id: "c1", type: "country", name: "United Kingdom", code: "GB", mentions: [mention(text, "Welsh", 45), mention(text, "Welsh", 70)] };

  it("is the listed person's, not the country's, when it stands alone as a speaker", () => {
    const quotes = findQuotes(buildDoc(text), [person, country]);
    expect(quotes[0].speaker).toMatchObject({ name: "Dana Welsh", entity: "p1", type: "person" });
    // ("Welsh officials": a demonym before a noun is still no one's name.)
    expect(quotes[1].speaker).toMatchObject({ type: "anonymous", mention: "Welsh officials" });
  });
});

describe("the subject a participle shares, with the entity pass's names", () => {
  it("is the clause's own after a fronted phrase opened by an adverb and a preposition, and the nearer of two joined clauses", () => {
    const text =
      "Shortly after the vote, the tenants of the tower had organized, warning that the rent rise would empty the building. " +
      "Over the past week, inspectors closed the pier and Mayor Dana Ruiz fired her harbor chief, admitting that the city had ignored the cracks.";
    expect(analyze({ text }).quotes.map((q) => [q.text, q.speaker.mention])).toEqual([
      ["the rent rise would empty the building", "the tenants of the tower"],
      ["the city had ignored the cracks", "Mayor Dana Ruiz"],
    ]);
  });
});

describe("a description that repeats words of an organization's name", () => {
  it("means that organization, not the one named since inside the reported clause, and a possessive inside the name stays in it", () => {
    const text =
      "The Harbor County Attorney’s Office charged Dale Pruitt in May. During the call, he asked about the Northside Rifle Club, " +
      "called the mayor a “thief” and said, “somebody ought to stop her,” the prosecutor’s office said.";
    const quotes = analyze({ text }).quotes;
    expect(quotes.map((q) => [q.kind, q.speaker.name, q.speaker.mention])).toEqual([
      ["indirect", "Harbor County Attorney’s Office", "the prosecutor’s office"],
      ["direct", "Dale Pruitt", "he"],
      ["direct", "Dale Pruitt", "he"],
    ]);
  });
});

describe("a title the entity pass cut from its name", () => {
  it("is nobody of its own: 'Senate Majority Leader Ada Pell … He said' goes to Ada Pell", () => {
    const text = "Senate Majority Leader Ada Pell spoke to the council on Tuesday. He said the levy would pass in March.";
    const quote = analyze({ text }).quotes.find((q) => q.text === "the levy would pass in March");
    expect(quote?.speaker.name).toBe("Ada Pell");
  });
});
