/**
 * Any input is safe: the quote pass never throws, and every quote's offsets point at exactly its text.
 * (Speed is measured by `npm run bench`, not here.)
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildDoc } from "../../../src/analysis/text/sentences";
import { findQuotes } from "../../../src/analysis/quotes";
import type { Entity, Quote } from "../../../src/analysis/types";

const TYPES = new Set(["person", "organization", "anonymous", "unknown"]);

/** Runs the pass and returns the quotes, failing on the first quote whose offsets or type are wrong. */
function run(text: string, entities: Entity[] = []): Quote[] {
  const quotes = findQuotes(buildDoc(text), entities);
  const bad = quotes.find(
    (q) => q.start < 0 || q.end > text.length || q.end <= q.start || text.slice(q.start, q.end) !== q.text || !TYPES.has(q.speaker.type),
  );
  expect(bad).toBeUndefined();
  return quotes;
}

const MARKS = ['"', "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›", "「", "」", "＂"];
const WORDS = ["said", "he", "She", "told", "Reuters", "that", "Mr", "Anna", "Berg", "according", "to", ",", ".", ":", "\n", "\n\n", "the", "officials", "who", "it", "saying"];

describe("robustness of the quote pass", () => {
  it("returns nothing for empty and blank text", () => {
    expect(run("")).toEqual([]);
    expect(run("   \n\n\t  ")).toEqual([]);
  });

  it("survives counterexamples the properties found: a quotation closing at the text's end, a comma opening it", () => {
    run("「said,」he");
    run("“Yes,” he");
    run("“Yes,” beamed");
    run(", , Anna said ‹ the");
    // A source with nothing after it: the clause before "according to" is empty and starts past the last token.
    run("according to Mr. ");
  });

  it("handles only quote marks", () => {
    run(MARKS.join(""));
    run(MARKS.join(" "));
    run(MARKS.join("\n"));
  });

  it("survives random Unicode", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (s) => { run(s); }), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => { run(s); }), { numRuns: 300 });
  }, 60_000);

  it("survives newsy text with unbalanced marks everywhere", () => {
    const token = fc.constantFrom(...MARKS, ...WORDS, " ", " ");
    fc.assert(fc.property(fc.array(token, { maxLength: 200 }), (parts) => { run(parts.join(" ")); run(parts.join("")); }), { numRuns: 500 });
  });

  it("survives entity lists whose mentions point anywhere", () => {
    const text = "“We will win,” Anna Berg said. Officials said the vote was close.";
    const entities: Entity[] = [
      { id: "e1", type: "person", name: "Anna Berg", mentions: [{ start: 15, end: 24, text: "Anna Berg" }, { start: -5, end: 400, text: "x" }] },
      { id: "e2", type: "organization", name: "", mentions: [] },
    ];
    const quotes = run(text, entities);
    expect(quotes[0].speaker.entity).toBe("e1");
  });

  it("handles a 5 MB article in one pass", () => {
    const para = "“The harbour will reopen,” Mayor Lena Okafor said. Officials said the pier was safe, according to the port. ";
    let text = "";
    while (text.length < 5_000_000) text += para + (text.length % 3 === 0 ? "\n\n" : "");
    const quotes = run(text);
    expect(quotes.length).toBeGreaterThan(10_000);
  }, 60_000);

  it("handles a 2 MB paragraph of nothing but unbalanced marks and cues", () => {
    let text = "";
    while (text.length < 2_000_000) text += "“a ‘b said “c ” he told’ “ ";
    run(text);
  }, 60_000);

  it("is deterministic", () => {
    const text = "“It is done,” he said. Chef Marta Solis said the kitchen would close.";
    expect(run(text)).toEqual(run(text));
  });
});
