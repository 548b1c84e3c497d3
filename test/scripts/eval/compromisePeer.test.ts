import { describe, expect, it } from "vitest";
import { compromiseAnalyze, compromiseTagSentences } from "../../../scripts/eval/peer/compromise";

// Invented text: the peer adapter must emit a valid contract object whatever compromise finds.
const TEXT =
  "Harbour master Ilse Varga said the ferries would run again on Monday. " +
  "“Nobody was hurt,” she told reporters in Oslo.\n\nThe Tidewater Ferry Company said that it had ordered new boats from Canada.";

describe("compromise peer adapter", () => {
  it("produces quotes and mentions that are exact slices of the text", () => {
    const a = compromiseAnalyze({ text: TEXT });
    expect(a.quotes.length).toBeGreaterThan(0);
    for (const q of a.quotes) expect(TEXT.slice(q.start, q.end)).toBe(q.text);
    for (const e of a.entities) for (const m of e.mentions) expect(TEXT.slice(m.start, m.end)).toBe(m.text);
  });
  it("finds the direct quote and maps place names to country codes", () => {
    const a = compromiseAnalyze({ text: TEXT });
    expect(a.quotes.some((q) => q.kind === "direct" && q.text.startsWith("Nobody was hurt"))).toBe(true);
    expect(a.entities.find((e) => e.type === "country" && e.code === "CA")).toBeTruthy();
  });
  it("tags pre-tokenized sentences with one IOB2 tag per word", () => {
    const sentences = [
      ["Ilse", "Varga", "visited", "Canada", "."],
      ["Nothing", "happened", "."],
    ];
    const tags = compromiseTagSentences(sentences);
    expect(tags.map((t) => t.length)).toEqual([5, 3]);
    expect(tags[0][3]).toBe("B-LOC");
    for (const t of tags.flat()) expect(t).toMatch(/^(O|[BI]-(PER|ORG|LOC))$/);
  });
});
