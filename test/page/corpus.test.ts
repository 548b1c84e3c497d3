/**
 * The real saved pages of ../shared/corpus (read at run time, never copied into the repo): the extracted
 * article agrees with each page's expected article, and every mapped range reads back as its text.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { collapseWhitespace, squashWhitespace } from "../../src/page/compare";
import { extractFromHtml, htmlToText } from "../../src/page/server";
import { tokenF1 } from "../../src/page/tokenF1";
import { pageOf, paragraphSpans, readOk, sharedDir } from "./helpers";

const corpusDir = path.join(sharedDir, "corpus/pages");
const pages = existsSync(corpusDir) ? readdirSync(corpusDir).filter((n) => existsSync(path.join(corpusDir, n, "source.html"))).sort() : [];

/** Each page on its own must stay close to its expected article; together they must average ≥ 0.95. */
const PAGE_F1_FLOOR = 0.92;
const AVERAGE_F1_FLOOR = 0.95;

if (!pages.length) {
  describe.skip(`corpus pages (skipped: ${corpusDir} is absent; the shared material lives beside the repo)`, () => {
    it("extraction and mapping", () => {});
  });
} else {
  const source = (name: string) => readFileSync(path.join(corpusDir, name, "source.html"), "utf8");
  const expected = (name: string) => htmlToText(readFileSync(path.join(corpusDir, name, "expected.html"), "utf8"));

  describe("article extraction agrees with the corpus's expected articles", () => {
    const scores: number[] = [];

    it.each(pages)("%s", (name) => {
      const article = extractFromHtml(source(name), `https://corpus.example/${name}`);
      const score = tokenF1(article.text, expected(name));
      scores.push(score.f1);
      expect(article.source).toBe("article");
      expect(article.title.length).toBeGreaterThan(0);
      expect(score.f1, `token F1 ${score.f1.toFixed(3)} (P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)})`).toBeGreaterThanOrEqual(PAGE_F1_FLOOR);
    });

    it(`averages a token F1 of at least ${AVERAGE_F1_FLOOR}`, () => {
      expect(scores).toHaveLength(pages.length);
      const average = scores.reduce((a, b) => a + b, 0) / scores.length;
      expect(average).toBeGreaterThanOrEqual(AVERAGE_F1_FLOOR);
    });
  });

  describe("every mapped range reads back as its slice of the text (jsdom, a DOM with full Range support)", () => {
    it.each(pages)("%s", { timeout: 60_000 }, (name) => {
      const html = source(name);
      const { article, map } = readOk(pageOf(html));
      // The live-page reader and the server-side reader agree on the text.
      expect(article.text).toBe(extractFromHtml(html).text);
      const { text } = article;
      let spans = 0;
      for (const { start, end } of paragraphSpans(text)) {
        const ranges = map.toRanges(start, end);
        expect(squashWhitespace(ranges.map((r) => r.toString()).join(""))).toBe(squashWhitespace(text.slice(start, end)));
        // Word-aligned spans inside the paragraph, like quotes and names: exact after collapsing whitespace,
        // and fromRange gives the span back.
        const words = [...text.slice(start, end).matchAll(/\S+/g)];
        for (let i = 0; i < words.length; i += 4) {
          const j = Math.min(words.length - 1, i + (i % 9));
          const s = start + words[i].index!;
          const e = start + words[j].index! + words[j][0].length;
          for (const range of map.toRanges(s, e)) {
            const back = map.fromRange(range)!;
            expect(collapseWhitespace(range.toString())).toBe(collapseWhitespace(text.slice(back.start, back.end)));
          }
          expect(map.fromRange(map.toRange(s, e)!)).toEqual({ start: s, end: e });
          spans++;
        }
      }
      // Spans across paragraph breaks: the visible characters match exactly.
      for (let k = 0; k < 20; k++) {
        const s = Math.floor((k / 20) * text.length);
        const e = Math.min(text.length, s + 600);
        expect(squashWhitespace(map.toRanges(s, e).map((r) => r.toString()).join(""))).toBe(squashWhitespace(text.slice(s, e)));
      }
      expect(spans).toBeGreaterThan(0);
    });
  });
}
