/**
 * Patterns of issue #13's sixth pass (rules that keep the entity lists steady across retrained taggers: fields
 * the tagger left out of a body's name, addresses, surnames written first, ruling parties), each on an
 * invented text.
 */
import { describe, expect, it } from "vitest";
import { buildDoc } from "../../../src/analysis/text/sentences";
import { findEntities } from "../../../src/analysis/entities";
import { joinAndNames, joinFieldLists } from "../../../src/analysis/entities/orgs";
import type { NameSpan } from "../../../src/analysis/entities/spans";

const entities = (text: string) => findEntities(buildDoc(text));
const typeOf = (text: string, name: string) => entities(text).find((e) => e.name === name)?.type;
const names = (text: string) => entities(text).map((e) => e.name);

/** The doc of `text` and a span of `type` over the words `words` (the first place they occur). */
function span(text: string, type: NameSpan["type"], words: string): NameSpan {
  const doc = buildDoc(text);
  const parts = words.split(" ");
  const first = doc.tokens.findIndex((_, i) => parts.every((p, k) => doc.tokens[i + k]?.text === p));
  return { type, first, last: first + parts.length };
}
const texts = (text: string, spans: NameSpan[]) => {
  const doc = buildDoc(text);
  return spans.map((s) => `${s.type}:${doc.text.slice(doc.tokens[s.first].start, doc.tokens[s.last - 1].end)}`);
};

describe("a body's name listing its fields", () => {
  it("keeps the fields after the comma in the name", () => {
    const text = "“The smog lifted a little,” said Asha Rao, an analyst at the Pune-based Council on Energy, Environment and Water think tank.";
    expect(names(text)).toContain("Council on Energy, Environment and Water");
  });

  it("joins the fields the tagger left untagged after the comma", () => {
    const text = "She works at the Council on Energy, Environment and Water think tank.";
    const out = joinFieldLists(buildDoc(text), [span(text, "ORG", "Council on Energy"), span(text, "MISC", "Water")]);
    expect(texts(text, out)).toEqual(["ORG:Council on Energy, Environment and Water"]);
  });

  it("joins the second part however the tagger typed its first word", () => {
    const text = "The data come from Customs and Border Protection.";
    const out = joinAndNames(buildDoc(text), [span(text, "MISC", "Customs"), span(text, "PER", "Border")]);
    expect(texts(text, out)).toEqual(["ORG:Customs and Border Protection"]);
  });

  it("joins a field the tagger cut off after \"and\"", () => {
    const text = "Officers from Customs and Border Protection seized the boat. A spokesman for Customs and Border Protection said the crew was held.";
    expect(typeOf(text, "Customs and Border Protection")).toBe("organization");
  });
});

describe("places and people by the words around them", () => {
  it("reads a street name after a house number as a place", () => {
    const text = "Deputies arrested a man who lives at 2180 Marlow Place, the sheriff said.";
    expect(typeOf(text, "Marlow Place")).toBe("location");
  });

  it("reads a surname written first, alone, as the person of the full name", () => {
    const text =
      "A plan to impeach President Yoon Suk Yeol failed on Saturday. Anger over Yoon’s order grew. Six parties began proceedings against Yoon this week. Crowds called for Yoon’s ouster, and a poll showed Yoon’s approval at 13%.";
    const yoon = entities(text).filter((e) => /Yoon/.test(e.name));
    expect(yoon.map((e) => [e.type, e.name, e.mentions.length])).toEqual([["person", "Yoon Suk Yeol", 5]]);
  });

  it("leaves a company the tagger read as a person apart from its first word", () => {
    const text = "Exxon Mobil reported higher profits. Exxon said it would raise its dividend.";
    expect(entities(text).some((e) => e.type === "person" && e.name === "Exxon")).toBe(false);
  });

  it("reads the party after \"ruling\" as a body", () => {
    const text = "She rose quickly through the ranks of the ruling Zanu-PF before her husband fell.";
    expect(typeOf(text, "Zanu-PF")).toBe("organization");
  });
});

describe("names of the saved pages' popups", () => {
  it("reads the initials of a law the article names in full as the law, no body", () => {
    const text =
      "Critics say the Affordable Care Act lets the company avoid insuring its drivers. But the ACA’s subsidies, together with low wages, mean that taxpayers pay the bill.";
    expect(entities(text).some((e) => e.name === "ACA")).toBe(false);
  });

  it("keeps initials that a body of the article also has", () => {
    const text =
      "The American Civil Liberties Union sued over the Affordable Care Act rules. The ACLU said the Civil Liberties Act protected its members.";
    expect(typeOf(text, "ACLU") ?? typeOf(text, "American Civil Liberties Union")).toBe("organization");
  });

  it("reads a company named with a number after a word for a company", () => {
    const text = "Orders topped $2 million in March, according to the research firm 2020data.";
    expect(typeOf(text, "2020data")).toBe("organization");
  });

  it("leaves a number with its unit alone", () => {
    const text = "The company 50mph limit was lifted.";
    expect(names(text)).not.toContain("50mph");
  });
});
