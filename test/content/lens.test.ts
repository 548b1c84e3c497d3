// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Lens, PENDING_MARKS_MS, type ReadFn } from "../../src/content/lens";
import { HOST_TAG } from "../../src/content/ui-host";
import { TEXT_SLICE_CHARS, type ArticleSnapshot } from "../../src/shared/messages";
import { FakeHighlights, plainTextMap, STORY_HTML, storyAnalysis, storyReader } from "./fixtures";
import { pendingPlan, planHighlights } from "../../src/shared/highlight-plan";
import { readArticleAsync } from "../../src/page/read";
import { askingVerdict } from "../../src/page/snapshot";
import { judgeSnapshot } from "../../src/popup/judge";

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

  it("takes a pending plan's marks down after a while when no whole plan follows (its popup was closed), and keeps the whole plan's", async () => {
    const read = await lens.handle({ type: "lens:read", prefer: "article" });
    const text = (read as { article: ArticleSnapshot }).article.text;
    const whole = planHighlights(storyAnalysis(text));
    const spans = storyAnalysis(text)
      .quotes.slice()
      .sort((a, b) => a.start - b.start)
      .flatMap((q) => [q.start, q.end, q.kind === "indirect" ? 1 : 0]);
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"], shouldAdvanceTime: true });
    await lens.handle({ type: "lens:highlight", plan: pendingPlan(whole.text, spans), settings: { showIndirect: true, markSpeakers: false } });
    expect(fake.registry.size).toBeGreaterThan(0);
    // No key: a reopened popup does not take pending marks for its own.
    expect(await lens.handle({ type: "lens:ping" })).not.toHaveProperty("shown");
    vi.advanceTimersByTime(PENDING_MARKS_MS + 1);
    expect(fake.registry.size).toBe(0);

    await lens.handle({ type: "lens:highlight", plan: pendingPlan(whole.text, spans), settings: { showIndirect: true, markSpeakers: false } });
    await lens.handle({ type: "lens:highlight", plan: whole, settings: { showIndirect: true }, key: "k" });
    const names = [...fake.registry.keys()].sort();
    vi.advanceTimersByTime(PENDING_MARKS_MS + 1);
    expect([...fake.registry.keys()].sort()).toEqual(names);
    expect(await lens.handle({ type: "lens:ping" })).toMatchObject({ shown: "k" });
  });

  it("sends a long text in slices, and refuses slices of a read that a newer read replaced", async () => {
    const long = Array.from({ length: 40_000 }, (_, i) => `Paragraph ${i} of the harbour minutes, read aloud.`).join(" ");
    document.body.innerHTML = `<article><p>${long}</p></article>`;
    const read = await lens.handle({ type: "lens:read", prefer: "article" });
    if (!read.ok || !("article" in read)) throw new Error("expected a read");
    expect(read.textLength).toBe(long.length);
    expect(read.article.text).toBe(long.slice(0, TEXT_SLICE_CHARS));
    let text = read.article.text;
    while (text.length < read.textLength) {
      const slice = await lens.handle({ type: "lens:text", readId: read.readId, part: "article", from: text.length });
      if (!slice.ok || !("text" in slice)) throw new Error("expected a slice");
      expect(slice.text.length).toBeLessThanOrEqual(TEXT_SLICE_CHARS);
      text += slice.text;
    }
    expect(text).toBe(long);

    await lens.handle({ type: "lens:read", prefer: "article" });
    expect(await lens.handle({ type: "lens:text", readId: read.readId, part: "article", from: TEXT_SLICE_CHARS })).toEqual({ ok: false });
  });

  it("asks to be read first when told to highlight before any read (a script injected anew)", async () => {
    const { text } = plainTextMap(document.querySelector("article")!);
    const plan = planHighlights(storyAnalysis(text));
    expect(await lens.handle({ type: "lens:highlight", plan, settings: { showIndirect: true } })).toEqual({ ok: false, reason: "stale" });
    await lens.handle({ type: "lens:read", prefer: "article" });
    expect(await lens.handle({ type: "lens:highlight", plan, settings: { showIndirect: true } })).toEqual({ ok: true, highlighted: 3, missed: 0 });
  });

  it("reads again, asking for a second verdict, when the page edits text the read took while it waited", async () => {
    const live = new Lens(document, {
      read: (doc, { prefer, ask }) => readArticleAsync(doc, { prefer }, askingVerdict(ask)),
      version: "9.9.9",
      highlightApi: fake.api,
    });
    const paragraphs = [
      "“We reached a deal at four in the morning, and nobody slept,” said union leader Marta Ruiz, who led the crews' side.",
      "The operator's chief, Leon Okafor, said the timetable would return to normal by Friday, once the boats had been checked.",
      "Passengers who bought tickets for cancelled sailings will be refunded in full, the company said in a statement on Monday.",
    ];
    document.body.innerHTML = `<main><article><h1>Ferry strike ends</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</article></main>`;
    const snapshotOfReply = async (reply: Awaited<ReturnType<Lens["handle"]>>) => {
      if (!reply.ok || !("snapshot" in reply)) throw new Error(`expected Readability turn, got ${JSON.stringify(reply).slice(0, 300)}`);
      return reply.snapshot.html.length === reply.snapshot.length ? reply.snapshot.html : "";
    };
    let reply = await live.handle({ type: "lens:read", prefer: "article" });
    const first = await snapshotOfReply(reply);
    // The page edits a paragraph the read has taken, while the read waits for the verdict.
    (document.querySelector("article p")!.firstChild as Text).data = paragraphs[0].replace("four", "five");
    const readId = (reply as { readId: number }).readId;
    reply = await live.handle({ type: "lens:verdict", readId, verdict: judgeSnapshot(first) });
    const second = await snapshotOfReply(reply);
    expect(second).toContain("five in the morning");
    reply = await live.handle({ type: "lens:verdict", readId, verdict: judgeSnapshot(second) });
    if (!reply.ok || !("article" in reply)) throw new Error("expected the article");
    expect(reply.article.text.split("\n\n").slice(-3)).toEqual([paragraphs[0].replace("four", "five"), ...paragraphs.slice(1)]);
  });

  it("has Readability's verdict made elsewhere: sends the page snapshot in slices, goes on with the verdict", async () => {
    const live = new Lens(document, {
      read: (doc, { prefer, ask }) => readArticleAsync(doc, { prefer }, askingVerdict(ask)),
      version: "9.9.9",
      highlightApi: fake.api,
    });
    document.body.innerHTML = `<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>Ferry strike ends after night talks</h1>
<p>“We reached a deal at four in the morning, and nobody slept,” said union leader Marta Ruiz, who led the crews' side.</p>
<p>The operator's chief, Leon Okafor, said the timetable would return to normal by Friday, once the boats had been checked.</p>
<p>Passengers who bought tickets for cancelled sailings will be refunded in full, the company said in a statement on Monday.</p>
<script>window.__counted = (window.__counted || 0) + 1;</script>
<p>Islanders said the week without ferries had emptied the shops, and that the school had closed for two days.</p>
</article></main><footer>© The Island Post</footer>`;
    let reply = await live.handle({ type: "lens:read", prefer: "article" });
    if (!reply.ok || !("snapshot" in reply)) throw new Error("expected Readability's turn");
    let html = reply.snapshot.html;
    while (html.length < reply.snapshot.length) {
      const slice = await live.handle({ type: "lens:text", readId: reply.readId, part: "snapshot", from: html.length });
      if (!slice.ok || !("text" in slice)) throw new Error("expected a slice of the snapshot");
      html += slice.text;
    }
    expect(html).not.toMatch(/<script/i);
    reply = await live.handle({ type: "lens:verdict", readId: reply.readId, verdict: judgeSnapshot(html) });
    if (!reply.ok || !("article" in reply)) throw new Error("expected the article");
    expect(reply.article.source).toBe("article");
    expect(reply.article.text.split("\n\n")).toEqual([...document.querySelectorAll("article p")].map((p) => p.textContent));
    expect(reply.article.text).not.toMatch(/Home|World|Island Post|__counted/);
    // The read that came of the verdict maps onto the live page: highlights land on it.
    const text = reply.article.text;
    const quote = "We reached a deal at four in the morning, and nobody slept";
    const start = text.indexOf(quote);
    const plan = planHighlights({
      text,
      quotes: [{ kind: "direct", text: quote, start, end: start + quote.length, cue: "said", speaker: { name: "Marta Ruiz", type: "person", entity: null, mention: "union leader Marta Ruiz", role: "union leader" } }],
      entities: [],
    });
    expect(await live.handle({ type: "lens:highlight", plan, settings: { showIndirect: true } })).toEqual({ ok: true, highlighted: 1, missed: 0 });
    // A verdict for a read that is over is refused, not applied.
    expect(await live.handle({ type: "lens:verdict", readId: reply.readId, verdict: null })).toMatchObject({ ok: false, reason: "error" });
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

  it("paints nothing, rather than the wrong words, for an analysis of another text, and asks for a fresh read", async () => {
    const analysis = storyAnalysis(plainTextMap(document.querySelector("article")!).text);
    analysis.text = "Some other article entirely.";
    expect(await lens.handle({ type: "lens:highlight", plan: planHighlights(analysis), settings: { showIndirect: true } })).toEqual({ ok: false, reason: "stale" });
    expect(fake.registry.size).toBe(0);
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
