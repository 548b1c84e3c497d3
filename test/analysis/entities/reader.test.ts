/**
 * What a reader of the popup would call wrong on real pages (issue #13), each on an invented text: page
 * furniture inside running text.
 */
import { describe, expect, it } from "vitest";
import { buildDoc } from "../../../src/analysis/text/sentences";
import { findEntities, isInterjection } from "../../../src/analysis/entities";
import { linkSpans } from "../../../src/analysis/entities/link";
import { harmonizeTypes, markBrands, spanText, type NameSpan } from "../../../src/analysis/entities/spans";
import * as F from "../../fixtures/analysis/entities/reader";

describe("page furniture inside running text", () => {
  it("lists no name from a share bar, a bar of links or a print edition's headline that the body does not write", () => {
    const list = findEntities(buildDoc(F.PAGE_FURNITURE_BARS));
    expect(list.map((e) => `${e.type} ${e.name}`).sort()).toEqual(["organization Harbour Authority", "person Dana Whitlock"]);
  });
});

describe("a given name inside a business's name", () => {
  it("reads 'Sam’s Club' as the business, not a person Sam", () => {
    const list = findEntities(buildDoc(F.BUSINESS_NAMED_FOR_GIVEN_NAME));
    expect(list.filter((e) => e.name.includes("Sam")).map((e) => `${e.type} ${e.name}`)).toEqual(["organization Sam’s Club"]);
  });
});

describe("type decided once per form from all its uses", () => {
  it("keeps an adjective that opens a party's name out of the party's mentions", () => {
    const list = findEntities(buildDoc(F.ADJECTIVE_OPENING_A_NAME));
    expect(list.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)])).toEqual([
      ["organization", "Islamist Freedom Front", ["Islamist Freedom Front"]],
    ]);
  });
});

describe("names that are no people", () => {
  it("lists no person for a given name before the noun it modifies", () => {
    expect(findEntities(buildDoc(F.GIVEN_NAME_MODIFIES_NOUN)).filter((e) => e.type === "person")).toEqual([]);
  });

  it("keeps no name of a title-case headline ending in '!' that the body does not write", () => {
    const list = findEntities(buildDoc(F.EXCLAIMED_HEADLINE));
    expect(list.map((e) => `${e.type} ${e.name}`)).toEqual(["person Noor Hadid"]);
  });
});

describe("a university's campus", () => {
  it("keeps 'University of California, San Diego' one name and a list of universities a list", () => {
    const list = findEntities(buildDoc(F.UNIVERSITY_CAMPUS));
    expect(list.filter((e) => e.type === "organization").map((e) => e.name)).toEqual([
      "University of California, San Diego", "University of Michigan", "Harvard", "Princeton",
    ]);
  });
});

describe("type decided once per form", () => {
  it("settles a tie between a place and an organization by the first mention", () => {
    const doc = buildDoc(F.TIED_FORM);
    const at = doc.tokens.flatMap((t, i) => (t.text === "Halden" ? [i] : []));
    const spans: NameSpan[] = [
      { type: "LOC", first: at[0], last: at[0] + 1 },
      { type: "ORG", first: at[1], last: at[1] + 1 },
    ];
    expect(harmonizeTypes(doc, spans).map((s) => `${s.type} ${spanText(doc, s)}`)).toEqual(["LOC Halden", "LOC Halden"]);
  });

  it("makes a country's embassies, capitalised, an organization", () => {
    const list = findEntities(buildDoc(F.EMBASSIES_CAPITALISED));
    expect(list.find((e) => e.name === "United States Embassies")?.type).toBe("organization");
    expect(list.filter((e) => e.type === "country").map((e) => e.code)).toEqual(["US", "PE", "CL"]);
  });
});

describe("prizes and planes", () => {
  it("lists neither a prize's category nor a plane one is aboard", () => {
    const list = findEntities(buildDoc(F.PRIZE_CATEGORY_AND_PLANE));
    expect(list.map((e) => `${e.type} ${e.name}`)).toEqual(["person Lena Ortiz"]);
  });
});

describe("places", () => {
  it("makes a name opening with a place word a place", () => {
    const list = findEntities(buildDoc(F.PLACE_WORD_FIRST));
    expect(list.map((e) => `${e.type} ${e.name}`)).toEqual(["location Boulevard Montmartre", "location Lake Tahoe"]);
  });

  it("joins a place's head word the tagger left out to the place's name", () => {
    const list = findEntities(buildDoc(F.PLACE_HEAD_LEFT_OUT));
    expect(list.map((e) => `${e.type} ${e.name}`)).toEqual(["location Halvik", "location Central Business District"]);
  });
});

