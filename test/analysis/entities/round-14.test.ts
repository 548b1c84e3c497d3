/**
 * Issue #13, round 14: the repair pass on the tagger's spans (repair.ts), written for a retrained tagger whose
 * mistakes differ from the shipped one's. The tagger's spans are given by hand here, as a retrained model might
 * read them, so each rule is tested whatever the committed model says. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { buildDoc, type Doc } from "../../../src/analysis/text/sentences";
import { markTitledPersons, repairTaggedSpans } from "../../../src/analysis/entities/repair";
import { findEntities } from "../../../src/analysis/entities";
import type { NameSpan, SpanType } from "../../../src/analysis/entities/spans";

/** The span over the words of `phrase` (its `nth` occurrence), as the tagger would give it. */
function span(doc: Doc, phrase: string, type: SpanType, nth = 0): NameSpan {
  const words = phrase.split(" ");
  const t = doc.tokens;
  let seen = 0;
  for (let i = 0; i + words.length <= t.length; i++) {
    if (words.every((w, k) => t[i + k].text === w) && seen++ === nth) return { type, first: i, last: i + words.length };
  }
  throw new Error(`no "${phrase}" in the text`);
}

function read(doc: Doc, spans: NameSpan[]): string[] {
  return spans.map((s) => `${s.type} ${doc.tokens.slice(s.first, s.last).map((x) => x.text).join(" ")}`);
}

function repair(text: string, tagged: [string, SpanType, number?][]): string[] {
  const doc = buildDoc(text);
  const spans = tagged.map(([p, type, nth]) => span(doc, p, type, nth)).sort((a, b) => a.first - b.first);
  return read(doc, repairTaggedSpans(doc, spans));
}

