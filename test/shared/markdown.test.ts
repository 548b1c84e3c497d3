import { describe, expect, it } from "vitest";
import { toMarkdown } from "../../src/shared/markdown";
import { sampleAnalysis } from "./sample-analysis";

describe("Markdown export", () => {
  const md = toMarkdown(sampleAnalysis(), { url: "https://news.example.org/a", siteName: "Lens Wire" });

  it("starts with the title and the source", () => {
    expect(md.split("\n")[0]).toBe("# Harbour town votes to build tidal barrier after winter floods");
    expect(md).toContain("Source: Lens Wire — https://news.example.org/a");
  });

  it("lists quotes under their speakers, most quoted first, unknown speakers last", () => {
    const headings = md.split("\n").filter((l) => l.startsWith("### "));
    expect(headings[0]).toBe("### Ingrid Halvorsen — Mayor");
    expect(headings[1]).toBe("### Tomas Reyes — Engineer");
    expect(headings.at(-1)).toBe("### Unknown speaker");
    expect(md).toContain("> “We cannot keep asking shopkeepers to bail out their cellars every February” _(said)_");
    expect(md).toContain("> the council would borrow part of the cost from the Coastal Resilience Fund _(indirect)_ _(said)_");
  });

  it("gives the sourcing profile before the quotes", () => {
    const sourcing = md.slice(md.indexOf("## Sourcing"), md.indexOf("## Quotes"));
    expect(sourcing).toBe(
      [
        "## Sourcing",
        "",
        "- 4 voices, 7 quotes: named people 4, organizations 1, anonymous 1, unattributed 1",
        "- direct 43 %, reported 57 %",
        "- 57 % of the article's words are quoted (113 of 198)",
        "- most words quoted: Tomas Reyes (Engineer) 60; Ingrid Halvorsen (Mayor) 25; Fishermen's Cooperative 14; Two officials at the Ministry of Transport 8",
        "",
        "",
      ].join("\n"),
    );
  });

  it("lists people, organizations and countries with flags and mention counts", () => {
    expect(md).toContain("## People\n\n- Ingrid Halvorsen (2 mentions)\n- Tomas Reyes (2 mentions)");
    expect(md).toContain("- 🇫🇷 France (2 mentions)");
    expect(md).toContain("- 🇳🇴 Norway (1 mention)");
    expect(md).toContain("## Organizations");
  });

  it("escapes Markdown in article text so a quote cannot inject formatting or links", () => {
    const analysis = sampleAnalysis();
    analysis.title = "A *bold* [link](http://x) #tag";
    analysis.quotes[0].text = "line one\nline two with `code` and <b>html</b>";
    const out = toMarkdown(analysis);
    expect(out).toContain("# A \\*bold\\* \\[link\\](http://x) \\#tag");
    expect(out).toContain("line one line two with \\`code\\` and \\<b\\>html\\</b\\>");
  });

  it("says so when there are no quotes", () => {
    const analysis = { ...sampleAnalysis(), quotes: [], entities: [] };
    expect(toMarkdown(analysis)).toContain("_No quotes found._");
    expect(toMarkdown(analysis)).not.toContain("## Sourcing");
  });
});
