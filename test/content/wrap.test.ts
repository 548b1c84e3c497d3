// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { Highlighter } from "../../src/content/highlight";
import { PageStyles } from "../../src/content/highlight/stylesheet";
import { MARK_TAG } from "../../src/content/highlight/wrap";
import { plainTextMap, STORY_HTML, storyAnalysis } from "./fixtures";
import { planHighlights } from "../../src/shared/highlight-plan";

describe("wrapping fallback (no Custom Highlight API)", () => {
  const setup = () => {
    document.body.innerHTML = STORY_HTML;
    const { text, map } = plainTextMap(document.querySelector("article")!);
    const highlighter = new Highlighter(document, new PageStyles(document), null);
    return { highlighter, analysis: storyAnalysis(text), map };
  };

  it("wraps every quote whole, across links, emphasis and paragraphs", async () => {
    const { highlighter, analysis, map } = setup();
    expect(highlighter.mode).toBe("wrap");
    const outcome = await highlighter.show(planHighlights(analysis), map, { showIndirect: true });
    expect(outcome).toEqual({ highlighted: 3, missed: 0 });
    const marked = (prefix: string) =>
      Array.from(document.querySelectorAll(MARK_TAG))
        .filter((m) => m.getAttribute("data-news-lens")!.startsWith(prefix))
        .map((m) => m.textContent)
        .join("|");
    expect(marked("news-lens-q0")).toBe("We reached a deal |at four in the morning|, and nobody |slept");
    expect(marked("news-lens-q1-d")).toBe("The first boats leave at six.|Passengers should check the website");
    expect(marked("news-lens-q1-i")).toContain("the timetable would return to normal by Friday");
    // The link and the emphasis keep their own text, with our marks inside them.
    expect(document.querySelector("a[href='/deal']")!.textContent).toBe("at four in the morning");
    expect(document.querySelector("em")!.firstElementChild!.tagName.toLowerCase()).toBe(MARK_TAG);
  });

  it("isolates its marks from page styles", async () => {
    const { highlighter, analysis, map } = setup();
    await highlighter.show(planHighlights(analysis), map, { showIndirect: true });
    const style = document.querySelector(MARK_TAG)!.getAttribute("style")!;
    expect(style).toMatch(/^all: unset !important/);
    expect(style).toMatch(/background-color: rgba\([^)]*\) !important/);
  });

  it("restores the page exactly: same serialization, same text nodes", async () => {
    const { highlighter, analysis, map } = setup();
    const before = document.documentElement.outerHTML;
    const textNodesBefore: Text[] = [];
    const walker = document.createTreeWalker(document.body, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) textNodesBefore.push(n as Text);
    const dataBefore = textNodesBefore.map((t) => t.data);

    await highlighter.show(planHighlights(analysis), map, { showIndirect: true });
    expect(document.documentElement.outerHTML).not.toBe(before);
    highlighter.clear();

    expect(document.documentElement.outerHTML).toBe(before);
    const after: Text[] = [];
    const walker2 = document.createTreeWalker(document.body, 4);
    for (let n = walker2.nextNode(); n; n = walker2.nextNode()) after.push(n as Text);
    expect(after).toHaveLength(textNodesBefore.length);
    after.forEach((node, i) => {
      expect(node).toBe(textNodesBefore[i]);
      expect(node.data).toBe(dataBefore[i]);
    });
  });

  it("can highlight again after clearing, and clear again", async () => {
    const { highlighter, analysis, map } = setup();
    const before = document.documentElement.outerHTML;
    await highlighter.show(planHighlights(analysis), map, { showIndirect: true });
    highlighter.clear();
    await highlighter.show(planHighlights(analysis), map, { showIndirect: false });
    expect(document.querySelectorAll(MARK_TAG).length).toBeGreaterThan(0);
    highlighter.clear();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
