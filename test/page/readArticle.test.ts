import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/page";
import { fixtureHtml, pageOf, readOk } from "./helpers";

describe("readArticle on a news page with furniture", () => {
  const doc = pageOf(fixtureHtml("news-article.html"));
  const before = doc.documentElement.outerHTML;
  const { article } = readOk(doc);

  it("does not change the page at all", () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it("reports the title, byline, site and language", () => {
    expect(article.title).toBe("Harbour council approves tidal barrier after stormy debate");
    expect(article.byline).toBe("Mara Lindqvist");
    expect(article.siteName).toBe("The Coastline Courier");
    expect(article.lang).toBe("en");
    expect(article.source).toBe("article");
    expect(article.url).toBe("https://courier.example/news/story");
  });

  it("keeps the story's paragraphs, separated by blank lines", () => {
    const paragraphs = article.text.split("\n\n");
    expect(paragraphs[0]).toMatch(/^PORT ELLWYN — The harbour council voted seven to four/);
    expect(paragraphs).toContain(
      "“We have waited long enough, and the sea will not wait for us,” said Councillor Odile Fenwick, who proposed the motion. “This is the least we owe the people who live below the sea wall.”",
    );
    expect(paragraphs.at(-1)).toBe("Fenwick said the council would publish the full design in the spring.");
    expect(article.paragraphCount).toBe(paragraphs.length);
    expect(article.wordCount).toBe(article.text.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)!.length);
  });

  it.each([
    ["navigation", "Weather"],
    ["the advert", "Fresh mussels"],
    ["the byline", "Coastal Affairs Reporter"],
    ["the share bar", "Share on Facebook"],
    ["the photo caption", "where the barrier would stand"],
    ["the photo credit", "Ivo Brandt"],
    ["the newsletter promo", "morning newsletter"],
    ["hidden elements", "hidden tracking text"],
    ["screen-reader-only text", "opens in a new window"],
    ["the credit line", "Editing by"],
    ["related links", "Storm surge floods"],
    ["comments", "My cellar has flooded"],
    ["the footer", "All rights reserved"],
    ["scripts", "trackPageView"],
    ["styles", "color: red"],
  ])("leaves out %s", (_what, words) => {
    expect(article.text).not.toContain(words);
  });
});

describe("readArticle on odd markup", () => {
  const { article } = readOk(pageOf(fixtureHtml("odd-markup.html")));

  it("splits paragraphs at double line breaks and unclosed <p> tags", () => {
    const paragraphs = article.text.split("\n\n");
    expect(paragraphs[0]).toBe(
      "The last keeper of the Saltholm light, Bertil Aakre, climbed its ninety-two steps for the final time on Sunday morning.",
    );
    expect(paragraphs).toContain("He plans to spend his retirement fishing from the same rocks he used to watch from above.");
    expect(paragraphs.at(-1)).toBe('"I will still look up at night," he said. "Old habits."');
  });

  it("joins a word split over inline tags and turns no-break spaces and line wraps into single spaces", () => {
    expect(article.text).toContain('"I knew every one of those steps by its creak," Aakre said, laughing');
    expect(article.text).toContain("The harbour master, Petra Olsen, said");
    for (const paragraph of article.text.split("\n\n")) expect(paragraph).not.toMatch(/\s\s|\n|\u00a0|^\s|\s$/);
  });

  it("takes the title from the page when the article has no header", () => {
    expect(article.title).toBe("Lighthouse keeper retires after forty winters");
  });
});

describe("readArticle on a short brief", () => {
  // Under 500 characters Readability gives up on its first pass and re-parses the page from markup, so
  // none of its nodes are the copied ones any more; the text must still map back to the live page.
  const doc = pageOf(fixtureHtml("short-brief.html"));
  const { article, map } = readOk(doc);

  it("reads it as an article, without the headline", () => {
    expect(article.source).toBe("article");
    expect(article.title).toBe("Ferry service resumes after storm");
    expect(article.text.split("\n\n")).toHaveLength(2);
    expect(article.text).toMatch(/^The Saltholm ferry sailed again on Thursday/);
  });

  it("maps the text to the live page's own nodes", () => {
    const start = article.text.indexOf("“The crew worked through three nights");
    const range = map.toRange(start, start + "“The crew worked through three nights".length)!;
    expect(range.toString()).toBe("“The crew worked through three nights");
    expect(doc.body.contains(range.startContainer) && doc.body.contains(range.endContainer)).toBe(true);
    expect(range.endContainer.parentElement!.tagName).toBe("EM");
  });
});

