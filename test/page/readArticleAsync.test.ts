import { describe, expect, it } from "vitest";
import { readArticle, readArticleAsync } from "../../src/page";
import type { ReadError, ReadResult } from "../../src/page/types";
import { fixtureHtml, pageOf } from "./helpers";

/** Pauses after every step (a zero-millisecond slice), counting the pauses and running `during` at each. */
function everyStep(during: (pause: number) => void = () => {}) {
  let pauses = 0;
  return {
    get pauses() {
      return pauses;
    },
    options: {
      sliceMs: 0,
      pause: async () => {
        during(++pauses);
      },
    },
  };
}

function snapshot(result: ReadResult | ReadError) {
  if ("error" in result) return result;
  const { article, map } = result;
  // The map must agree too: every paragraph maps back onto the same page text.
  let at = 0;
  const ranges = article.text.split("\n\n").map((p) => {
    const range = map.toRange(at, at + p.length)?.toString();
    at += p.length + 2;
    return range;
  });
  return { article, ranges };
}

function longMinutesPage(paragraphs: number): string {
  const items = Array.from({ length: paragraphs }, (_, i) => `<p>${i + 1}. The harbour board heard from owner number ${i + 1} about the mooring fees.</p>`);
  return `<html lang="en"><head><title>Minutes</title></head><body><main>${items.join("\n")}</main></body></html>`;
}

// Pages of a thousand paragraphs in jsdom take a few seconds each on a loaded 2-core machine; the limit guards
// against a read that never ends, not a speed (speed is measured in npm run bench).
describe("readArticleAsync: the live page's read, in slices", { timeout: 30_000 }, () => {
  it.each(["news-article.html", "odd-markup.html", "short-brief.html", "web-components.html", "no-article.html", "french-article.html", "empty-page.html"])(
    "gives exactly what readArticle gives on %s",
    async (name) => {
      const doc = pageOf(fixtureHtml(name));
      const slices = everyStep();
      const sliced = await readArticleAsync(doc, {}, slices.options);
      expect(snapshot(sliced)).toEqual(snapshot(readArticle(doc)));
    },
  );

  it("hands the thread back many times on a long page, with the same result as one go", { timeout: 30_000 }, async () => {
    const doc = pageOf(longMinutesPage(1200));
    const slices = everyStep();
    const sliced = await readArticleAsync(doc, {}, slices.options);
    expect(slices.pauses).toBeGreaterThan(8);
    const whole = readArticle(doc);
    expect(snapshot(sliced)).toEqual(snapshot(whole));
    expect("error" in whole ? 0 : whole.article.paragraphCount).toBe(1200);
  });

  it("reads the selection in slices as well", async () => {
    const doc = pageOf(longMinutesPage(600));
    const paragraphs = doc.querySelectorAll("p");
    const range = doc.createRange();
    range.setStart(paragraphs[10].firstChild!, 4);
    range.setEnd(paragraphs[500].firstChild!, 20);
    doc.getSelection()!.addRange(range);
    const sliced = await readArticleAsync(doc, { prefer: "selection" }, everyStep().options);
    expect(sliced).toMatchObject({ article: { source: "selection" } });
    expect(snapshot(sliced)).toEqual(snapshot(readArticle(doc, { prefer: "selection" })));
  });

  it("reads again when the page edits text it had already taken while the read was paused", async () => {
    const doc = pageOf(longMinutesPage(1000));
    const first = doc.querySelector("p")!.firstChild as Text;
    const slices = everyStep((pause) => {
      if (pause === 3) first.data = "1. The chair read a late letter from the ferry company.";
    });
    const result = await readArticleAsync(doc, {}, slices.options);
    if ("error" in result) throw new Error(result.message);
    expect(result.article.text.startsWith("1. The chair read a late letter from the ferry company.")).toBe(true);
    expect(result.map.toRange(0, 11)?.toString()).toBe("1. The chai");
    expect(snapshot(result)).toEqual(snapshot(readArticle(doc)));
  });

  it("reads again when the page replaces the part it was reading", async () => {
    const doc = pageOf(longMinutesPage(1000));
    const slices = everyStep((pause) => {
      if (pause === 3) doc.querySelector("main")!.innerHTML = "<p>The meeting was adjourned until the new moorings are built and the board has heard every owner.</p>";
    });
    const result = await readArticleAsync(doc, {}, slices.options);
    expect(result).toMatchObject({ article: { paragraphCount: 1 } });
    expect(snapshot(result)).toEqual(snapshot(readArticle(doc)));
  });
});
