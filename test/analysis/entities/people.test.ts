/**
 * People the words around a name reveal, and words that are no part of a person's name (people.ts), each on
 * an invented sentence.
 */
import { describe, expect, it } from "vitest";
import { buildDoc, type Doc } from "../../../src/analysis/text/sentences";
import { findEntities } from "../../../src/analysis/entities";
import { dropDepartments, markGroups } from "../../../src/analysis/entities/orgs";
import { markPersonCues } from "../../../src/analysis/entities/people";
import { spanText, type NameSpan, type SpanType } from "../../../src/analysis/entities/spans";
import * as F from "../../fixtures/analysis/entities/reader";

/** A span over the first occurrence of `words` in the document, typed as the tagger might have typed it. */
function spanOf(doc: Doc, words: string, type: SpanType): NameSpan {
  const parts = words.split(" ");
  const t = doc.tokens;
  for (let i = 0; i + parts.length <= t.length; i++) {
    if (parts.every((p, k) => t[i + k].text === p)) return { type, first: i, last: i + parts.length };
  }
  throw new Error(`no "${words}"`);
}

describe("a name run on into the noun it modifies", () => {
  it("keeps the person the article names elsewhere and drops the brand word", () => {
    const list = findEntities(buildDoc(F.NAME_BEFORE_MODIFIED_NOUN));
    const hopper = list.find((e) => e.name === "Grace Hopper");
    expect(hopper?.type).toBe("person");
    expect(hopper?.mentions.map((m) => m.text)).toEqual(["Grace Hopper", "Hopper", "Grace Hopper"]);
    expect(list.map((e) => e.name).filter((n) => n.includes("Lego"))).toEqual([]);
  });
});

describe("people named by the words around them", () => {
  it("makes a full name after a noun only people are a person, whatever the tagger said", () => {
    const doc = buildDoc(F.DEVELOPER_BEFORE_NAME);
    const [s] = markPersonCues(doc, [spanOf(doc, "Rashid Mahmood", "ORG")]);
    expect(s.type).toBe("PER");
    // The noun must be right before the name: a company after "the company" stays what it was.
    const other = buildDoc("The deal was signed by the company Harwell Mahmood last year.");
    expect(markPersonCues(other, [spanOf(other, "Harwell Mahmood", "ORG")])[0].type).toBe("ORG");
  });

  it("makes a full name after a player's position a person", () => {
    const doc = buildDoc(F.PLAYER_AFTER_POSITION);
    expect(markPersonCues(doc, [spanOf(doc, "Okoro Baptiste", "ORG")])[0].type).toBe("PER");
  });

  it("reads the X of 'the X administration' as the person who heads it", () => {
    const list = findEntities(buildDoc(F.ADMINISTRATION_OF_PERSON));
    expect(list.filter((e) => e.name === "Obama").map((e) => e.type)).toEqual(["person"]);
  });

  it("does not make a person an organization because someone leads the person's party", () => {
    const doc = buildDoc(F.LEADER_OF_PERSONS_PARTY);
    const [park] = markGroups(doc, [spanOf(doc, "Park", "LOC")]);
    expect(park.type).toBe("LOC");
    expect(park.cued).toBeUndefined();
    const group = buildDoc(F.LEADER_OF_GROUP);
    const [hezbollah] = markGroups(group, [spanOf(group, "Hezbollah", "LOC")]);
    expect([hezbollah.type, spanText(group, hezbollah)]).toEqual(["ORG", "Hezbollah"]);
  });
});

describe("credit lines and titles", () => {
  it("makes the full names before 'contributed' reporters, and leaves the places after 'in'", () => {
    const doc = buildDoc(F.CREDIT_LINE);
    const out = markPersonCues(doc, [spanOf(doc, "Busan", "LOC"), spanOf(doc, "Doyun Pak", "LOC")]);
    expect(out.map((s) => `${s.type} ${spanText(doc, s)}`)).toEqual(["LOC Busan", "PER Doyun Pak"]);
  });

  it("drops the ministry's field of 'Interior Minister X', a part of the title", () => {
    const doc = buildDoc(F.MINISTRY_FIELD_IN_TITLE);
    const out = dropDepartments(doc, [spanOf(doc, "Interior", "ORG"), spanOf(doc, "Kwon Tae-sik", "PER")]);
    expect(out.map((s) => spanText(doc, s))).toEqual(["Kwon Tae-sik"]);
  });

  it("reads a name and a country before 'poll' as the pollster", () => {
    const list = findEntities(buildDoc(F.POLLSTER_WITH_COUNTRY));
    expect(list.map((e) => `${e.type} ${e.name}`)).toEqual(["organization Harris Japan"]);
  });
});
