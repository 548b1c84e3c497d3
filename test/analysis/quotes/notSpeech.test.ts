import { describe, expect, it } from "vitest";
import { buildDoc } from "../../../src/analysis/text/sentences";
import { ParagraphKind, classifyParagraphs, isTitleContext, looksLikeTitle } from "../../../src/analysis/quotes/notSpeech";

describe("page furniture", () => {
  it("classifies captions, bylines, headlines and prose", () => {
    const text = [
      "FILE PHOTO: A crane at the port.",
      "Reporting by Ana Kell; Editing by Jo Dun",
      "Storm hits the coast",
      "The storm hit the coast on Monday.",
      "Workers at the dock. (Reuters)",
    ].join("\n");
    const doc = buildDoc(text);
    const lower = doc.tokens.map((t) => t.text.toLowerCase());
    expect(classifyParagraphs(doc, lower)).toEqual([
      ParagraphKind.Furniture, ParagraphKind.Furniture, ParagraphKind.Unterminated, ParagraphKind.Body, ParagraphKind.Furniture,
    ]);
  });

  it("a photo credit names the agency in capitals; a poll named with a slash is prose", () => {
    const doc = buildDoc("Workers at the dock. REUTERS/Ana Kell\nAccording to a Reuters/Ipsos poll, the race is tied.");
    expect(classifyParagraphs(doc, [])).toEqual([ParagraphKind.Furniture, ParagraphKind.Body]);
  });

  it("a paragraph ending in a closing quote after a stop is prose", () => {
    const doc = buildDoc("“We are done.”");
    expect(classifyParagraphs(doc, [])).toEqual([ParagraphKind.Body]);
  });
});

describe("titles and terms", () => {
  it("recognises naming words right before the mark", () => {
    const lower = ["the", "film", "“", "x", "”"];
    expect(isTitleContext(lower, 2, 0)).toBe(true);
    expect(isTitleContext(["so-called", "“"], 1, 0)).toBe(true);
    expect(isTitleContext(["known", "as", "“"], 2, 0)).toBe(true);
    expect(isTitleContext(["he", "said", "“"], 2, 0)).toBe(false);
  });

  it("recognises capitalised titles but not sentences", () => {
    expect(looksLikeTitle("Gone With the Wind")).toBe(true);
    expect(looksLikeTitle("We will win.")).toBe(false);
    expect(looksLikeTitle("nobody came")).toBe(false);
  });
});
