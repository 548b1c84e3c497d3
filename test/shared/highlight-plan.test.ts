import { describe, expect, it } from "vitest";
import { fingerprint, planHighlights, plannedQuotes, quoteCount, sameText } from "../../src/shared/highlight-plan";
import { sampleAnalysis } from "./sample-analysis";

describe("the highlight plan the popup sends the page", () => {
  it("keeps every quote's span, kind, cue and speaker, in text order, without the article or quoted words", () => {
    const analysis = sampleAnalysis();
    const plan = planHighlights({ ...analysis, quotes: [...analysis.quotes].reverse() });
    const expected = [...analysis.quotes].sort((a, b) => a.start - b.start).map(({ text: _text, ...rest }) => rest);
    expect(plannedQuotes(plan)).toEqual(expected);
    expect(quoteCount(plan)).toBe(analysis.quotes.length);
    expect(JSON.stringify(plan)).not.toContain(analysis.quotes[0].text);
    expect(JSON.stringify(plan)).not.toContain(analysis.text.slice(0, 40));
  });

  it("sends each speaker and cue once, however many quotes share them", () => {
    const analysis = sampleAnalysis();
    const many = Array.from({ length: 400 }, (_, i) => ({ ...analysis.quotes[i % analysis.quotes.length] }));
    const plan = planHighlights({ ...analysis, quotes: many });
    expect(plan.speakers.length).toBe(new Set(analysis.quotes.map((q) => JSON.stringify(q.speaker))).size);
    expect(plan.cues.length).toBe(new Set(analysis.quotes.map((q) => q.cue)).size);
    expect(quoteCount(plan)).toBe(400);
  });

  it("lists the mentions of speaking people and organizations only", () => {
    const analysis = sampleAnalysis();
    const plan = planHighlights(analysis);
    const speaking = new Set(analysis.quotes.map((q) => q.speaker.entity).filter(Boolean));
    for (const { entity, spans } of plan.speakerMentions) {
      const found = analysis.entities.find((e) => e.id === entity)!;
      expect(speaking.has(entity)).toBe(true);
      expect(["person", "organization"]).toContain(found.type);
      expect(spans).toEqual(found.mentions.flatMap((m) => [m.start, m.end]));
    }
    const countries = analysis.entities.filter((e) => e.type === "country" && speaking.has(e.id));
    for (const country of countries) expect(plan.speakerMentions.map((m) => m.entity)).not.toContain(country.id);
  });

  it("identifies the text by length and hash: equal texts match, any edit does not", () => {
    const text = "“We reached a deal,” said Marta Ruiz.";
    expect(sameText(fingerprint(text), fingerprint(`${text}`))).toBe(true);
    expect(sameText(fingerprint(text), fingerprint(text.replace("deal", "Deal")))).toBe(false);
    expect(sameText(fingerprint(text), fingerprint(`${text} `))).toBe(false);
    expect(fingerprint("")).toEqual({ length: 0, hash: 0x811c9dc5 });
  });
});
