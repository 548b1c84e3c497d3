import { describe, expect, it } from "vitest";
import { buildDoc } from "../../../src/analysis/text/sentences";
import { buildContext } from "../../../src/analysis/quotes/context";
import type { Entity } from "../../../src/analysis/types";

function cast(text: string, entities: Entity[] = []) {
  const ctx = buildContext(buildDoc(text), entities);
  const mentions = ctx.cast.mentions.map((m) => ({
    text: text.slice(ctx.doc.tokens[m.startTok].start, ctx.doc.tokens[m.endTok - 1].end),
    kind: m.kind,
    person: m.person >= 0 ? ctx.cast.people[m.person].name : null,
  }));
  return { ctx, mentions, people: ctx.cast.people };
}

describe("the cast of names", () => {
  it("splits a title from the name and keeps it as a role", () => {
    const { people } = cast("Public Safety Minister Bill Blair spoke first.");
    expect(people.map((p) => [p.name, p.roles])).toEqual([["Bill Blair", ["Public Safety Minister"]]]);
  });

  it("tells organizations, places and people apart", () => {
    const { mentions } = cast("The Food Standards Agency wrote to Hana Ito in New Zealand and to NASA.");
    expect(mentions.map((m) => [m.text, m.kind])).toEqual([
      ["Food Standards Agency", "organization"],
      ["Hana Ito", "person"],
      ["New Zealand", "place"],
      ["NASA", "organization"],
    ]);
  });

  it("keeps two people who share a surname apart and links the surname", () => {
    const { people, mentions } = cast("Robert Blair met Bill Blair. Later Blair left.");
    expect(people.map((p) => p.name)).toEqual(["Robert Blair", "Bill Blair"]);
    expect(mentions.find((m) => m.text === "Blair")?.person).toBe("Bill Blair");
  });

  it("a person called by first name loses the bare surname to the other", () => {
    const { mentions } = cast("Hori Ngata met his son Tane Ngata. Tane Ngata smiled. Tane waved. Then Ngata spoke.");
    expect(mentions.filter((m) => m.text === "Ngata").map((m) => m.person)).toEqual(["Hori Ngata"]);
  });

  it("merges short and long forms of one name into the fullest", () => {
    const { people } = cast("Ana Maria Ruiz arrived. Ana Ruiz sat down. Mrs Ruiz spoke.");
    expect(people.map((p) => p.name)).toEqual(["Ana Maria Ruiz"]);
    expect(people[0].gender).toBe(2);
  });

  it("records a kin or role apposition as a role", () => {
    const { people } = cast("Her uncle, Rafael Soto, was there.");
    expect(people[0].roles).toContain("Her uncle");
  });

  it("uses the entity engine's names and ids when it provides them", () => {
    const text = "Dana Holt spoke.";
    const entities: Entity[] = [{ id: "e7", type: "person", name: "Dana Holt", mentions: [{ start: 0, end: 9, text: "Dana Holt" }] }];
    const { people } = cast(text, entities);
    expect(people[0].entity).toBe("e7");
  });
});
