import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildDoc } from "../../../src/analysis/text/sentences";
import { findEntities } from "../../../src/analysis/entities";
import { isAcronymOf } from "../../../src/analysis/entities/link";
import { lookupCountry } from "../../../src/analysis/entities/countries";
import type { Entity } from "../../../src/analysis/types";
import {
  ADMINISTRATION,
  BYLINE,
  CAPITAL_AS_PLACE_NAME,
  HEAD_WORDS,
  LAWS_AND_ARTICLES,
  LONE_NAMES,
  PHOTO_CREDIT,
  CAPITALS_AS_GOVERNMENTS,
  COMPANY_SHORT_FORM,
  COUNTRY_FORMS,
  MINISTER_AND_BROADCASTER,
  TWO_SURNAMES,
  WEB_ERA_COMPANIES,
  WHITE_HOUSE,
} from "../../fixtures/analysis/entities/articles";

function entities(text: string): Entity[] {
  return findEntities(buildDoc(text));
}

function byName(list: Entity[], name: string): Entity | undefined {
  return list.find((e) => e.name === name);
}

function mentionTexts(e: Entity | undefined): string[] {
  return e ? e.mentions.map((m) => m.text) : [];
}

describe("people", () => {
  it("strips titles and links a bare surname to the full name", () => {
    const list = entities(MINISTER_AND_BROADCASTER);
    const p = byName(list, "Margaret Holloway");
    expect(p?.type).toBe("person");
    expect(mentionTexts(p)).toEqual(["Margaret Holloway", "Holloway"]);
  });

  it("keeps two people with one surname apart and sends a bare surname to the nearest one", () => {
    const list = entities(TWO_SURNAMES);
    const thomas = byName(list, "Thomas Garrow");
    const helen = byName(list, "Helen Garrow");
    expect(thomas?.type).toBe("person");
    expect(helen?.type).toBe("person");
    expect(thomas).not.toBe(helen);
    // The last "Garrow" follows "Helen Garrow" in the same sentence.
    const lastGarrow = TWO_SURNAMES.lastIndexOf("Garrow said she");
    expect(helen!.mentions.some((m) => m.start === lastGarrow)).toBe(true);
    expect(thomas!.mentions.some((m) => m.start === lastGarrow)).toBe(false);
    expect(list.filter((e) => e.name === "Garrow")).toEqual([]);
  });

  it("finds names in bylines", () => {
    const list = entities(BYLINE);
    expect(byName(list, "Laura Pemberton")?.type).toBe("person");
    expect(byName(list, "Kevin Ashdown")?.type).toBe("person");
    expect(byName(list, "London")?.type).toBe("location");
  });

  it("keeps a surname used as a modifier with the person, and a demonym's government with its country", () => {
    const list = entities(ADMINISTRATION);
    expect(mentionTexts(byName(list, "Alma Reyes"))).toEqual(["Alma Reyes", "Reyes"]);
    expect(byName(list, "Chilean government")?.type).toBe("organization");
    expect(mentionTexts(list.find((e) => e.code === "CL"))).toEqual(["Chilean"]);
  });

  it("keeps a one-word person only with a sign of a person: an honorific, speech, a given name", () => {
    const list = entities(LONE_NAMES);
    expect(byName(list, "Okafor")?.type).toBe("person");
    expect(byName(list, "Adeyemi")?.type).toBe("person");
    expect(list.some((e) => e.type === "person" && e.name === "Brennix")).toBe(false);
  });

  it("strips the possessive from a mention", () => {
    const list = entities(WHITE_HOUSE);
    const marsh = byName(list, "Daniel Marsh");
    expect(mentionTexts(marsh)).toEqual(["Daniel Marsh", "Marsh"]);
  });
});

describe("organizations", () => {
  it("links an acronym to the full name", () => {
    const list = entities(MINISTER_AND_BROADCASTER);
    const cbc = byName(list, "Canadian Broadcasting Corporation");
    expect(cbc?.type).toBe("organization");
    expect(mentionTexts(cbc)).toEqual(["Canadian Broadcasting Corporation", "CBC"]);
  });

  it("links a company's short name to its full name", () => {
    const list = entities(COMPANY_SHORT_FORM);
    const co = byName(list, "Norvell Technologies");
    expect(co?.type).toBe("organization");
    expect(mentionTexts(co)).toEqual(["Norvell Technologies", "Norvell", "Norvell"]);
  });

  it("treats the White House as an organization, not a place", () => {
    const list = entities(WHITE_HOUSE);
    const wh = byName(list, "White House");
    expect(wh?.type).toBe("organization");
    expect(list.some((e) => e.type === "location" && e.name.includes("White House"))).toBe(false);
    expect(byName(list, "Kenya")?.code).toBe("KE");
  });

  it("knows web-era companies from the brand list, but not a place after 'the'", () => {
    const list = entities(WEB_ERA_COMPANIES);
    expect(byName(list, "Instagram")?.type).toBe("organization");
    expect(byName(list, "Tumblr")?.type).toBe("organization");
    expect(byName(list, "Ruth Kessel")?.type).toBe("person");
    expect(list.some((e) => e.type === "organization" && e.name === "Amazon")).toBe(false);
  });

  it("recognises acronyms by initials only", () => {
    expect(isAcronymOf("CBC", ["Canadian", "Broadcasting", "Corp"])).toBe(true);
    expect(isAcronymOf("DOC", ["Department", "of", "Conservation"])).toBe(true);
    expect(isAcronymOf("CBS", ["Canadian", "Broadcasting", "Corp"])).toBe(false);
  });
});

