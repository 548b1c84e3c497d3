// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Lens, type ReadFn } from "../../src/content/lens";
import { HOST_TAG } from "../../src/content/ui-host";
import { TEXT_SLICE_CHARS, type ArticleSnapshot } from "../../src/shared/messages";
import { FakeHighlights, plainTextMap, STORY_HTML, storyAnalysis } from "./fixtures";
import { planHighlights } from "../../src/shared/highlight-plan";

function storyReader(): ReadFn {
  return (doc) => {
    const { text, map } = plainTextMap(doc.querySelector("article")!);
    const article: ArticleSnapshot = {
      url: "http://127.0.0.1/story",
      title: "Ferry strike ends after night talks",
      byline: "",
      siteName: "",
      lang: "en",
      text,
      wordCount: text.split(/\s+/).filter(Boolean).length,
      paragraphCount: 4,
      source: "article",
    };
    return { article, map };
  };
}

describe("the content script's message handling", () => {
  let fake: FakeHighlights;
  let lens: Lens;

  beforeEach(() => {
    document.body.innerHTML = STORY_HTML;
    document.adoptedStyleSheets = [];
    fake = new FakeHighlights();
    lens = new Lens(document, { read: storyReader(), version: "9.9.9", highlightApi: fake.api });
    Element.prototype.scrollIntoView = vi.fn();
  });
  afterEach(() => vi.useRealTimers());

  it("answers a ping with its version", async () => {
    expect(await lens.handle({ type: "lens:ping" })).toEqual({ ok: true, version: "9.9.9" });
  });

  it("reads the article and highlights the analysis of what it read", async () => {
    const read = await lens.handle({ type: "lens:read", prefer: "article" });
    expect(read.ok).toBe(true);
    const text = (read as { article: ArticleSnapshot }).article.text;
    const reply = await lens.handle({ type: "lens:highlight", plan: planHighlights(storyAnalysis(text)), settings: { showIndirect: true } });
    expect(reply).toEqual({ ok: true, highlighted: 3, missed: 0 });
  });

  it("sends a long text in slices, and refuses slices of a read that a newer read replaced", async () => {
    const long = Array.from({ length: 40_000 }, (_, i) => `Paragraph ${i} of the harbour minutes, read aloud.`).join(" ");
    document.body.innerHTML = `<article><p>${long}</p></article>`;
    const read = await lens.handle({ type: "lens:read", prefer: "article" });
    if (!read.ok || !("readId" in read)) throw new Error("expected a read");
    expect(read.textLength).toBe(long.length);
    expect(read.article.text).toBe(long.slice(0, TEXT_SLICE_CHARS));
    let text = read.article.text;
    while (text.length < read.textLength) {
      const slice = await lens.handle({ type: "lens:text", readId: read.readId, from: text.length });
      if (!slice.ok || !("text" in slice)) throw new Error("expected a slice");
      expect(slice.text.length).toBeLessThanOrEqual(TEXT_SLICE_CHARS);
      text += slice.text;
    }
    expect(text).toBe(long);

    await lens.handle({ type: "lens:read", prefer: "article" });
    expect(await lens.handle({ type: "lens:text", readId: read.readId, from: TEXT_SLICE_CHARS })).toEqual({ ok: false });
  });

  it("re-reads the page when asked to highlight before reading (a re-injected script)", async () => {
    const { text } = plainTextMap(document.querySelector("article")!);
    const reply = await lens.handle({ type: "lens:highlight", plan: planHighlights(storyAnalysis(text)), settings: { showIndirect: true } });
    expect(reply).toEqual({ ok: true, highlighted: 3, missed: 0 });
  });

  it("waits for a reader that reads in slices, and keeps the newest read when an older one finishes last", async () => {
    const read = storyReader();
    const delays = [30, 0];
    let reads = 0;
    const sliced: ReadFn = (doc, options) => {
      reads++;
      const result = read(doc, options);
      const delay = delays.shift() ?? 0;
      return new Promise((resolve) => setTimeout(() => resolve(result), delay));
    };
    const slow = new Lens(document, { read: sliced, version: "1", highlightApi: fake.api });
    const older = slow.handle({ type: "lens:read", prefer: "article" });
    document.querySelector("h1")!.textContent = "Ferry strike over after night talks";
    const newer = await slow.handle({ type: "lens:read", prefer: "article" });
    await older;
    const text = (newer as { article: ArticleSnapshot }).article.text;
    expect(text).toContain("Ferry strike over");
    // The newer read's map is the one kept: highlighting its text needs no fresh read.
    const reply = await slow.handle({ type: "lens:highlight", plan: planHighlights(storyAnalysis(text)), settings: { showIndirect: true } });
    expect(reply).toEqual({ ok: true, highlighted: 3, missed: 0 });
    expect(reads).toBe(2);
  });

  it("highlights nothing, rather than the wrong words, when the analysis is of another text", async () => {
    const analysis = storyAnalysis(plainTextMap(document.querySelector("article")!).text);
    analysis.text = "Some other article entirely.";
    expect(await lens.handle({ type: "lens:highlight", plan: planHighlights(analysis), settings: { showIndirect: true } })).toEqual({ ok: true, highlighted: 0, missed: 3 });
  });

  it("reports a page without text as no-text, and a failing reader as an error, without throwing", async () => {
    const empty = new Lens(document, { read: () => ({ error: "no-text", message: "Nothing here." }), version: "1", highlightApi: fake.api });
    expect(await empty.handle({ type: "lens:read", prefer: "article" })).toEqual({ ok: false, reason: "no-text", message: "Nothing here." });
    const broken = new Lens(document, { read: () => { throw new Error("boom"); }, version: "1", highlightApi: fake.api });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(await broken.handle({ type: "lens:read", prefer: "article" })).toEqual({ ok: false, reason: "error", message: "boom" });
    expect(warn.mock.calls[0][0]).toBe("[news-lens]");
    warn.mockRestore();
  });

  it("reveals a span: scrolls to it and flashes it", async () => {
    vi.useFakeTimers();
    const read = await lens.handle({ type: "lens:read", prefer: "article" });
    const text = (read as { article: ArticleSnapshot }).article.text;
    const start = text.indexOf("Leon Okafor");
    expect(await lens.handle({ type: "lens:reveal", start, end: start + 11 })).toEqual({ ok: true });
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
    expect(fake.rangesText("news-lens-flash")).toEqual(["Leon Okafor"]);
    vi.advanceTimersByTime(5000);
    expect(fake.registry.has("news-lens-flash")).toBe(false);
    expect(await lens.handle({ type: "lens:reveal", start: 99_999, end: 100_000 })).toEqual({ ok: false });
  });

  it("clearing after highlight, reveal and tooltip leaves the page's DOM exactly as it was", async () => {
    const before = document.documentElement.outerHTML;
    const read = await lens.handle({ type: "lens:read", prefer: "article" });
    const text = (read as { article: ArticleSnapshot }).article.text;
    await lens.handle({ type: "lens:highlight", plan: planHighlights(storyAnalysis(text)), settings: { showIndirect: true } });
    await lens.handle({ type: "lens:reveal", start: 0, end: 10 });
    const mark = lens.highlighter.quoteAt(document.querySelector("em")!.firstChild!, 1)!;
    // Our tooltip lives in its own host element while highlights are on.
    (lens as unknown as { watcher: { showFor(m: typeof mark): void } }).watcher.showFor(mark);
    expect(document.querySelector(HOST_TAG)).not.toBeNull();
    await lens.handle({ type: "lens:clear" });
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(fake.registry.size).toBe(0);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it("does the same with the wrapping fallback", async () => {
    const wrapLens = new Lens(document, { read: storyReader(), version: "1", highlightApi: null });
    const before = document.documentElement.outerHTML;
    const read = await wrapLens.handle({ type: "lens:read", prefer: "article" });
    const text = (read as { article: ArticleSnapshot }).article.text;
    await wrapLens.handle({ type: "lens:highlight", plan: planHighlights(storyAnalysis(text)), settings: { showIndirect: true } });
    expect(document.documentElement.outerHTML).not.toBe(before);
    await wrapLens.handle({ type: "lens:clear" });
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe("injection", () => {
  it("installs its message listener only once when injected twice", async () => {
    const addListener = vi.fn();
    vi.stubGlobal("chrome", { runtime: { id: "test-extension-id", getManifest: () => ({ version: "1" }), onMessage: { addListener } } });
    vi.resetModules();
    await import("../../src/content/index");
    vi.resetModules();
    await import("../../src/content/index");
    expect(addListener).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });

  it("ignores a page's fake runtime made of named elements (<form id=\"browser\"><input name=\"runtime\">)", async () => {
    vi.stubGlobal("browser", { runtime: { tagName: "INPUT" } });
    vi.stubGlobal("chrome", undefined);
    const { extensionRuntime } = await import("../../src/content/runtime");
    expect(extensionRuntime()).toBeNull();
    vi.unstubAllGlobals();
  });

  it("answers through sendResponse, the reply style both browsers accept", async () => {
    const listeners: Array<(m: unknown, s: unknown, r: (x: unknown) => void) => boolean | undefined> = [];
    vi.stubGlobal("chrome", { runtime: { id: "test-extension-id", getManifest: () => ({ version: "2.0" }), onMessage: { addListener: (l: (typeof listeners)[0]) => listeners.push(l) } } });
    const { listen } = await import("../../src/content/runtime");
    const { isContentRequest } = await import("../../src/shared/messages");
    listen(isContentRequest, async () => ({ ok: true, version: "2.0" }));
    const reply = await new Promise((resolve) => expect(listeners[0]({ type: "lens:ping" }, {}, resolve)).toBe(true));
    expect(reply).toEqual({ ok: true, version: "2.0" });
    expect(listeners[0]({ type: "other" }, {}, () => {})).toBeUndefined();
    vi.unstubAllGlobals();
  });
});
