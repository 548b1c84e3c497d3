import { describe, expect, it } from "vitest";
import { buildDoc } from "../../../src/analysis/text/sentences";
import { findQuotes } from "../../../src/analysis/quotes";
import type { Entity } from "../../../src/analysis/types";

function mention(text: string, words: string, from = 0) {
  const start = text.indexOf(words, from);
  return { start, end: start + words.length, text: words };
}

describe("links to the entity list", () => {
  const text = "Innovation Minister Navdeep Bains met the Harbour Board. “We are ready,” Bains said. The board said the plan was sound.";

  it("works without entities, and then links nothing", () => {
    const quotes = findQuotes(buildDoc(text), []);
    expect(quotes.map((q) => [q.text, q.speaker.name, q.speaker.entity])).toEqual([
      ["We are ready", "Navdeep Bains", null],
      ["the plan was sound", "board", null],
    ]);
  });

  it("links person and organization speakers to their entity ids", () => {
    const entities: Entity[] = [
      { id: "p1", type: "person", name: "Navdeep Bains", mentions: [mention(text, "Navdeep Bains"), mention(text, "Bains", 40)] },
      { id: "o1", type: "organization", name: "Harbour Board", mentions: [mention(text, "Harbour Board")] },
    ];
    const quotes = findQuotes(buildDoc(text), entities);
    expect(quotes[0].speaker).toMatchObject({ name: "Navdeep Bains", entity: "p1", role: "Innovation Minister", type: "person" });
  });
});