describe("fallbacks", () => {
  it("uses the user's selection when asked to", () => {
    const doc = pageOf(fixtureHtml("news-article.html"));
    const paragraph = [...doc.querySelectorAll(".story-body p")][2];
    doc.getSelection()!.selectAllChildren(paragraph);
    const { article } = readOk(doc, { prefer: "selection" });
    expect(article.source).toBe("selection");
    expect(article.text).toBe(
      "Opponents said the barrier would choke the estuary's oyster beds. Tomas Ruiz, who chairs the Ellwyn Fishers' Cooperative, said his members feared the project would “turn a living harbour into a millpond.”",
    );
  });

  it("cuts a selection at its edges inside text nodes", () => {
    const doc = pageOf(fixtureHtml("news-article.html"));
    const text = doc.querySelectorAll(".story-body p")[2].firstChild!;
    const range = doc.createRange();
    range.setStart(text, "Opponents said ".length);
    range.setEnd(text, "Opponents said the barrier would choke".length);
    doc.getSelection()!.addRange(range);
    const result = readOk(doc, { prefer: "selection" });
    expect(result.article.text).toBe("the barrier would choke");
    expect(result.map.toRange(0, 11)!.toString()).toBe("the barrier");
  });

  it("reads the article when asked for the selection but nothing is selected", () => {
    const { article } = readOk(pageOf(fixtureHtml("news-article.html")), { prefer: "selection" });
    expect(article.source).toBe("article");
  });

  it("falls back to the selection when the page has no article", () => {
    const doc = pageOf(fixtureHtml("no-article.html"));
    doc.getSelection()!.selectAllChildren(doc.querySelector("main p")!);
    const { article } = readOk(doc);
    expect(article.source).toBe("selection");
    expect(article.text).toBe("Boarding closes ten minutes before departure.");
  });

  it("falls back to the page's main visible text, without header and footer, and says so", () => {
    const { article } = readOk(pageOf(fixtureHtml("no-article.html")));
    expect(article.source).toBe("page");
    expect(article.text.split("\n\n")).toEqual([
      "Ferry timetable",
      "Departs",
      "Arrives",
      "07:15 Port Ellwyn",
      "08:05 Saltholm",
      "12:40 Saltholm",
      "13:30 Port Ellwyn",
      "Boarding closes ten minutes before departure.",
    ]);
    expect(article.title).toBe("Ellwyn Ferry Timetable");
  });

  it("gives a clear error for a page without any text", () => {
    const result = readArticle(pageOf(fixtureHtml("empty-page.html")));
    expect(result).toEqual({ error: "no-text", message: expect.stringMatching(/no readable text/) });
  });

  it("gives the same error for an empty document", () => {
    expect(readArticle(pageOf(""))).toMatchObject({ error: "no-text" });
  });
});

describe("language", () => {
  it("guesses French from the words when the page does not declare a language", () => {
    const { article } = readOk(pageOf(fixtureHtml("french-article.html")));
    expect(article.lang).toBe("fr");
    expect(article.text).toContain("« Nous avons assez attendu, et la mer ne nous attendra pas »");
  });
});

describe("a page whose markup shadows document members (DOM clobbering)", () => {
  const html = fixtureHtml("news-article.html").replace(
    "<body>",
    `<body><form name="createRange"></form><form name="getSelection"></form><form name="querySelectorAll"></form><img name="getElementsByTagName" alt=""><form name="createElement"></form>`,
  );

  it("still reads and maps the article", () => {
    const doc = pageOf(html);
    // jsdom does not implement the named properties of Document, so shadow them the way a browser does.
    const decoy = doc.createElement("form");
    for (const name of ["createRange", "getSelection", "querySelectorAll", "getElementsByTagName", "createElement", "body"]) {
      Object.defineProperty(doc, name, { value: decoy, configurable: true });
    }
    const { article, map } = readOk(doc);
    expect(article.source).toBe("article");
    expect(article.text).toMatch(/^PORT ELLWYN/);
    expect(map.toRange(0, 11)!.toString()).toBe("PORT ELLWYN");
  });

  it("still uses the selection", () => {
    const doc = pageOf(html);
    doc.getSelection()!.selectAllChildren(doc.querySelectorAll(".story-body p")[4]);
    Object.defineProperty(doc, "getSelection", { value: doc.createElement("form"), configurable: true });
    expect(readOk(doc, { prefer: "selection" }).article.text).toBe("Fenwick said the council would publish the full design in the spring.");
  });
});

describe("a page built from web components", () => {
  function render() {
    const doc = pageOf(fixtureHtml("web-components.html"));
    const shadow = doc.querySelector("story-view")!.attachShadow({ mode: "open" });
    shadow.innerHTML = `
      <article>
        <h2>Night market returns to the quay</h2>
        <p class="byline"><slot name="byline"></slot></p>
        <p>The night market came back to Port Ellwyn's quay on Friday after a winter away, with forty stalls selling smoked fish, lanterns and wool.</p>
        <p>“People missed the lights more than the shopping,” said the organiser, <b>Anwen Price</b>, as the first lanterns went up.</p>
      </article>`;
    return doc;
  }

  it("reads the story from the open shadow root and says it is the page's text", () => {
    const { article } = readOk(render());
    expect(article.source).toBe("page");
    expect(article.text).toContain("The night market came back to Port Ellwyn's quay on Friday");
    expect(article.text).toContain("said the organiser, Anwen Price, as the first lanterns went up.");
    expect(article.text).not.toContain("Rhian Coles");
  });

  it("maps text inside the shadow root to ranges there", () => {
    const doc = render();
    const { article, map } = readOk(doc);
    const start = article.text.indexOf("Anwen Price");
    const range = map.toRange(start, start + "Anwen Price".length)!;
    expect(range.toString()).toBe("Anwen Price");
    expect(range.startContainer.getRootNode()).toBe(doc.querySelector("story-view")!.shadowRoot);
    expect(map.fromRange(range)).toEqual({ start, end: start + "Anwen Price".length });
  });
});
