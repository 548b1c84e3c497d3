import { describe, expect, it } from "vitest";
import { extractFromHtml, htmlToText, NoTextError, readHtml } from "../../src/page/server";
import { fixtureHtml, pageOf, readOk } from "./helpers";

describe("extractFromHtml (server-side DOM)", () => {
  it.each(["news-article.html", "odd-markup.html", "french-article.html", "no-article.html", "short-brief.html"])(
    "reads %s exactly as the live-page reader does",
    (name) => {
      const html = fixtureHtml(name);
      const live = readOk(pageOf(html, "https://courier.example/x")).article;
      expect(extractFromHtml(html, "https://courier.example/x")).toEqual(live);
    },
  );

  it("throws a NoTextError with a clear message for a page without text", () => {
    expect(() => extractFromHtml(fixtureHtml("empty-page.html"))).toThrow(NoTextError);
    expect(() => extractFromHtml("")).toThrow(/no readable text/);
    expect(readHtml("<p>   </p>")).toMatchObject({ error: "no-text" });
  });

  it("keeps the url it is given", () => {
    expect(extractFromHtml(fixtureHtml("news-article.html"), "file:///tmp/story.html").url).toBe("file:///tmp/story.html");
  });
});

describe("htmlToText", () => {
  it("gives all text of a fragment with paragraph breaks, leaving out only scripts and styles", () => {
    expect(htmlToText("<div><h2>Tides</h2><p>The sea <em>will</em>\n  rise.</p><figcaption>A caption</figcaption><script>x()</script></div>")).toBe(
      "Tides\n\nThe sea will rise.\n\nA caption",
    );
  });
});
