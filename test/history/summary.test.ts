import { describe, expect, it } from "vitest";
import { historyCsv } from "../../src/history/csv";
import { inPeriod, summarize } from "../../src/history/summary";
import { DAY, NOW, threeReads } from "./reads";

describe("the history summary", () => {
  const reads = threeReads();

  it("picks the reads of the last 7 and 30 days, or all", () => {
    expect(inPeriod(reads, "7d", NOW).map((e) => e.title)).toEqual(["Harbour town votes to build tidal barrier after winter floods"]);
    expect(inPeriod(reads, "30d", NOW)).toHaveLength(3);
    expect(inPeriod(reads, "all", NOW + 365 * DAY)).toHaveLength(3);
    expect(inPeriod(reads, "30d", NOW + 15 * DAY).map((e) => e.url)).toEqual(["https://lenswire.example/harbour", "https://lenswire.example/budget"]);
  });

  it("adds up quotes by kind of source across articles", () => {
    const summary = summarize(reads);
    expect(summary.articles).toBe(3);
    // Harbour 7 (4 people, 1 org, 1 anonymous, 1 unattributed) + budget 3 (2 anonymous, 1 person) + cup 1 person.
    expect(summary.quotes).toBe(11);
    expect(summary.byType).toEqual({ person: 6, organization: 1, anonymous: 3, unattributed: 1 });
    expect([summary.direct, summary.reported]).toEqual([3, 8]);
  });

  it("ranks named voices, organizations and countries by the articles they appear in", () => {
    const summary = summarize(reads);
    expect(summary.voices.map((v) => [v.name, v.detail, v.articles, v.count])).toEqual([
      ["Ingrid Halvorsen", "Mayor", 2, 3],
      ["Tomas Reyes", "Engineer", 1, 2],
      ["Fishermen's Cooperative", "", 1, 1],
      ["Lena Berg", "Coach", 1, 1],
    ]);
    expect(summary.organizations[0]).toEqual({ name: "Coastal Resilience Fund", detail: "", articles: 2, count: 2 });
    expect(summary.countries.map((c) => [c.name, c.articles])).toEqual([["Norway", 2], ["France", 1], ["Denmark", 1]]);
  });

  it("compares outlets", () => {
    const [lensWire, northPost] = summarize(reads).outlets;
    expect(lensWire).toMatchObject({ outlet: "Lens Wire", articles: 2, quotes: 10, voicesPerArticle: 3.5 });
    expect(lensWire.byType.anonymous).toBe(3);
    expect(northPost).toMatchObject({ outlet: "northpost.example", articles: 1, quotes: 1, voicesPerArticle: 1 });
    // Its one article is a single quoted sentence.
    expect(northPost.quotedShare).toBe(1);
    expect(lensWire.quotedShare).toBeCloseTo((113 + 23) / (198 + 23));
  });

  it("is all zeros for no reads", () => {
    expect(summarize([])).toMatchObject({ articles: 0, quotes: 0, voices: [], outlets: [] });
  });
});

describe("the CSV export", () => {
  it("has a header and one row per article", () => {
    const lines = historyCsv(threeReads()).trimEnd().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      "read_at,outlet,title,url,quotes,voices,quotes_person,quotes_organization,quotes_anonymous,quotes_unattributed,direct,reported,article_words,quoted_words,top_voices,organizations,countries",
    );
    expect(lines[2]).toBe(
      "2026-11-26T12:00:00.000Z,Lens Wire,Budget talks stall over port levy,https://lenswire.example/budget,3,3,1,0,2,0,0,3,23,23,A senior aide; Ingrid Halvorsen; Officials,Coastal Resilience Fund; Ministry of Finance,Norway",
    );
  });

  it("quotes commas and quotation marks, and defuses formulas", () => {
    const [entry] = threeReads();
    entry.title = 'Mayor says "no", again';
    entry.outlet = "=HYPERLINK(\"x\")";
    const row = historyCsv([entry]).split("\r\n")[1];
    expect(row).toContain(',"Mayor says ""no"", again",');
    expect(row).toContain(`,"'=HYPERLINK(""x"")",`);
  });
});
