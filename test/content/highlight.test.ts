// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { Highlighter } from "../../src/content/highlight";
import { PageStyles } from "../../src/content/highlight/stylesheet";
import { attribution } from "../../src/shared/speakers";
import { FakeHighlights, plainTextMap, STORY_HTML, storyAnalysis } from "./fixtures";
import { pendingPlan, planHighlights } from "../../src/shared/highlight-plan";
import type { HighlightSettings } from "../../src/shared/messages";

describe("highlighting with the Custom Highlight API", () => {
  let fake: FakeHighlights;
  let highlighter: Highlighter;
  let styles: PageStyles;

  beforeEach(() => {
    document.body.innerHTML = STORY_HTML;
    document.adoptedStyleSheets = [];
    fake = new FakeHighlights();
    styles = new PageStyles(document);
    highlighter = new Highlighter(document, styles, fake.api);
  });

  const setup = () => {
    const { text, map } = plainTextMap(document.querySelector("article")!);
    return { analysis: storyAnalysis(text), map };
  };

  it("registers every quote, whole, even across links, emphasis and paragraph breaks", async () => {
    const { analysis, map } = setup();
    const before = document.documentElement.outerHTML;
    const outcome = await highlighter.show(planHighlights(analysis), map, { showIndirect: true });
    expect(outcome).toEqual({ highlighted: 3, missed: 0 });
    const texts = fake.rangesText("news-lens-q");
    expect(texts).toContain("We reached a deal at four in the morning, and nobody slept");
    expect(texts).toContain("the timetable would return to normal by Friday");
    expect(texts.find((t) => t.startsWith("The first boats"))).toMatch(/The first boats leave at six\.\s+Passengers should check the website/);
    // The page's DOM is untouched.
    expect(document.documentElement.outerHTML).toBe(before);
    expect(highlighter.mode).toBe("custom-highlight");
  });

  it("paints each speaker's quotes in one colour and indirect quotes in their own style", async () => {
    const { analysis, map } = setup();
    await highlighter.show(planHighlights(analysis), map, { showIndirect: true, colors: { "entity:p1": "#112233", "entity:p2": "#445566" } });
    const names = [...fake.registry.keys()].sort();
    expect(names).toEqual(["news-lens-q0-d", "news-lens-q1-d", "news-lens-q1-i", "news-lens-s0", "news-lens-s1"]);
    expect(styles.attached).toBe(true);
    const styleText = styles.cssText;
    expect(styleText).toContain("::highlight(news-lens-q0-d)");
    expect(styleText).toMatch(/rgba\(17, 34, 51/);
    expect(styleText).toMatch(/news-lens-q1-i\)\s*\{[^}]*dotted/);
  });

  it("marks the speakers' names subtly, and only when asked", async () => {
    const { analysis, map } = setup();
    await highlighter.show(planHighlights(analysis), map, { showIndirect: true });
    expect(fake.rangesText("news-lens-s").sort()).toEqual(["Leon Okafor", "Marta Ruiz", "Okafor"]);
    await highlighter.show(planHighlights(analysis), map, { showIndirect: true, markSpeakers: false });
    expect(fake.rangesText("news-lens-s")).toEqual([]);
  });

  it("dims every quote outside the part of the sourcing profile the reader picked", async () => {
    const { analysis, map } = setup();
    const colors = { "entity:p1": "#112233", "entity:p2": "#445566" };
    const okafor = analysis.quotes.find((q) => q.text.startsWith("The first boats"))!.speaker;
    const outcome = await highlighter.show(planHighlights(analysis), map, {
      showIndirect: true,
      colors,
      focus: { by: "voice", key: `entity:${okafor.entity}`, name: okafor.name },
    });
    // Nothing disappears: the other voice's quote is still there for the tooltip, only faint.
    expect(outcome).toEqual({ highlighted: 3, missed: 0 });
    expect([...fake.registry.keys()].sort()).toEqual(["news-lens-q0-d-dim", "news-lens-q1-d", "news-lens-q1-i", "news-lens-s1"]);
    expect(fake.rangesText("news-lens-q0-d-dim")).toEqual(["We reached a deal at four in the morning, and nobody slept"]);
    expect(styles.cssText).toMatch(/news-lens-q0-d-dim\)\s*\{[^}]*rgba\(17, 34, 51, 0\.07\)/);
    // Only the focused voice's name stays underlined.
    expect(fake.rangesText("news-lens-s").sort()).toEqual(["Leon Okafor", "Okafor"]);

    await highlighter.show(planHighlights(analysis), map, { showIndirect: true, colors, focus: { by: "form", form: "indirect" } });
    expect(fake.rangesText("news-lens-q").filter((t) => t.includes("timetable"))).toHaveLength(1);
    expect([...fake.registry.keys()].filter((k) => k.endsWith("-dim")).sort()).toEqual(["news-lens-q0-d-dim", "news-lens-q1-d-dim"]);
  });

  it("treats a malformed focus as none rather than hiding quotes", async () => {
    const { analysis, map } = setup();
    const focus = { by: "type", type: "martians" } as unknown as HighlightSettings["focus"];
    await highlighter.show(planHighlights(analysis), map, { showIndirect: true, focus });
    expect([...fake.registry.keys()].some((k) => k.endsWith("-dim"))).toBe(false);
  });

  it("leaves indirect quotes out when the reader turned them off", async () => {
    const { analysis, map } = setup();
    const outcome = await highlighter.show(planHighlights(analysis), map, { showIndirect: false });
    expect(outcome.highlighted).toBe(2);
    expect(fake.rangesText("news-lens-q").some((t) => t.includes("timetable"))).toBe(false);
  });

  it("paints every stretch of a quote that the page interrupts (a caption inside it stays unmarked)", async () => {
    const { analysis, map } = setup();
    const first = analysis.quotes[0];
    const split = first.start + 10;
    const stretched = {
      ...map,
      toRanges: (start: number, end: number) =>
        start === first.start ? [map.toRange(start, split)!, map.toRange(split + 3, end)!] : map.toRanges(start, end),
    };
    await highlighter.show(planHighlights(analysis), stretched, { showIndirect: true });
    const texts = fake.rangesText("news-lens-q");
    expect(texts).toContain("We reached");
    expect(texts).toContain("deal at four in the morning, and nobody slept");
    expect(highlighter.quoteAt(document.querySelector("em")!.firstChild!, 1)?.ranges).toHaveLength(2);
  });

  it("counts quotes it cannot place instead of failing", async () => {
    const { analysis, map } = setup();
    analysis.quotes.push({ ...analysis.quotes[0], start: 99_999, end: 100_010 });
    expect(await highlighter.show(planHighlights(analysis), map, { showIndirect: true })).toEqual({ highlighted: 3, missed: 1 });
  });

  it("finds the quote under a caret position, for the tooltip", async () => {
    const { analysis, map } = setup();
    await highlighter.show(planHighlights(analysis), map, { showIndirect: true });
    const em = document.querySelector("em")!.firstChild!;
    const mark = highlighter.quoteAt(em, 2);
    expect(mark && attribution(mark.quote)).toBe("— Marta Ruiz, union leader (said)");
    expect(highlighter.quoteAt(document.querySelector("footer")!.firstChild!, 1)).toBeNull();
  });

  it("replaces a pending plan's marks by the whole plan's without a moment with no marks, and ends as the whole plan alone", async () => {
    const { analysis, map } = setup();
    const spans = analysis.quotes
      .slice()
      .sort((a, b) => a.start - b.start)
      .flatMap((q) => [q.start, q.end, q.kind === "indirect" ? 1 : 0]);
    const whole = planHighlights(analysis);
    const pending = pendingPlan(whole.text, spans);
    expect(await highlighter.show(pending, map, { showIndirect: true, markSpeakers: false, colors: { unknown: "#8a8f98" } })).toEqual({ highlighted: 3, missed: 0 });
    expect([...fake.registry.keys()].sort()).toEqual(["news-lens-q0-d", "news-lens-q0-i"]);
    expect(styles.cssText).toMatch(/rgba\(138, 143, 152/);
    // A pending mark has nobody to show in a tooltip.
    const em = document.querySelector("em")!.firstChild!;
    expect(highlighter.quoteAt(em, 2)?.pending).toBe(true);

    // While the whole plan is being placed, the pending marks stay up.
    const registered: number[] = [];
    const showing = highlighter.show(whole, map, { showIndirect: true });
    registered.push(fake.registry.size);
    await showing;
    expect(registered[0]).toBeGreaterThan(0);

    // The end state is the whole plan's alone, as when it is painted on a page with no marks.
    const afterPending = { names: [...fake.registry.keys()].sort(), css: styles.cssText, texts: fake.rangesText("news-lens-").sort() };
    highlighter.clear();
    await highlighter.show(whole, map, { showIndirect: true });
    expect(afterPending).toEqual({ names: [...fake.registry.keys()].sort(), css: styles.cssText, texts: fake.rangesText("news-lens-").sort() });
    expect(highlighter.quoteAt(em, 2)?.pending).toBeUndefined();
  });

  it("clears everything it registered and its stylesheet", async () => {
    const { analysis, map } = setup();
    await highlighter.show(planHighlights(analysis), map, { showIndirect: true });
    highlighter.clear();
    expect(fake.registry.size).toBe(0);
    expect(styles.attached).toBe(false);
    expect(styles.cssText).toBe("");
    expect(document.adoptedStyleSheets.length).toBe(0);
    expect(document.querySelector("style[data-news-lens]")).toBeNull();
    expect(highlighter.active).toBe(false);
  });
});
