// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import type { Analysis, Entity, Quote } from "../../src/analysis/types";
import { FIRST_SCREEN_ROWS, LISTS_AFTER_PAINT_FROM, ResultView } from "../../src/popup/components/ResultView";
import { sampleAnalysis, sampleArticle } from "../shared/sample-analysis";

afterEach(cleanup);

const byTestId = (id: string) => Array.from(document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
const showMore = () => byTestId("show-more");

function show(analysis: Analysis, deferLists = false) {
  return render(
    <ResultView
      article={sampleArticle({ text: analysis.text })}
      analysis={analysis}
      colors={{}}
      highlights
      indirectHidden={false}
      feedback={null}
      missed={0}
      focus={null}
      onFocus={() => {}}
      onHighlights={() => {}}
      onReveal={() => {}}
      onExport={() => {}}
      onOptions={() => {}}
      deferLists={deferLists}
    />,
  );
}

/** `count` quotes, spread round-robin over `speakers` named speakers; every tenth one mentions the harbour. */
function bigAnalysis(count: number, speakers = 1, entities: Entity[] = []): Analysis {
  const quotes: Quote[] = Array.from({ length: count }, (_, i) => {
    const name = `Speaker ${String(i % speakers).padStart(4, "0")}`;
    const text = i % 10 === 0 ? `quote ${i} about the harbour` : `quote ${i} about the weather`;
    return {
      kind: "direct",
      text,
      start: i * 100,
      end: i * 100 + text.length,
      cue: "said",
      speaker: { name, type: "person", entity: null, mention: name, role: "" },
    };
  });
  return { title: "A huge page", text: "x".repeat(count * 100), quotes, entities };
}

function people(count: number): Entity[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `p${i}`,
    type: "person",
    name: `Person ${String(i).padStart(4, "0")}`,
    mentions: [{ start: i * 10, end: i * 10 + 6, text: "Person" }],
  }));
}