describe("places written twice", () => {
  it("joins a place written once with its head in lower case to the place named in full", () => {
    const list = findEntities(buildDoc(F.PLACE_HEAD_IN_LOWER_CASE));
    expect(list.map((e) => [e.type, e.name, e.mentions.length])).toEqual([
      ["location", "Forty Mile Beach", 2],
      ["location", "Kerikeri Harbour", 1],
    ]);
  });
});

describe("capitalised sentence-initial words", () => {
  it("lists no word capitalised only at a sentence start that the article also writes in lower case", () => {
    expect(findEntities(buildDoc(F.CAPITALISED_AT_START))).toEqual([]);
  });
});

describe("exclamations", () => {
  it("reads a one-word name that opens a quotation and breaks off as an exclamation, every time it is written", () => {
    const doc = buildDoc(F.EXCLAMATION_IN_QUOTE);
    const at = doc.tokens.flatMap((t, i) => (t.text === "Jesus" ? [i] : []));
    const once = linkSpans(doc, [{ type: "PER", first: at[0], last: at[0] + 1 }])[0];
    expect(isInterjection(doc, once)).toBe(true);
    // Written again as a name in a sentence of its own: a person after all.
    const both = linkSpans(doc, at.map((i) => ({ type: "PER" as const, first: i, last: i + 1 })))[0];
    expect(isInterjection(doc, both)).toBe(false);
  });
});

describe("names written to", () => {
  it("reads a name one writes an email to as an outlet, not a place", () => {
    const list = findEntities(buildDoc(F.WRITTEN_TO));
    expect(list.map((e) => `${e.type} ${e.name}`)).toEqual(["organization Quanta"]);
  });
});

describe("brands", () => {
  it("leaves a name the tagger called 'other' a product or a work, even when a brand is spelled so", () => {
    const doc = buildDoc(F.PLANET_SPELLED_AS_BRAND);
    const at = doc.tokens.findIndex((t) => t.text === "Saturn");
    const [s] = markBrands(doc, [{ type: "MISC", first: at, last: at + 1 }]);
    expect(s.type).toBe("MISC");
    // Untagged, the brand is still found.
    const insta = buildDoc("She posted the photo on Instagram on Monday.");
    expect(markBrands(insta, []).map((x) => `${x.type} ${spanText(insta, x)}`)).toEqual(["ORG Instagram"]);
  });
});

describe("hashtags", () => {
  it("lists no hashtag as a name", () => {
    const list = findEntities(buildDoc(F.HASHTAG));
    expect(list.map((e) => `${e.type} ${e.name}`)).toEqual(["location Chicago"]);
  });
});

describe("one referent, one entry", () => {
  it("joins a surname written without its Arabic article to the full name", () => {
    const list = findEntities(buildDoc(F.SURNAME_WITHOUT_ARTICLE));
    expect(list.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)])).toEqual([
      ["person", "Omar Hassan al-Jabari", ["Omar Hassan al-Jabari", "Jabari"]],
    ]);
  });

  it("joins a company's name without its last word to the full name", () => {
    const list = findEntities(buildDoc(F.COMPANY_WITHOUT_LAST_WORD));
    expect(list.map((e) => [e.type, e.name, e.mentions.length])).toEqual([["organization", "Green Basket Market", 2]]);
  });
});

describe("things named by the words around them", () => {
  it("lists no file format, chemical, currency or drug as an organization", () => {
    expect(findEntities(buildDoc(F.THINGS_NAMED))).toEqual([]);
  });

  it("keeps a name a body or a person when 'known as' follows a noun for one", () => {
    const list = findEntities(buildDoc(F.KNOWN_AS_BODY_AND_PERSON));
    expect(list.find((e) => e.name === "Ansar Dawla")?.type).toBe("organization");
    expect(list.find((e) => e.name === "Tomas Reyes")?.type).toBe("person");
  });

  it("reads 'a book called X' as a title and keeps 'a meteorologist named X' a person", () => {
    const list = findEntities(buildDoc(F.CALLED_AND_NAMED));
    expect(list.map((e) => `${e.type} ${e.name}`)).toEqual(["person Edvard Lorentzen"]);
  });

  it("reads a name between lower-case nouns of a list as a thing, not a comma-set name after a noun", () => {
    const list = findEntities(buildDoc(F.LISTED_AMONG_NOUNS));
    expect(list.map((e) => `${e.type} ${e.name}`)).toEqual(["person Maren"]);
  });
});
