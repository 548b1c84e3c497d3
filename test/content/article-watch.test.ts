// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ArticleWatch } from "../../src/content/article-watch";
import { Lens } from "../../src/content/lens";
import { HOST_TAG } from "../../src/content/ui-host";
import { planHighlights } from "../../src/shared/highlight-plan";
import { FakeHighlights, STORY_HTML, storyAnalysis, storyReader } from "./fixtures";

const PAGE = `<header><nav><a href="/">Home</a></nav></header>
<main><article>
  <h1>Ferry strike ends after night talks</h1>
  <p>“We reached a deal at four in the morning,” said union leader Marta Ruiz.</p>
  <figure><img src="boat.jpg"><figcaption>The ferry at dawn.</figcaption></figure>
  <p>The operator's chief, Leon Okafor, said the timetable would return to normal by Friday.</p>
</article>
<aside class="related"><p>Most read</p></aside></main>`;

/** The text nodes a read of PAGE takes: the title and the two paragraphs (not the caption). */
function taken(): Text[] {
  return [...document.querySelectorAll("article h1, article p")].map((el) => el.firstChild as Text);
}

describe("the article watch (what a reopened popup asks the page)", () => {
  beforeEach(() => {
    document.body.innerHTML = PAGE;
  });

  it("says unchanged while nothing the read took changes, whatever happens elsewhere on the page", () => {
    const watch = new ArticleWatch(document, taken());
    expect(watch.unchanged).toBe(true);
    // Outside the article: a sidebar refreshed, a banner added to the body.
    document.querySelector("aside p")!.textContent = "Most read today";
    document.body.append(Object.assign(document.createElement("div"), { textContent: "Accept cookies?" }));
    // Inside it but not text: an image loads, a caption's credit is edited.
    document.querySelector("img")!.setAttribute("src", "boat@2x.jpg");
    (document.querySelector("figcaption")!.firstChild as Text).data = "The ferry at dawn (Lens Wire).";
    document.querySelector("article")!.append(document.createElement("div"));
    // Our own UI host.
    document.documentElement.append(document.createElement(HOST_TAG));
    // A read paragraph that only changes its class (scroll animations do).
    document.querySelector("article p")!.setAttribute("class", "in-view");
    expect(watch.unchanged).toBe(true);
  });

  it("says changed when text the read took is edited", () => {
    const watch = new ArticleWatch(document, taken());
    (document.querySelector("article p")!.firstChild as Text).data = "“We reached a deal at five in the morning,” said Ruiz.";
    expect(watch.unchanged).toBe(false);
  });

  it("says changed when a paragraph is added to the article or one is removed", () => {
    const added = new ArticleWatch(document, taken());
    document.querySelector("article")!.append(Object.assign(document.createElement("p"), { textContent: "Update: boats are running." }));
    expect(added.unchanged).toBe(false);

    document.body.innerHTML = PAGE;
    const removed = new ArticleWatch(document, taken());
    document.querySelectorAll("article p")[1].remove();
    expect(removed.unchanged).toBe(false);
  });

  it("says changed when a paragraph it read is hidden, or the article is replaced", () => {
    const hidden = new ArticleWatch(document, taken());
    document.querySelectorAll("article p")[1].setAttribute("hidden", "");
    expect(hidden.unchanged).toBe(false);

    document.body.innerHTML = PAGE;
    const replaced = new ArticleWatch(document, taken());
    document.body.innerHTML = PAGE;
    expect(replaced.unchanged).toBe(false);
  });

  it("stays changed once changed, and can be told so", () => {
    const watch = new ArticleWatch(document, taken());
    watch.invalidate();
    expect(watch.unchanged).toBe(false);
    const none = new ArticleWatch(document, []);
    expect(none.unchanged).toBe(false);
  });
});

describe("the ping a reopened popup sends", () => {
  let lens: Lens;

  beforeEach(() => {
    document.body.innerHTML = STORY_HTML;
    document.adoptedStyleSheets = [];
    Element.prototype.scrollIntoView = vi.fn();
    lens = new Lens(document, {
      read: storyReader(),
      version: "9.9.9",
      highlightApi: new FakeHighlights().api,
    });
  });

  it("names the last read, says whether it still stands, and what highlights are painted", async () => {
    expect(await lens.handle({ type: "lens:ping" })).toEqual({ ok: true, version: "9.9.9" });
    const read = await lens.handle({ type: "lens:read", prefer: "article" });
    if (!read.ok || !("article" in read)) throw new Error("expected a read");
    expect(read.key).toMatch(/:1$/);
    expect(await lens.handle({ type: "lens:ping" })).toEqual({ ok: true, version: "9.9.9", read: { key: read.key, unchanged: true } });

    const plan = planHighlights(storyAnalysis(read.article.text));
    await lens.handle({ type: "lens:highlight", plan, settings: { showIndirect: true }, key: "painted-1" });
    expect(await lens.handle({ type: "lens:ping" })).toMatchObject({ read: { key: read.key, unchanged: true }, shown: "painted-1" });
    await lens.handle({ type: "lens:clear" });
    expect(await lens.handle({ type: "lens:ping" })).not.toHaveProperty("shown");

    document.querySelector("article p")!.append(" And then the boats sailed.");
    expect(await lens.handle({ type: "lens:ping" })).toMatchObject({ read: { key: read.key, unchanged: false } });
    // A new read stands again, under a new key.
    const again = await lens.handle({ type: "lens:read", prefer: "article" });
    const key = (again as { key?: string }).key;
    expect(key).not.toBe(read.key);
    expect(await lens.handle({ type: "lens:ping" })).toMatchObject({ read: { key, unchanged: true } });
  });
});
