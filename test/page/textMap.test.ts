import { describe, expect, it } from "vitest";
import { collapseWhitespace, squashWhitespace } from "../../src/page/compare";
import { fixtureHtml, pageOf, paragraphSpans, readOk, spanOf } from "./helpers";

describe("text ⇄ page ranges on a news page", () => {
  const doc = pageOf(fixtureHtml("news-article.html"));
  const { article, map } = readOk(doc);
  const { text } = article;

  it("maps every paragraph to one range whose text is the paragraph", () => {
    for (const { start, end } of paragraphSpans(text)) {
      const range = map.toRange(start, end)!;
      expect(collapseWhitespace(range.toString())).toBe(text.slice(start, end));
      expect(map.fromRange(range)).toEqual({ start, end });
    }
  });

  it("maps a quote whose words run into a link", () => {
    const quote = spanOf(text, "We have waited long enough, and the sea will not wait for us");
    const range = map.toRange(quote.start, quote.end)!;
    expect(range.toString()).toBe("We have waited long enough, and the sea will not wait for us");
    expect(range.endContainer.parentElement!.tagName).toBe("A");
    expect(map.fromRange(range)).toEqual(quote);
  });

  it("maps a name inside <strong> and a word inside <em>", () => {
    const name = spanOf(text, "Odile Fenwick");
    expect(map.toRange(name.start, name.end)!.startContainer.parentElement!.tagName).toBe("STRONG");
    const least = spanOf(text, "the least we owe");
    expect(map.toRange(least.start, least.end)!.toString()).toBe("the least we owe");
  });

  it("maps a span over a paragraph break; the blank line is only whitespace on the page", () => {
    const from = text.indexOf("below the sea wall");
    const to = text.indexOf("Opponents said") + "Opponents said".length;
    const range = map.toRange(from, to)!;
    expect(squashWhitespace(range.toString())).toBe(squashWhitespace(text.slice(from, to)));
    expect(map.fromRange(range)).toEqual({ start: from, end: to });
  });

  it("splits a span into one range per stretch without left-out content (a promo sits between two paragraphs)", () => {
    const from = text.indexOf("Opponents said");
    const to = text.indexOf("41 million crowns") + "41 million crowns".length;
    const single = map.toRange(from, to)!;
    expect(single.toString()).toContain("Sign up for our morning newsletter");
    const ranges = map.toRanges(from, to);
    expect(ranges).toHaveLength(2);
    expect(ranges.map((r) => r.toString()).join(" ")).not.toContain("newsletter");
    expect(squashWhitespace(ranges.map((r) => r.toString()).join(""))).toBe(squashWhitespace(text.slice(from, to)));
  });

  it("round-trips every word-aligned span of every paragraph", () => {
    let checked = 0;
    for (const { start, end } of paragraphSpans(text)) {
      const words = [...text.slice(start, end).matchAll(/\S+/g)];
      for (let i = 0; i < words.length; i++) {
        for (const j of [i, Math.min(words.length - 1, i + 4)]) {
          const s = start + words[i].index!;
          const e = start + words[j].index! + words[j][0].length;
          const range = map.toRange(s, e)!;
          expect(collapseWhitespace(range.toString())).toBe(collapseWhitespace(text.slice(s, e)));
          expect(map.fromRange(range)).toEqual({ start: s, end: e });
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it("maps ranges made on the page back to the article", () => {
    const strong = doc.querySelector("strong")!;
    const range = doc.createRange();
    range.selectNodeContents(strong);
    expect(map.fromRange(range)).toEqual(spanOf(text, "Odile Fenwick"));

    const story = doc.createRange();
    story.selectNodeContents(doc.body);
    expect(map.fromRange(story)).toEqual({ start: 0, end: text.length });
  });

  it("clips ranges that reach outside the article, and gives null for ranges wholly outside it", () => {
    const range = doc.createRange();
    range.setStartBefore(doc.querySelector("header")!);
    range.setEnd(doc.querySelector(".story-body p")!.firstChild!, "PORT ELLWYN".length);
    expect(map.fromRange(range)).toEqual({ start: 0, end: "PORT ELLWYN".length });

    const nav = doc.createRange();
    nav.selectNodeContents(doc.querySelector("nav")!);
    expect(map.fromRange(nav)).toBeNull();
    const caption = doc.createRange();
    caption.selectNodeContents(doc.querySelector("figcaption")!);
    expect(map.fromRange(caption)).toBeNull();
  });

  it("returns null or nothing for empty and out-of-range spans instead of throwing", () => {
    expect(map.toRange(5, 5)).toBeNull();
    expect(map.toRange(text.length, text.length + 10)).toBeNull();
    expect(map.toRanges(-10, -1)).toEqual([]);
    expect(map.toRange(-10, 4)!.toString()).toBe("PORT");
  });

  it("returns null once the page has removed the text", () => {
    const result = readOk(pageOf(fixtureHtml("news-article.html")));
    const p = result.map.toRange(0, 4)!.startContainer.parentElement!;
    p.remove();
    expect(result.map.toRange(0, 4)).toBeNull();
  });
});

describe("text ⇄ page ranges on odd markup", () => {
  const doc = pageOf(fixtureHtml("odd-markup.html"));
  const { article, map } = readOk(doc);
  const { text } = article;

  it("maps a word split over <b>Aak</b>re to one range", () => {
    const name = spanOf(text, "Aakre said, laughing");
    const range = map.toRange(name.start, name.end)!;
    expect(range.toString()).toBe("Aakre said, laughing");
    expect(range.startContainer.parentElement!.tagName).toBe("B");
  });

  it("maps across a line wrap and a no-break space: equal after collapsing whitespace", () => {
    const span = spanOf(text, "Bertil Aakre, climbed its ninety-two");
    const range = map.toRange(span.start, span.end)!;
    expect(range.toString()).toBe("Bertil\u00a0Aakre, climbed its\n    ninety-two");
    expect(collapseWhitespace(range.toString())).toBe(text.slice(span.start, span.end));
    expect(map.fromRange(range)).toEqual(span);
  });

  it("maps every paragraph, including those made by <br><br> and unclosed <p>", () => {
    for (const { start, end } of paragraphSpans(text)) {
      const range = map.toRange(start, end)!;
      expect(collapseWhitespace(range.toString())).toBe(text.slice(start, end));
      expect(map.fromRange(range)).toEqual({ start, end });
    }
  });
});
