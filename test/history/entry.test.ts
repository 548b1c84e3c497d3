import { describe, expect, it } from "vitest";
import { historyEntry, MAX_VOICES, outletOf, parseEntry } from "../../src/history/entry";
import { sampleAnalysis, SAMPLE_PARAGRAPHS } from "../shared/sample-analysis";
import { threeReads } from "./reads";

describe("a history entry", () => {
  const entry = historyEntry({ url: "https://lenswire.example/harbour", siteName: "Lens Wire", title: "Harbour barrier" }, sampleAnalysis(), 1_000);

  it("keeps where, when, the profile and the names", () => {
    expect(entry).toMatchObject({ v: 1, url: "https://lenswire.example/harbour", outlet: "Lens Wire", title: "Harbour barrier", readAt: 1_000 });
    expect(entry.profile.byType).toEqual({ person: 4, organization: 1, anonymous: 1, unattributed: 1 });
    expect(entry.profile.topVoices.map((v) => v.name)).toContain("Ingrid Halvorsen");
    expect(entry.entities.organizations.map((o) => o.name)).toEqual(["Coastal Resilience Fund", "Fishermen's Cooperative", "Ministry of Transport"]);
    expect(entry.entities.countries[0]).toEqual({ name: "France", mentions: 2 });
  });

  it("never keeps the article's text or its quotes", () => {
    const stored = JSON.stringify(entry);
    // An anonymous source is kept as the article describes them ("Two officials at the Ministry of Transport"),
    // but no sentence of the article is.
    for (const paragraph of SAMPLE_PARAGRAPHS) expect(stored).not.toContain(paragraph.slice(0, 60));
    for (const quote of sampleAnalysis().quotes) expect(stored).not.toContain(quote.text);
    expect(Object.keys(entry).sort()).toEqual(["entities", "outlet", "profile", "readAt", "title", "url", "v"]);
  });

  it("keeps at most a dozen voices per article", () => {
    const analysis = sampleAnalysis();
    const base = analysis.quotes[0];
    analysis.quotes = Array.from({ length: 30 }, (_, i) => ({ ...base, speaker: { ...base.speaker, entity: null, name: `Speaker ${i}` } }));
    expect(historyEntry({ url: "u", siteName: "s", title: "t" }, analysis, 0).profile.topVoices).toHaveLength(MAX_VOICES);
  });

  it("names the outlet by site name, else host", () => {
    expect(outletOf("https://www.northpost.example/cup", "")).toBe("northpost.example");
    expect(outletOf("not a url", "")).toBe("unknown outlet");
  });

  it("reads back only well-formed entries, saying what is wrong with the others", () => {
    expect(parseEntry(JSON.parse(JSON.stringify(threeReads()[0])))).toMatchObject({ ok: true });
    expect(parseEntry("hello")).toEqual({ ok: false, reason: "not an object" });
    expect(parseEntry({ ...entry, v: 7 })).toEqual({ ok: false, reason: "unknown format version 7" });
    expect(parseEntry({ ...entry, readAt: "yesterday" })).toEqual({ ok: false, reason: `"readAt" is not a time` });
    expect(parseEntry({ ...entry, profile: { ...entry.profile, byType: { person: -1 } } })).toEqual({ ok: false, reason: `"profile" is malformed` });
    expect(parseEntry({ ...entry, entities: { people: [] } })).toEqual({ ok: false, reason: `"entities" is malformed` });
  });
});
