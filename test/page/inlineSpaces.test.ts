/**
 * Inline element boundaries: where the page shows whitespace between a link (or any inline element) and the
 * word after it, the article text keeps a space; where the markup runs them together, the text does as the
 * browser renders it. A saved page (salon-1) writes `<a …>Name</a>reports` with no whitespace at all, and
 * browsers show "Namereports" there too (checked in Chromium's innerText): that one is the page's, not ours.
 */
import { describe, expect, it } from "vitest";
import { readHtml } from "../../src/page/server";
import { pageOf, readOk } from "./helpers";

/** An invented article long enough for Readability, with `paragraph` as its second paragraph. */
function articleWith(paragraph: string): string {
  const filler = "The island ferry ran late all week while the crew rebuilt the loading ramp that the autumn gales had bent out of shape. ";
  return `<!doctype html><html><head><title>Ramp mended</title></head><body><nav>Home Local Weather</nav><article>
    <h1>Ramp mended</h1>
    <p>${filler.repeat(4)}</p>
    <p>${paragraph}</p>
    <p>${filler.repeat(3)}</p>
  </article></body></html>`;
}

function both(paragraph: string): string[] {
  const html = articleWith(paragraph);
  const server = readHtml(html);
  if ("error" in server) throw new Error(server.message);
  return [readOk(pageOf(html)).article.text, server.article.text];
}

describe("spaces at inline element boundaries", () => {
  it.each([
    ["a line break and indent before and after a link", `As the skipper\n      <a\n      href="https://harbour.example/x">Pia Castellane</a>\n      recalled, the ramp held.`, "As the skipper Pia Castellane recalled, the ramp held."],
    ["a space inside the link's end", `As the skipper <a href="https://harbour.example/x">Pia Castellane </a>recalled, the ramp held.`, "As the skipper Pia Castellane recalled, the ramp held."],
    ["a space inside the next element's start", `As the skipper <a href="https://harbour.example/x">Pia Castellane</a><span> recalled</span>, the ramp held.`, "As the skipper Pia Castellane recalled, the ramp held."],
    ["a whitespace-only node between two inline elements", `The skippers <a href="https://harbour.example/p">Pia</a>\n<b>Noor</b> recalled it.`, "The skippers Pia Noor recalled it."],
    ["a non-breaking space after a link", `The skipper <a href="https://harbour.example/x">Pia Castellane</a>&nbsp;recalled it.`, "The skipper Pia Castellane recalled it."],
  ])("keeps one space for %s", (_name, paragraph, expected) => {
    for (const text of both(paragraph)) expect(text).toContain(expected);
  });

  it("adds none where the markup runs the words together, as the browser shows them", () => {
    for (const text of both(`The <b>Har</b>bour board met, and the skipper <a href="https://harbour.example/x">Pia</a>'s crew cheered.`)) {
      expect(text).toContain("The Harbour board met, and the skipper Pia's crew cheered.");
    }
  });
});
