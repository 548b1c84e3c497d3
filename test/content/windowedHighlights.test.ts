// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { CustomHighlightPainter, MAX_REGISTERED_RANGES } from "../../src/content/highlight/custom-highlight";
import { PageStyles } from "../../src/content/highlight/stylesheet";
import { FakeHighlights } from "./fixtures";

/** A page of `count` one-line ranges 20 px apart, scrolled by `view.scrollY`. */
function fakePage(count: number) {
  const listeners = new Map<string, () => void>();
  const frames: Array<() => void> = [];
  const view = {
    innerHeight: 1000,
    scrollY: 0,
    addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
    removeEventListener: (type: string) => listeners.delete(type),
    requestAnimationFrame: (fn: () => void) => frames.push(fn),
    cancelAnimationFrame: () => {},
  };
  const ranges = Array.from({ length: count }, (_, i) => {
    const rect = () => ({ top: i * 20 - view.scrollY, bottom: i * 20 + 16 - view.scrollY });
    return { index: i, getBoundingClientRect: rect } as unknown as Range & { index: number };
  });
  const scroll = (y: number) => {
    view.scrollY = y;
    listeners.get("scroll")?.();
    while (frames.length) frames.shift()!();
  };
  return { view: view as unknown as Window, ranges, listeners, scroll };
}

describe("highlights on a page with more ranges than the browser restyles quickly", () => {
  let fake: FakeHighlights;
  let styles: PageStyles;

  beforeEach(() => {
    document.adoptedStyleSheets = [];
    fake = new FakeHighlights();
    styles = new PageStyles(document);
  });

  const registered = (name: string) => (fake.registry.get(name)?.ranges ?? []) as Array<Range & { index: number }>;

  it("registers every range when there are few", async () => {
    const page = fakePage(300);
    const painter = new CustomHighlightPainter(fake.api, styles, page.view);
    await painter.paint([{ name: "q", ranges: page.ranges, priority: 2, style: { backgroundColor: "red" } }], () => false);
    expect(registered("q")).toHaveLength(300);
    expect(page.listeners.size).toBe(0);
  });

  it("registers only the ranges on and near the screen, and follows scrolling", async () => {
    const page = fakePage(20_000);
    const painter = new CustomHighlightPainter(fake.api, styles, page.view);
    await painter.paint([{ name: "q", ranges: page.ranges, priority: 2, style: { backgroundColor: "red" } }], () => false);
    const first = registered("q").map((r) => r.index);
    expect(first[0]).toBe(0);
    expect(first.length).toBeLessThanOrEqual(MAX_REGISTERED_RANGES);
    // Everything on screen (rows 0-49) and a margin below it.
    expect(first.at(-1)).toBeGreaterThanOrEqual(100);

    page.scroll(200_000); // row 10,000 at the top of the screen
    const later = registered("q").map((r) => r.index);
    expect(later[0]).toBeLessThanOrEqual(10_000);
    expect(later[0]).toBeGreaterThan(9_000);
    expect(later.at(-1)).toBeGreaterThanOrEqual(10_050);
    expect(later.length).toBeLessThanOrEqual(MAX_REGISTERED_RANGES);
  });

  it("stops following the page once cleared", async () => {
    const page = fakePage(20_000);
    const painter = new CustomHighlightPainter(fake.api, styles, page.view);
    await painter.paint([{ name: "q", ranges: page.ranges, priority: 2, style: { backgroundColor: "red" } }], () => false);
    painter.clear();
    expect(fake.registry.size).toBe(0);
    expect(page.listeners.size).toBe(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });
});
