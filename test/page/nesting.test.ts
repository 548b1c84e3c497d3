import { describe, expect, it } from "vitest";
import { MAX_READABILITY_DEPTH, nestedDeeperThan } from "../../src/page/nesting";
import { MAX_READABILITY_ELEMENTS } from "../../src/page";
import { runNow } from "../../src/page/steps";
import { pageOf, readOk } from "./helpers";

const STORY = [
  "The ferry operator said on Monday that the winter timetable would start a week early this year.",
  "“We would rather sail fewer boats than cancel them at the last minute,” said Ilse Varga, who runs the line.",
  "Passengers on the island route will be told of the change by letter, the company said.",
];

/** A story wrapped in `levels` nested divs, the way a script (never the parser, which stops at 512) can nest it. */
function nestedPage(levels: number): Document {
  const doc = pageOf("<!doctype html><html lang=\"en\"><head><title>Ferry timetable changes | Island Post</title></head><body></body></html>");
  let parent: Element = doc.body;
  for (let i = 0; i < levels; i++) parent = parent.appendChild(doc.createElement(i % 2 ? "div" : "section"));
  const article = parent.appendChild(doc.createElement("article"));
  for (const line of STORY) article.appendChild(doc.createElement("p")).textContent = line;
  return doc;
}

describe("nesting depth", () => {
  it("tells a page nested past the limit from one just inside it", () => {
    // html > body > levels > article > p: the paragraphs sit levels + 3 below the root.
    expect(runNow(nestedDeeperThan(nestedPage(10), 13))).toBe(false);
    expect(runNow(nestedDeeperThan(nestedPage(10), 12))).toBe(true);
    expect(runNow(nestedDeeperThan(pageOf("<p>flat</p>"), 2))).toBe(false);
  });

  it("is not fooled by form controls named after element members", () => {
    const doc = pageOf(
      '<form><input name="firstElementChild"><input name="nextElementSibling"><input name="parentNode"><div><div><div><p>deep</p></div></div></div></form>',
    );
    expect(runNow(nestedDeeperThan(doc, 5))).toBe(true);
    expect(runNow(nestedDeeperThan(doc, 7))).toBe(false);
  });
});

describe("pages Readability would freeze on are read with the linear fallback", () => {
  it("reads a story nested deeper than the limit, all of it, as the page's text", () => {
    const { article } = readOk(nestedPage(MAX_READABILITY_DEPTH + 50));
    expect(article.source).toBe("page");
    expect(article.text.split("\n\n")).toEqual(STORY);
  });

  it("still gives a story nested within the limit to Readability", () => {
    const { article } = readOk(nestedPage(40));
    expect(article.source).toBe("article");
    expect(article.text.split("\n\n")).toEqual(STORY);
  });

  // Builds and reads a 25,000-element page: 2–4 s here alone, past vitest's 5 s default when the machine's two cores
  // are shared. A timeout, not a speed target (those live in npm run bench).
  it("reads a page with more elements than the limit as the page's text", { timeout: 30_000 }, () => {
    const doc = pageOf("<!doctype html><html lang=\"en\"><head><title>Minutes</title></head><body><main></main></body></html>");
    const main = doc.querySelector("main")!;
    const lines = Math.ceil(MAX_READABILITY_ELEMENTS / 2) + 10;
    for (let i = 0; i < lines; i++) {
      const p = main.appendChild(doc.createElement("p"));
      p.appendChild(doc.createElement("span")).textContent = `${STORY[i % STORY.length]} (item ${i + 1})`;
    }
    const { article } = readOk(doc);
    expect(article.source).toBe("page");
    expect(article.paragraphCount).toBe(lines);
  });
});
