import { describe, expect, it } from "vitest";
import { buildDoc } from "../../../src/analysis/text/sentences";
import { findEntities } from "../../../src/analysis/entities";
import { isTypoOf } from "../../../src/analysis/entities/link";
import type { Entity } from "../../../src/analysis/types";
import {
  AGENCY_SHORT_NAME,
  AND_IN_NAME,
  ARMED_GROUPS,
  CAPITALISED_COMMON_WORDS,
  DESCRIBED_GOVERNMENT,
  INDUSTRY_HEADS,
  LOWER_CASE_VERB_BRAND,
  SHORT_FORMS,
  STATE_BODIES,
  TWO_COMPANIES_WITH_AND,
  TYPO_IN_NAME,
} from "../../fixtures/analysis/entities/organizations";

function entities(text: string): Entity[] {
  return findEntities(buildDoc(text));
}

function typeOf(list: Entity[], name: string): string | undefined {
  return list.find((e) => e.name === name)?.type;
}

function mentionTexts(list: Entity[], name: string): string[] {
  return list.find((e) => e.name === name)?.mentions.map((m) => m.text) ?? [];
}

describe("organization head words", () => {
  it("makes names ending in an industry or public-body word organizations, and keeps islands places", () => {
    const list = entities(INDUSTRY_HEADS);
    for (const name of ["Harrowgate Copper Mining", "Lindqvist Capital", "Meridale Pharmaceuticals", "Quorra Labs", "Tasman Fishing Union"]) {
      expect(typeOf(list, name), name).toBe("organization");
    }
    expect(typeOf(list, "Stewart Island")).toBe("location");
    expect(list.filter((e) => e.type === "location").map((e) => e.name)).toEqual(["Stewart Island"]);
  });

  it("joins a name the tagger split at “and” when the second part is a fragment ending in a head word", () => {
    const list = entities(AND_IN_NAME);
    expect(typeOf(list, "Pacific Ferry and Harbours Council")).toBe("organization");
    expect(list.some((e) => e.name === "Harbours Council" || e.name === "Pacific Ferry")).toBe(false);
  });

  it("keeps a company and a full company name joined by “and” apart", () => {
    const list = entities(TWO_COMPANIES_WITH_AND);
    expect(typeOf(list, "Quellmark Technologies")).toBe("organization");
    expect(list.some((e) => e.name.includes(" and "))).toBe(false);
  });
});

describe("bodies of a state", () => {
  const list = entities(STATE_BODIES);

  it("makes demonym or country plus embassy/ministry/government one organization", () => {
    expect(mentionTexts(list, "Danish embassy")).toEqual(["Danish embassy"]);
    expect(typeOf(list, "Danish embassy")).toBe("organization");
    expect(typeOf(list, "Peru's mining ministry")).toBe("organization");
    expect(typeOf(list, "Kenyan government")).toBe("organization");
    expect(typeOf(list, "Embassy of the Philippines")).toBe("organization");
  });

  it("still counts the country inside the body's name, as a nested mention", () => {
    const byCode = (code: string) => list.find((e) => e.type === "country" && e.code === code)?.mentions.map((m) => m.text);
    expect(byCode("DK")).toEqual(["Danish"]);
    expect(byCode("PE")).toEqual(["Peru"]);
    expect(byCode("KE")).toEqual(["Kenyan"]);
    expect(byCode("PH")).toEqual(["Philippines"]);
    const embassy = list.find((e) => e.name === "Danish embassy")!.mentions[0];
    const danish = list.find((e) => e.code === "DK")!.mentions[0];
    expect(danish.start).toBe(embassy.start);
    expect(danish.end).toBeLessThan(embassy.end);
  });

  it("does not make an indefinite “a Chinese bank” or a described government an organization", () => {
    expect(list.some((e) => e.type === "organization" && /bank/i.test(e.name))).toBe(false);
    expect(list.find((e) => e.code === "CN")?.type).toBe("country");
    const described = entities(DESCRIBED_GOVERNMENT);
    expect(described.filter((e) => e.type === "organization")).toEqual([]);
    expect(described.find((e) => e.code === "EE")?.type).toBe("country");
  });
});

describe("groups named by what is said of them", () => {
  const list = entities(ARMED_GROUPS);

  it("reads allegiance, members and apposition as organizations", () => {
    expect(typeOf(list, "Crimson Banner")).toBe("organization"); // loyal to the …
    expect(typeOf(list, "al-Nour")).toBe("organization"); // … militants
    expect(typeOf(list, "Liwa al-Fajr")).toBe("organization"); // …, a shadowy militia
    expect(typeOf(list, "Project Albatross")).toBe("organization"); // rescue group …
  });

  it("finds no place among them", () => {
    expect(list.filter((e) => e.type === "location" || e.type === "person")).toEqual([]);
  });
});

describe("linking organization short forms", () => {
  it("links a form without its country and one without a short all-caps tail", () => {
    const list = entities(SHORT_FORMS);
    expect(mentionTexts(list, "US Congress")).toEqual(["US Congress", "Congress"]);
    expect(mentionTexts(list, "Lumora XR")).toEqual(["Lumora XR", "Lumora"]);
    expect(list.find((e) => e.code === "US")?.mentions.map((m) => m.text)).toEqual(["US"]);
  });

  it("links a coined first word to the agency it names, not to a person", () => {
    const list = entities(AGENCY_SHORT_NAME);
    expect(list.filter((e) => e.type === "person")).toEqual([]);
    expect(mentionTexts(list, "Velkor Space Agency Press Office")).toEqual(["Velkor Space Agency Press Office", "Velkor", "Velkor"]);
  });

  it("treats two swapped letters as a typo of the same body", () => {
    const list = entities(TYPO_IN_NAME);
    const orgs = list.filter((e) => e.type === "organization");
    expect(orgs).toHaveLength(1);
    expect(orgs[0].mentions).toHaveLength(2);
    expect(isTypoOf(["west", "merica", "police"], ["west", "mercia", "police"])).toBe(true);
    expect(isTypoOf(["bank", "of", "ghana"], ["bank", "of", "china"])).toBe(false);
    expect(isTypoOf(["acme"], ["acme"])).toBe(false);
  });
});

describe("brands and capitalised common words", () => {
  it("keeps a brand whose name is also a lower-case verb", () => {
    const list = entities(LOWER_CASE_VERB_BRAND);
    expect(mentionTexts(list, "Google")).toEqual(["Google"]);
    expect(typeOf(list, "Google")).toBe("organization");
  });

  it("does not take a capitalised common word at a sentence start or before a possessive for a person", () => {
    const list = entities(CAPITALISED_COMMON_WORDS);
    expect(list.filter((e) => e.type === "person").map((e) => e.name)).toEqual(["Aroha Tane"]);
  });
});

describe("mentions stay valid slices", () => {
  it("for every fixture above", () => {
    for (const text of [INDUSTRY_HEADS, STATE_BODIES, ARMED_GROUPS, AND_IN_NAME, SHORT_FORMS, TYPO_IN_NAME]) {
      for (const e of entities(text)) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