describe("repairTaggedSpans: edges and types the words around a name settle", () => {
  it("makes a company of a name before a legal suffix", () => {
    expect(repair("Harlan Voss Co. executive Mara Quill said demand was high.", [["Harlan Voss", "PER"], ["Mara Quill", "PER"]])).toEqual([
      "ORG Harlan Voss Co.",
      "PER Mara Quill",
    ]);
  });

  it("reads a compass word before a country as a region, a place", () => {
    expect(repair("Smog settles over North India every winter.", [["North India", "ORG"]])).toEqual(["LOC North India"]);
    // The whole a country's name: left to places.ts.
    expect(repair("Talks with North Korea stalled.", [["North Korea", "ORG"]])).toEqual(["ORG North Korea"]);
  });

  it("reads a name followed by a person's role in apposition as a person", () => {
    expect(repair("Tam Yiu-kwan, the commander of the harbour district, said the roads were closed.", [["Tam Yiu-kwan", "LOC"]])).toEqual([
      "PER Tam Yiu-kwan",
    ]);
    // A place with an appositive that is no person's role stays.
    expect(repair("Velmora, the capital of the province, flooded.", [["Velmora", "LOC"]])).toEqual(["LOC Velmora"]);
  });

  it("takes in a law's word the tagger left out", () => {
    expect(repair("Critics attacked the new Tariff Reform Bill in parliament.", [["Tariff Reform", "ORG"]])).toEqual(["MISC Tariff Reform Bill"]);
  });

  it("joins a city read as a place of its own to the body's name after it", () => {
    expect(repair("Zinc rose on the Quarrytown Metal Exchange on Monday.", [["Quarrytown", "LOC"], ["Metal Exchange", "ORG"]])).toEqual([
      "ORG Quarrytown Metal Exchange",
    ]);
    // A country before a body is a state body of its own (orgs.ts): no join.
    expect(repair("Rates were cut by the Canada Central Bank on Monday.", [["Canada", "LOC"], ["Central Bank", "ORG"]])).toEqual([
      "LOC Canada",
      "ORG Central Bank",
    ]);
  });

  it("joins a title split at \"on\"", () => {
    expect(repair("People who filled in The National Study on Sleep and Health were asked twice.", [["The National Study", "MISC"], ["Sleep and Health", "ORG"]])).toEqual([
      "MISC The National Study on Sleep and Health",
    ]);
  });

  it("reads a one-word name after a title as a person's, with a small capitalised word after it", () => {
    expect(repair("Talks between the envoy and vice-premier Wu He resumed.", [["Wu", "ORG"]])).toEqual(["PER Wu He"]);
  });

  it("reads a place inside a region named before it as a place", () => {
    expect(repair("Dev Arora, 24, from Gujarat’s Anandpur, was sent home.", [["Dev Arora", "PER"], ["Gujarat", "LOC"], ["Anandpur", "ORG"]])).toEqual([
      "PER Dev Arora",
      "LOC Gujarat",
      "LOC Anandpur",
    ]);
  });

  it("reads initials after \"the\" that name no country as a body", () => {
    expect(repair("Britain must stay in the EU to have a say.", [["Britain", "LOC"], ["EU", "LOC"]])).toEqual(["LOC Britain", "ORG EU"]);
    expect(repair("Britain must stay close to the UK to have a say.", [["UK", "LOC"]])).toEqual(["LOC UK"]);
  });

  it("joins a body's name cut at \"and\" that the article writes twice", () => {
    const text = "Seizures rose, according to Tolls and Border Watch. The way Tolls and Border Watch counts them changed.";
    expect(repair(text, [["Tolls", "MISC"], ["Tolls", "MISC", 1]])).toEqual(["ORG Tolls and Border Watch", "ORG Tolls and Border Watch"]);
    // Once only: left alone.
    expect(repair("They came from Tolls and Border Watch.", [["Tolls", "MISC"]])).toEqual(["MISC Tolls"]);
  });

  it("reads one word read as a place beside a company as a company", () => {
    expect(repair("They met executives from Harbour Media Corporation and Fairmead, and the union.", [["Harbour Media Corporation", "ORG"], ["Fairmead", "LOC"]])).toEqual([
      "ORG Harbour Media Corporation",
      "ORG Fairmead",
    ]);
  });

  it("drops a short code of digits and letters after a name the article writes alone", () => {
    expect(repair("Qorvex sells phones. Rivals fear Qorvex 5G gear.", [["Qorvex", "ORG"], ["Qorvex 5G", "ORG"]])).toEqual(["ORG Qorvex", "ORG Qorvex"]);
  });

  it("reads \"The\" and capitalised words before a reporting verb as a publication", () => {
    expect(repair("The Riverside Courier says police are looking into it.", [])).toEqual(["ORG Riverside Courier"]);
    expect(repair("The Riverside Courier says police are looking into it.", [["Riverside", "LOC"]])).toEqual(["ORG Riverside Courier"]);
    // A title is a person's: "The President said".
    expect(repair("The President said the talks would go on.", [])).toEqual([]);
    // A family named by its members: "The Okafors said", "Ada Okafor".
    expect(repair("Ada Okafor was there. The Okafors said they were glad.", [["Ada Okafor", "PER"]])).toEqual(["PER Ada Okafor"]);
  });

  it("reads one capitalised word told things, with no sign of a person, as an outlet", () => {
    expect(repair("A doctor at the scene told Newsly that he tried to help.", [])).toEqual(["ORG Newsly"]);
    // A given name is a person's: left to the tagger.
    expect(repair("A doctor at the scene told Mary that he tried to help.", [])).toEqual([]);
  });

  it("reads a word and initials left out as a company", () => {
    expect(repair("Corvane ATK, the agency's other shipper, sent supplies in October.", [])).toEqual(["ORG Corvane ATK"]);
    // Roman numerals are no initials.
    expect(repair("They studied World Records II in class.", [])).toEqual([]);
  });

  it("names the office of the title before a person whose office acts", () => {
    expect(repair("Public Ombudsman Ana Ruiz’s office said the deaths were caused by gunshots.", [["Ana Ruiz", "PER"]])).toEqual([
      "ORG Public Ombudsman",
      "PER Ana Ruiz",
    ]);
  });

  it("reads a two-word name as a person where the article names others of that family", () => {
    const text = "Hemi Tarawa met the crew. His son, Rua Tarawa, came too. Hemi Tarawa said little.";
    expect(repair(text, [["Hemi Tarawa", "ORG"], ["Rua Tarawa", "PER"], ["Hemi Tarawa", "LOC", 1]])).toEqual([
      "PER Hemi Tarawa",
      "PER Rua Tarawa",
      "PER Hemi Tarawa",
    ]);
    // Not a place before a surname the article names alone as a place.
    const place = "Kessa Brin spoke in Orlath. Crowds in Orlath Brin cheered.";
    expect(repair(place, [["Kessa Brin", "PER"], ["Orlath", "LOC"], ["Orlath Brin", "LOC"]])).toEqual(["PER Kessa Brin", "LOC Orlath", "LOC Orlath Brin"]);
  });

  it("carries a word cut by mis-decoded text on to its end", () => {
    const text = "said Federico de Jes\u00c3\u0083\u00c2os, a strategist.";
    const doc = buildDoc(text);
    const first = doc.tokens.findIndex((x) => x.text === "Federico");
    const cut = doc.tokens.findIndex((x) => x.text.startsWith("Jes"));
    const out = read(doc, repairTaggedSpans(doc, [{ type: "PER", first, last: cut + 1 }]));
    expect(out).toHaveLength(1);
    expect(out[0].startsWith("PER Federico de Jes")).toBe(true);
    expect(out[0].endsWith("os")).toBe(true);
  });
});

