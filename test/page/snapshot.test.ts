/**
 * Readability run in the popup on a snapshot of the page (the live path) must read the same article as
 * Readability run in place on the page copy (the server path): our own fixture pages, and every saved page of
 * ../shared/corpus when it is there. jsdom parses the snapshot as the popup's DOMParser does, without scripting.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/page";
import { readArticleAsync } from "../../src/page/read";
import { askingVerdict, snapshotOf, snapshotPrefix } from "../../src/page/snapshot";
import { verdictOfSnapshot } from "../../src/page/snapshot-verdict";
import { cloneWithMap } from "../../src/page/cloneMap";
import { runNow } from "../../src/page/steps";
import { fixtureHtml, pageOf, sharedDir } from "./helpers";

async function readViaSnapshot(doc: Document) {
  const snapshots: string[] = [];
  const ask = async (html: string) => {
    snapshots.push(html);
    return verdictOfSnapshot(new JSDOM(html).window.document, snapshotPrefix(html));
  };
  const result = await readArticleAsync(doc, {}, askingVerdict(ask), { pause: async () => {} });
  return { result, snapshots };
}

function textOf(result: Awaited<ReturnType<typeof readViaSnapshot>>["result"]) {
  return "error" in result ? `error: ${result.message}` : `${result.article.source}|${result.article.title}|${result.article.byline}|${result.article.text}`;
}

describe("the page snapshot sent to the popup", () => {
  const page = `<!doctype html><html lang="en"><head><title>Harbour | Courier</title>
<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"Mara Lindqvist"}}</script>
<style>p { color: red }</style><script>var tracker = "<p>not text</p>";</script></head>
<body><article><p onclick="steal()">“We cannot wait,” said Odile Fenwick.</p><noscript><img onerror="x()" src="a.png"></noscript>
<template><a onclick="y()">menu</a></template><p>Second</p><p>Second</p></article></body></html>`;

  it("drops scripts, styles, <noscript>, <template> and inline handlers, keeps JSON-LD, and numbers every text node", () => {
    const copy = runNow(cloneWithMap(pageOf(page)));
    const html = runNow(snapshotOf(copy));
    expect(html).not.toMatch(/tracker|color: red|<noscript|<template|onclick|onerror/);
    expect(html).toMatch(/application\/ld\+json/);
    const markers = [...html.matchAll(/<!--lens:\w+:(\d+)-->/g)].map((m) => Number(m[1]));
    expect(markers.length).toBeGreaterThan(0);
    expect(snapshotPrefix(html)).toMatch(/^lens:\w+:$/);
    expect(new Set(markers).size).toBe(markers.length);
  });

  it("copies a page in pieces exactly as in one call, every node paired with the same live node", () => {
    const big = fixtureHtml("news-article.html").replace("</body>", `<div>${"<section><p>Filler <b>text</b> here.</p><ul><li>a</li><li>b</li></ul></section>".repeat(120)}</div></body>`);
    const doc = pageOf(big);
    const whole = runNow(cloneWithMap(doc));
    const pieces = runNow(cloneWithMap(doc, { inPieces: true }));
    expect(pieces.clone.documentElement.outerHTML).toBe(whole.clone.documentElement.outerHTML);
    expect(pieces.texts.length).toBe(whole.texts.length);
    for (let i = 0; i < whole.texts.length; i += 37) expect(pieces.claimLiveText(i)).toBe(whole.claimLiveText(i));
    expect(pieces.liveElement(500)).toBe(whole.liveElement(500));
  });

  it("pairs the copy without asking each node its kind (in Firefox every question crosses the content script's boundary)", () => {
    const big = fixtureHtml("news-article.html").replace("</body>", `<div>${"<section><p>Filler <b>text</b> here.</p><ul><li>a</li><li>b</li></ul></section>".repeat(120)}</div></body>`);
    const doc = pageOf(big);
    const view = doc.defaultView as unknown as { Node: { prototype: object } };
    const descriptor = Object.getOwnPropertyDescriptor(view.Node.prototype, "nodeType")!;
    let asked = 0;
    Object.defineProperty(view.Node.prototype, "nodeType", {
      ...descriptor,
      get(this: Node) {
        asked++;
        return descriptor.get!.call(this);
      },
    });
    try {
      const copy = runNow(cloneWithMap(doc, { inPieces: true, markTexts: true }));
      const nodes = doc.getElementsByTagName("*").length + copy.texts.length;
      // The pieces' roots are still asked (a child copied on its own may be a text); the nodes under them are not.
      expect(asked).toBeLessThan(nodes / 2);
    } finally {
      Object.defineProperty(view.Node.prototype, "nodeType", descriptor);
    }
  });

  it("marks a copy as it is made exactly as it marks one afterwards (the live read's way)", () => {
    const big = fixtureHtml("news-article.html").replace("</body>", `<div>${"<section><p>Filler <b>text</b> here.</p><ul><li>a</li><li>b</li></ul></section>".repeat(120)}</div></body>`);
    const withTitle = big.replace("<title>", "<title>Title <!-- no marker in here -->");
    for (const html of [page, withTitle]) {
      const doc = pageOf(html);
      const after = runNow(snapshotOf(runNow(cloneWithMap(doc))));
      for (const inPieces of [false, true]) {
        const copy = runNow(cloneWithMap(doc, { inPieces, markTexts: true }));
        expect(copy.marked).toMatch(/^lens:\w+:$/);
        const made = runNow(snapshotOf(copy));
        expect(made.split(snapshotPrefix(made)).join("lens:X:")).toBe(after.split(snapshotPrefix(after)).join("lens:X:"));
      }
    }
  });

  it("marks the copy of a page whose form controls shadow the DOM's own methods", async () => {
    const hostile = fixtureHtml("news-article.html").replace(
      '<article class="story">',
      '<article class="story"><form name="createComment"><input name="insertBefore"><input name="parentNode">Form text</form><img name="createTreeWalker">',
    );
    const { result, snapshots } = await readViaSnapshot(pageOf(hostile));
    expect(snapshots.length).toBe(1);
    expect(textOf(result)).toBe(textOf(readArticle(pageOf(hostile))));
  });

  it("takes no comment of the page's own for one of its markers", async () => {
    const forged = fixtureHtml("news-article.html").replace(/<p>/g, "<p><!--lens:0--><!--lens-marker:lens:--><!--lens:1-->");
    const { result } = await readViaSnapshot(pageOf(forged));
    expect(textOf(result)).toBe(textOf(readArticle(pageOf(forged))));
  });

  it("maps what Readability kept back to the very live text nodes, twins included", async () => {
    const doc = pageOf(fixtureHtml("news-article.html"));
    const { result } = await readViaSnapshot(doc);
    if ("error" in result) throw new Error(result.message);
    expect(textOf({ ...result })).toBe(textOf(readArticle(pageOf(fixtureHtml("news-article.html")))));
    const range = result.map.toRange(0, 40);
    expect(range && doc.contains(range.startContainer)).toBe(true);
  });

  for (const name of ["news-article.html", "odd-markup.html", "short-brief.html", "web-components.html", "no-article.html", "empty-page.html", "french-article.html"]) {
    it(`reads ${name} as the in-place reader does`, async () => {
      const { result } = await readViaSnapshot(pageOf(fixtureHtml(name)));
      expect(textOf(result)).toBe(textOf(readArticle(pageOf(fixtureHtml(name)))));
    });
  }
});

const corpusDir = path.join(sharedDir, "corpus/pages");
const corpus = existsSync(corpusDir) ? readdirSync(corpusDir).filter((n) => existsSync(path.join(corpusDir, n, "source.html"))).sort() : [];

if (!corpus.length) {
  describe.skip(`snapshot reading of corpus pages (skipped: ${corpusDir} is absent)`, () => {
    it("reads as in place", () => {});
  });
} else {
  describe("every saved corpus page reads the same through the popup's Readability", () => {
    it.each(corpus)("%s", { timeout: 60_000 }, async (name) => {
      const html = readFileSync(path.join(corpusDir, name, "source.html"), "utf8");
      const url = `https://corpus.example/${name}`;
      const { result } = await readViaSnapshot(pageOf(html, url));
      expect(textOf(result)).toBe(textOf(readArticle(pageOf(html, url))));
    });
  });
}
