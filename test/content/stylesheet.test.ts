// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from "vitest";
import { Highlighter } from "../../src/content/highlight";
import { PageStyles } from "../../src/content/highlight/stylesheet";
import { FakeHighlights, plainTextMap, STORY_HTML, storyAnalysis } from "./fixtures";
import { planHighlights } from "../../src/shared/highlight-plan";

/** Counts the fillings of our constructed sheet: each one costs the browser a restyle. */
function watchSheets(): { changes: () => number } {
  const replaceSync = vi.spyOn(CSSStyleSheet.prototype, "replaceSync");
  return { changes: () => replaceSync.mock.calls.length };
}

describe("our rules reach the page in as few changes as can be", () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = STORY_HTML;
    document.adoptedStyleSheets = [];
  });

  it("hands a batch's rules over as one change, and none for rules that are already there", () => {
    const styles = new PageStyles(document);
    const sheets = watchSheets();
    styles.batch(() => {
      styles.set("a", "p::highlight(a) { color: red }");
      styles.set("b", "p::highlight(b) { color: blue }");
    });
    expect(sheets.changes()).toBe(1);
    const sheet = document.adoptedStyleSheets[0];
    styles.batch(() => {
      styles.deleteAll("");
      styles.set("a", "p::highlight(a) { color: red }");
      styles.set("b", "p::highlight(b) { color: blue }");
    });
    // Cleared and set again to the same rules: the sheet stays on the page as it was.
    expect(sheets.changes()).toBe(1);
    expect(document.adoptedStyleSheets).toEqual([sheet]);
    expect(styles.cssText).toContain("color: blue");
    styles.deleteAll("");
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it("paints the same analysis again without touching the page's sheets, and clears them all at the end", async () => {
    const fake = new FakeHighlights();
    const styles = new PageStyles(document);
    const highlighter = new Highlighter(document, styles, fake.api);
    const { text, map } = plainTextMap(document.querySelector("article")!);
    const plan = planHighlights(storyAnalysis(text));
    await highlighter.show(plan, map, { showIndirect: true });
    const css = styles.cssText;
    const sheet = document.adoptedStyleSheets[0];
    const sheets = watchSheets();
    await highlighter.show(plan, map, { showIndirect: true });
    expect(sheets.changes()).toBe(0);
    expect(document.adoptedStyleSheets).toEqual([sheet]);
    expect(styles.cssText).toBe(css);
    expect(fake.rangesText("news-lens-q").length).toBeGreaterThan(0);
    highlighter.clear();
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });
});