describe("long lists render a page at a time", () => {
  it("paints a long result's header, counts and first screen of quotes first and the rest a frame later; a short one at once", async () => {
    show(bigAnalysis(LISTS_AFTER_PAINT_FROM, 3, people(5)), true);
    expect(byTestId("article-title")).toHaveLength(1);
    // The first screen: its quotes across the first speakers, no show-more button, the name lists not yet.
    expect(byTestId("quote")).toHaveLength(FIRST_SCREEN_ROWS);
    expect(showMore()).toHaveLength(0);
    expect(byTestId("entity")).toHaveLength(0);
    await waitFor(() => expect(byTestId("quote").length).toBe(LISTS_AFTER_PAINT_FROM));
    expect(byTestId("entity")).toHaveLength(5);
    cleanup();
    show(bigAnalysis(LISTS_AFTER_PAINT_FROM - 1), true);
    expect(byTestId("quote")).toHaveLength(LISTS_AFTER_PAINT_FROM - 1);
  });

  it("shows a short article whole, with no show-more buttons", () => {
    show(sampleAnalysis());
    expect(byTestId("quote")).toHaveLength(7);
    expect(byTestId("speaker-group")).toHaveLength(5);
    expect(byTestId("entity")).toHaveLength(8);
    expect(showMore()).toHaveLength(0);
  });

  it("keeps an ordinary article whole even when one speaker says most of it", () => {
    show(bigAnalysis(99));
    expect(byTestId("quote")).toHaveLength(99);
    expect(showMore()).toHaveLength(0);
  });

  it("caps a speaker's 500 quotes at 50 and reveals 50 more per click", () => {
    show(bigAnalysis(500));
    expect(byTestId("quote")).toHaveLength(50);
    // The counts still describe everything, not just what is on screen.
    expect(document.querySelector(".section-count")!.textContent).toBe("500");
    expect(document.querySelector(".speaker-group .count")!.textContent).toBe("500");

    const [button] = showMore();
    expect(showMore()).toHaveLength(1);
    expect(button.textContent).toBe("Show 50 more quotes (450 left)");
    expect(screen.getByRole("button", { name: "Show 50 more quotes by Speaker 0000, 450 left" })).toBe(button);

    fireEvent.click(button);
    expect(byTestId("quote")).toHaveLength(100);
    expect(showMore()[0].textContent).toBe("Show 50 more quotes (400 left)");
    // New rows follow the old ones in the article's order.
    expect(byTestId("quote")[50].textContent).toContain("quote 50 ");
  });

  it("reveals everything in the end and then drops the button", () => {
    show(bigAnalysis(500));
    for (let clicks = 0; showMore().length > 0; clicks++) {
      expect(clicks).toBeLessThan(10);
      fireEvent.click(showMore()[0]);
    }
    expect(byTestId("quote")).toHaveLength(500);
  });

  it("folds a tail of a few rows into the last page instead of asking for a click", () => {
    show(bigAnalysis(158));
    expect(showMore()[0].textContent).toBe("Show 50 more quotes (108 left)");
    fireEvent.click(showMore()[0]);
    // 58 left: one click shows them all rather than 50 and then a button for 8.
    expect(showMore()[0].textContent).toBe("Show 58 more quotes");
    fireEvent.click(showMore()[0]);
    expect(byTestId("quote")).toHaveLength(158);
    expect(showMore()).toHaveLength(0);
  });

  it("moves focus to the first revealed row, so the keyboard carries on where the list left off", () => {
    show(bigAnalysis(500));
    const button = showMore()[0];
    button.focus();
    fireEvent.click(button);
    const rows = byTestId("quote");
    expect(document.activeElement).toBe(rows[50].querySelector(".quote-text"));
  });

  it("caps many speakers at 30 groups", () => {
    show(bigAnalysis(400, 200));
    expect(byTestId("speaker-group")).toHaveLength(30);
    expect(byTestId("quote")).toHaveLength(60);
    const button = screen.getByRole("button", { name: "Show 30 more speakers, 170 left" });
    expect(button.textContent).toBe("Show 30 more speakers (170 left)");

    button.focus();
    fireEvent.click(button);
    const groups = byTestId("speaker-group");
    expect(groups).toHaveLength(60);
    expect(groups[30].querySelector("h3")!.textContent).toBe("Speaker 0030");
    expect(document.activeElement).toBe(groups[30].querySelector(".quote-text"));
  });

  it("shows everything that matches when the filter narrows a huge page to an ordinary one", () => {
    show(bigAnalysis(800));
    fireEvent.click(showMore()[0]);
    fireEvent.input(byTestId("filter-input")[0], { target: { value: "harbour" } });
    expect(byTestId("quote")).toHaveLength(80);
    expect(showMore()).toHaveLength(0);

    fireEvent.input(byTestId("filter-input")[0], { target: { value: "" } });
    // A new list starts again at its first page.
    expect(byTestId("quote")).toHaveLength(50);
  });

  it("caps an entity section at 100 names", () => {
    show({ ...sampleAnalysis(), entities: people(250) });
    expect(byTestId("entity")).toHaveLength(100);
    const button = screen.getByRole("button", { name: "Show 100 more people, 150 left" });
    fireEvent.click(button);
    expect(byTestId("entity")).toHaveLength(200);
    fireEvent.click(screen.getByRole("button", { name: "Show 50 more people" }));
    expect(byTestId("entity")).toHaveLength(250);
    expect(showMore()).toHaveLength(0);
    // The quotes of an ordinary article are untouched by a long entity list.
    expect(byTestId("quote")).toHaveLength(7);
  });

  it("lets the arrow keys reach the show-more button", () => {
    show(bigAnalysis(500));
    const rows = byTestId("quote");
    const last = rows[49].querySelector<HTMLElement>(".quote-text")!;
    last.focus();
    fireEvent.keyDown(last, { key: "ArrowDown" });
    expect(document.activeElement).toBe(showMore()[0]);
  });
});
