/**
 * The snapshot's markup written in pieces must be `outerHTML`'s to the character: on our fixture pages, on tricky
 * markup made for this test, and on every saved page of ../shared/corpus when it is there (as the live read's copy
 * is, marked and stripped).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cloneWithMap } from "../../src/page/cloneMap";
import { outerHtmlInPieces, SERIALIZE_PIECE_ELEMENTS } from "../../src/page/serialize";
import { runNow } from "../../src/page/steps";
import { fixtureHtml, pageOf, sharedDir } from "./helpers";

function pieces(el: Element): { html: string; pauses: number } {
  const steps = outerHtmlInPieces(el);
  let pauses = 0;
  for (let state = steps.next(); ; state = steps.next()) {
    if (state.done) return { html: state.value, pauses };
    pauses++;
  }
}

const filler = (n: number) => "<section><p>Filler <b>text</b> here &amp; there.</p><ul><li>a</li><li>b</li></ul></section>".repeat(n);

describe("the page copy's markup in pieces", () => {
  it("writes a big page with pauses, exactly as outerHTML does", () => {
    const doc = pageOf(fixtureHtml("news-article.html").replace("</body>", `<div>${filler(120)}</div></body>`));
    const { html, pauses } = pieces(doc.documentElement);
    expect(pauses).toBeGreaterThan(10);
    expect(html).toBe(doc.documentElement.outerHTML);
  });

  it("escapes text and keeps comments, attributes, foreign content and raw text as the browser's serializer does", () => {
    const tricky = `<!doctype html><html><head><title>A &lt;b&gt; &amp; c\u00a0d</title>
      <script type="application/ld+json">{"a": "<b> & </b>"}</script><style>p > b { color: red }</style></head>
      <body class="x" data-q='say "hi" &amp; <go>'>
      <div id="big">${filler(40)}<!-- a comment -- with dashes --><p>1 &lt; 2 &gt; 0 &amp;&nbsp;more</p>
      <svg viewBox="0 0 10 10"><style>a > b {}</style><g>${"<circle r='1'/>".repeat(200)}</g><text>x &lt; y</text></svg>
      <pre>\nfirst line${"<span>k</span>".repeat(200)}</pre><textarea>\n<b>not bold</b></textarea>
      <template><p>inside ${"<i>t</i>".repeat(200)}</p></template>
      <form name="f"><input name="outerHTML"><input name="firstChild"><input name="cloneNode">${"<span>s</span>".repeat(200)}</form>
      </div></body></html>`;
    const doc = pageOf(tricky);
    expect(doc.getElementById("big")!.getElementsByTagName("*").length).toBeGreaterThan(SERIALIZE_PIECE_ELEMENTS);
    expect(pieces(doc.documentElement).html).toBe(doc.documentElement.outerHTML);
    expect(pieces(doc.getElementById("big")!).html).toBe(doc.getElementById("big")!.outerHTML);
  });

  const dir = path.join(sharedDir, "corpus/pages");
  const corpus = existsSync(dir) ? readdirSync(dir).filter((name) => existsSync(path.join(dir, name, "source.html"))) : [];
  it.skipIf(corpus.length === 0).each(corpus)("writes saved page %s's copy exactly as outerHTML does", (name) => {
    const copy = runNow(cloneWithMap(pageOf(readFileSync(path.join(dir, name, "source.html"), "utf8")), { inPieces: true, markTexts: true }));
    const root = copy.clone.documentElement;
    expect(pieces(root).html).toBe(root.outerHTML);
  }, 60_000);
});