describe("markTitledPersons", () => {
  it("reads a name written after a person's title as a person where the tagger mostly read it as a body", () => {
    const text = "President Okafor spoke. Okafor has pushed the deal, and Okafor was pleased.";
    const doc = buildDoc(text);
    const spans = [span(doc, "Okafor", "PER"), span(doc, "Okafor", "ORG", 1), span(doc, "Okafor", "ORG", 2)];
    expect(read(doc, markTitledPersons(doc, spans))).toEqual(["PER Okafor", "PER Okafor", "PER Okafor"]);
  });

  it("leaves a name without a title", () => {
    const text = "Okafor has pushed the deal, and Okafor was pleased.";
    const doc = buildDoc(text);
    const spans = [span(doc, "Okafor", "ORG"), span(doc, "Okafor", "ORG", 1)];
    expect(read(doc, markTitledPersons(doc, spans))).toEqual(["ORG Okafor", "ORG Okafor"]);
  });
});

describe("things named by a participle, and a publication's last word alone", () => {
  const listed = (text: string) => findEntities(buildDoc(text)).map((e) => `${e.type} ${e.name}`);

  it("reads a name given by \"dubbed\" after a noun of no person as a thing", () => {
    const text = "The hunter caught the medieval disease dubbed the Grey Sickness, say officials. The Grey Sickness killed thousands.";
    expect(listed(text).filter((e) => e.includes("Grey Sickness"))).toEqual([]);
  });

  it("links \"the Courier\" to \"The Riverside Courier\" when both are written with \"the\"", () => {
    const text = "The Riverside Courier reported that police were looking into the fight. The Courier said the man was arrested a block away.";
    const courier = listed(text).filter((e) => e.includes("Courier"));
    expect(courier).toEqual(["organization Riverside Courier"]);
  });
});

describe("a role after a person", () => {
  it("drops a role the tagger read as a body after a person and a comma", () => {
    expect(repair("“Prices will rise,” said Ana Ruiz, Head of Equity Studies at Corvel Partners.", [["Ana Ruiz", "PER"], ["Head of Equity Studies", "ORG"], ["Corvel Partners", "ORG"]])).toEqual([
      "PER Ana Ruiz",
      "ORG Corvel Partners",
    ]);
  });
});