describe("countries and places", () => {
  it("reads capitals as governments when they act, and as places after a locative preposition", () => {
    const list = entities(CAPITALS_AS_GOVERNMENTS);
    const us = list.find((e) => e.code === "US");
    const ca = list.find((e) => e.code === "CA");
    const cn = list.find((e) => e.code === "CN");
    expect(mentionTexts(us)).toEqual(["Washington"]);
    expect(mentionTexts(ca)).toEqual(["Ottawa"]);
    expect(mentionTexts(cn)).toEqual(["Beijing"]);
    expect(us!.mentions[0].start).toBe(0);
    expect(ca!.mentions[0].start).toBe(CAPITALS_AS_GOVERNMENTS.indexOf("Ottawa's"));
    expect(mentionTexts(byName(list, "Ottawa"))).toEqual(["Ottawa"]);
    expect(mentionTexts(byName(list, "Washington"))).toEqual(["Washington"]);
    expect(byName(list, "Ottawa")?.type).toBe("location");
  });

  it("lists each country once with its code, from names, short forms, demonyms and possessives", () => {
    const list = entities(COUNTRY_FORMS);
    const countries = list.filter((e) => e.type === "country");
    expect(countries.map((c) => c.code).sort()).toEqual(["CA", "CN", "GB", "US"]);
    expect(mentionTexts(list.find((e) => e.code === "US"))).toEqual(["U.S.", "United States of America"]);
    expect(mentionTexts(list.find((e) => e.code === "CA"))).toEqual(["Canada", "Canadian"]);
    expect(mentionTexts(list.find((e) => e.code === "CN"))).toEqual(["Chinese", "China"]);
    expect(list.find((e) => e.code === "GB")?.name).toBe("United Kingdom");
    expect(list.find((e) => e.code === "US")?.name).toBe("United States");
  });

  it("treats a dateline capital as a place", () => {
    const list = entities(MINISTER_AND_BROADCASTER);
    expect(byName(list, "Ottawa")?.type).toBe("location");
    expect(list.some((e) => e.type === "country" && e.mentions.some((m) => m.text === "OTTAWA"))).toBe(false);
  });

  it("looks up short forms and demonyms from the country data", () => {
    expect(lookupCountry("U.K.")?.code).toBe("GB");
    expect(lookupCountry("USA")?.code).toBe("US");
    expect(lookupCountry("Britain")?.code).toBe("GB");
    expect(lookupCountry("Canadian")).toEqual({ code: "CA", kind: "demonym" });
    expect(lookupCountry("Beijing")).toEqual({ code: "CN", kind: "capital" });
    expect(lookupCountry("CA")).toBeNull();
  });
});

describe("head words and things that are not names", () => {
  it("lets an organization word settle the type and links the short form", () => {
    const list = entities(HEAD_WORDS);
    const group = byName(list, "Korvana Group");
    expect(group?.type).toBe("organization");
    expect(mentionTexts(group)).toEqual(["Korvana Group", "Korvana"]);
    expect(byName(list, "Tarrow Island")?.type).toBe("location");
  });

  it("does not take a bill for a person named Bill", () => {
    const list = entities(LAWS_AND_ARTICLES);
    const henley = byName(list, "Bill Henley");
    expect(henley?.type).toBe("person");
    expect(mentionTexts(henley)).toEqual(["Bill Henley", "Henley"]);
    expect(list.some((e) => e.mentions.some((m) => m.text === "Bill" ))).toBe(false);
  });

  it("reads a name between the slashes of a photo credit as a person", () => {
    const list = entities(PHOTO_CREDIT);
    expect(byName(list, "Tiva Marsh")?.type).toBe("person");
    expect(list.some((e) => /photo/i.test(e.name))).toBe(false);
  });

  it("keeps a capital that names a street or an event a place", () => {
    const list = entities(CAPITAL_AS_PLACE_NAME);
    expect(list.some((e) => e.type === "country")).toBe(false);
  });
});

describe("entity list shape", () => {
  it("numbers entities in order of first mention and sorts mentions", () => {
    const text = [MINISTER_AND_BROADCASTER, COUNTRY_FORMS, WHITE_HOUSE].join("\n");
    const list = entities(text);
    expect(list.map((e) => e.id)).toEqual(list.map((_, i) => `e${i + 1}`));
    const firsts = list.map((e) => e.mentions[0].start);
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
    for (const e of list) {
      const starts = e.mentions.map((m) => m.start);
      expect([...starts].sort((a, b) => a - b)).toEqual(starts);
      if (e.type === "country") expect(e.code).toMatch(/^[A-Z]{2}$/);
      else expect(e.code).toBeUndefined();
    }
  });

  it("returns nothing for empty or name-free text", () => {
    expect(entities("")).toEqual([]);
    expect(entities("   \n  ")).toEqual([]);
    expect(entities("it was a quiet day and nothing happened.")).toEqual([]);
  });

  it("gives mentions that are exact slices of the text, whatever the text (property)", () => {
    const words = fc.constantFrom(
      "Washington", "Ottawa's", "Canada", "Chinese", "U.S.", "the", "said", "Minister", "Margaret", "Holloway",
      "CBC", "White", "House", "“", "”", "’s", ",", ".", "\n", "Norvell", "Technologies", "in", "é", "😀", "-",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string({ maxLength: 6 })), { maxLength: 40 }), fc.constantFrom(" ", "", "  "), (parts, sep) => {
        const text = parts.join(sep);
        const list = entities(text);
        const ids = new Set<string>();
        for (const e of list) {
          expect(ids.has(e.id)).toBe(false);
          ids.add(e.id);
          expect(e.mentions.length).toBeGreaterThan(0);
          for (const m of e.mentions) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeGreaterThan(m.start);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(m.start, m.end)).toBe(m.text);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
