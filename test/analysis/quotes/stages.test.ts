import { describe, expect, it } from "vitest";
import { findEntities } from "../../../src/analysis/entities";
import { assignSpeakers, findQuoteSpans, findQuotes } from "../../../src/analysis/quotes";
import { buildDoc } from "../../../src/analysis/text/sentences";

// Invented text: a named speaker, a pronoun that needs the entities to be credited, an organization's report.
const TEXT = [
  "Harbourmaster Delia Okonkwo met the Lantern Bay Ferry Company on Tuesday.",
  "“The pier will not open before the thaw,” Okonkwo said. She added that the winter crossings would run twice a day.",
  "The company said in a short note that its boats were ready for the cold months.",
].join("\n\n");

describe("the quote pass in two stages", () => {
  it("finds without the entities what findQuotes finds without them", () => {
    const doc = buildDoc(TEXT);
    expect(findQuoteSpans(doc).quotes).toEqual(findQuotes(buildDoc(TEXT), []));
  });

  it("ends, with the entities, exactly where the one-stage pass ends", () => {
    const doc = buildDoc(TEXT);
    const spans = findQuoteSpans(doc);
    const entities = findEntities(doc);
    const whole = findQuotes(buildDoc(TEXT), findEntities(buildDoc(TEXT)));
    expect(whole.length).toBeGreaterThan(1);
    expect(assignSpeakers(spans, entities)).toEqual(whole);
  });

  it("leaves the first stage as it was: the early quotes and a second reading are unchanged", () => {
    const doc = buildDoc(TEXT);
    const spans = findQuoteSpans(doc);
    const early = JSON.stringify(spans.quotes);
    const entities = findEntities(doc);
    const first = assignSpeakers(spans, entities);
    expect(assignSpeakers(spans, entities)).toEqual(first);
    expect(JSON.stringify(spans.quotes)).toBe(early);
  });

  it("has nothing to find in an empty text", () => {
    const spans = findQuoteSpans(buildDoc(""));
    expect(spans.quotes).toEqual([]);
    expect(assignSpeakers(spans, [])).toEqual([]);
  });
});
