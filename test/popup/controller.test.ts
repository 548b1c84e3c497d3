import { describe, expect, it } from "vitest";
import { PopupController } from "../../src/popup/controller";
import { sampleAnalysis, sampleArticle } from "../shared/sample-analysis";
import { fakeDeps } from "./fake-deps";

describe("the one-click flow", () => {
  it("injects the script, reads, analyses, shows, highlights, badges and caches", async () => {
    const fake = fakeDeps();
    const controller = new PopupController(fake.deps);
    await controller.start();
    expect(controller.state.kind).toBe("result");
    const slices = Math.ceil(sampleArticle().text.length / fake.state.sliceChars) - 1;
    // No second ping after the injection: the read is the injected script's first message.
    expect(fake.types()).toEqual(["lens:ping", "lens:read", ...Array(slices).fill("lens:text"), "lens:highlight"]);
    expect(fake.deps.inject).toHaveBeenCalledTimes(1);
    expect(fake.deps.analyze).toHaveBeenCalledWith({ title: sampleArticle().title, text: sampleArticle().text }, expect.any(Function));
    expect(fake.badges.get(7)).toBe(String(sampleAnalysis().quotes.length));
    expect((JSON.parse(fake.session.get("result:7") as string) as { url: string }).url).toBe("https://news.example.org/2026/harbour-barrier");
    expect(controller.highlights).toBe(true);
  });

  it("starts the analysis worker as soon as no cached result is found, before the page is read", async () => {
    const fake = fakeDeps();
    const order: string[] = [];
    let sentBeforePrepare = -1;
    fake.deps.prepareAnalysis.mockImplementation(() => {
      order.push("prepare");
      sentBeforePrepare = fake.types().length;
    });
    const loadSettings = fake.deps.loadSettings.getMockImplementation()!;
    fake.deps.loadSettings.mockImplementation(() => {
      order.push("settings");
      return loadSettings();
    });
    fake.deps.targetTab.mockImplementation(async () => {
      order.push("tab");
      return fake.state.tab;
    });
    const started = new PopupController(fake.deps).start();
    // Synchronously, before the first await: settings and tab are asked side by side.
    expect(order).toEqual(["settings", "tab"]);
    await started;
    expect(fake.deps.prepareAnalysis).toHaveBeenCalledTimes(1);
    expect(fake.deps.releaseAnalysis).not.toHaveBeenCalled();
    // Nothing asked of the page yet but whether the script is there (beside the cache read): the worker starts
    // beside the whole read.
    expect(sentBeforePrepare).toBe(1);
    expect(fake.types()[0]).toBe("lens:ping");
  });

  it("asks the page to highlight before the popup lays out the result and badges it", async () => {
    const fake = fakeDeps();
    const controller = new PopupController(fake.deps);
    let typesAtFirstRender: string[] | null = null;
    controller.subscribe(() => {
      if (controller.state.kind === "result" && !typesAtFirstRender) {
        // What a render queued now would see once it runs (a microtask later): the highlight already asked for.
        queueMicrotask(() => (typesAtFirstRender ??= fake.types()));
      }
    });
    let highlightBeforeBadge = false;
    fake.deps.setBadge.mockImplementation(async () => void (highlightBeforeBadge = fake.types().includes("lens:highlight")));
    await controller.start();
    expect(typesAtFirstRender).toContain("lens:highlight");
    expect(highlightBeforeBadge).toBe(true);
  });

  it("puts a text that crosses in slices back together exactly, emoji split between slices included", async () => {
    const text = `${"😀".repeat(120)} “We will sail,” said Ilse Varga. ${"é".repeat(333)}`;
    const fake = fakeDeps({ read: { ok: true, article: sampleArticle({ text }) }, sliceChars: 37 });
    await new PopupController(fake.deps).start();
    expect(fake.deps.analyze).toHaveBeenCalledWith({ title: sampleArticle().title, text }, expect.any(Function));
  });

  it("reads again when the page changed while its text was crossing, and says so when it never settles", async () => {
    const settles = fakeDeps({ refuseSlices: 1 });
    const controller = new PopupController(settles.deps);
    await controller.start();
    expect(controller.state.kind).toBe("result");
    expect(settles.types().filter((t) => t === "lens:read")).toHaveLength(2);
    expect(settles.deps.analyze).toHaveBeenCalledWith({ title: sampleArticle().title, text: sampleArticle().text }, expect.any(Function));

    const restless = fakeDeps({ refuseSlices: 1000 });
    const failing = new PopupController(restless.deps);
    await failing.start();
    expect(failing.state).toMatchObject({ kind: "error" });
    expect(JSON.stringify(failing.state)).toMatch(/kept changing/);
    expect(restless.deps.analyze).not.toHaveBeenCalled();
  });

  it("reads again and retries once when the page's script has no read of the analysed text", async () => {
    const fresh = fakeDeps({ staleHighlights: 1 });
    const controller = new PopupController(fresh.deps);
    await controller.start();
    const types = fresh.types();
    expect(types.filter((t) => t === "lens:read")).toHaveLength(2);
    expect(types.filter((t) => t === "lens:highlight")).toHaveLength(2);
    expect(controller.highlightMissed).toBe(0);

    // The page changed meanwhile: its text is no longer the analysed one, so nothing is painted and all are missed.
    const changed = fakeDeps({ staleHighlights: 1 });
    changed.deps.analyze.mockImplementation(async () => {
      changed.state.read = { ok: true, article: sampleArticle({ text: "A different story altogether, replaced while it was analysed." }) };
      return sampleAnalysis();
    });
    const other = new PopupController(changed.deps);
    await other.start();
    expect(changed.types().filter((t) => t === "lens:highlight")).toHaveLength(1);
    expect(other.highlightMissed).toBe(sampleAnalysis().quotes.length);
  });

  it("does not inject again when the script already answers", async () => {
    const fake = fakeDeps({ scriptInstalled: true });
    await new PopupController(fake.deps).start();
    expect(fake.deps.inject).not.toHaveBeenCalled();
    expect(fake.types()[0]).toBe("lens:ping");
  });

  it("reopens instantly from the cache when the page vouches for its read: one ping, no read, no analysis, no repaint", async () => {
    const fake = fakeDeps();
    await new PopupController(fake.deps).start();
    fake.deps.analyze.mockClear();
    fake.sent.length = 0;
    const again = new PopupController(fake.deps);
    await again.start();
    expect(again.state).toMatchObject({ kind: "result", fromCache: true });
    expect(fake.deps.analyze).not.toHaveBeenCalled();
    // The page still shows the highlights this popup would paint: it is asked for nothing but the ping.
    expect(fake.types()).toEqual(["lens:ping"]);
    // A cached result needs no analysis: no worker is started.
    expect(fake.deps.prepareAnalysis).toHaveBeenCalledTimes(1);
    expect(fake.deps.releaseAnalysis).toHaveBeenCalledTimes(1);
  });

  it("paints the highlights again on an instant reopen when the page no longer shows the ones it would paint", async () => {
    const fake = fakeDeps();
    await new PopupController(fake.deps).start();
    const shown = fake.state.shown;
    expect(shown).toBeTruthy();
    // The reader picked other colours in the options meanwhile.
    fake.state.settings = { palette: ["#112233", "#445566", "#778899"] };
    fake.sent.length = 0;
    const again = new PopupController(fake.deps);
    await again.start();
    expect(again.state).toMatchObject({ kind: "result", fromCache: true });
    expect(fake.types()).toEqual(["lens:ping", "lens:highlight"]);
    expect(fake.state.shown).not.toBe(shown);
  });

  it("reads the page again when it changed since the cached read, and keeps the analysis when the text is the same", async () => {
    const fake = fakeDeps({ settings: { keepHistory: true } });
    await new PopupController(fake.deps).start();
    expect(fake.recorded).toHaveLength(1);
    fake.deps.analyze.mockClear();
    fake.state.pageChanged = true;
    fake.sent.length = 0;
    const again = new PopupController(fake.deps);
    await again.start();
    expect(fake.types()).toContain("lens:read");
    expect(fake.deps.analyze).not.toHaveBeenCalled();
    expect(again.state).toMatchObject({ kind: "result", fromCache: true });
    // The same article, read once: the history is not told twice.
    expect(fake.recorded).toHaveLength(1);
    // The new read is the one the cache now names: the next reopen is instant again.
    fake.sent.length = 0;
    await new PopupController(fake.deps).start();
    expect(fake.types()).toEqual(["lens:ping"]);
  });

  it("analyses anew when the page changed since the cached read and its text is no longer the same", async () => {
    const fake = fakeDeps();
    await new PopupController(fake.deps).start();
    fake.deps.analyze.mockClear();
    const changed = `${sampleArticle().text}\n\nA live update added since.`;
    fake.state.read = { ok: true, article: sampleArticle({ text: changed }) };
    fake.state.pageChanged = true;
    const again = new PopupController(fake.deps);
    await again.start();
    expect(fake.deps.analyze).toHaveBeenCalledWith({ title: sampleArticle().title, text: changed }, expect.any(Function));
    expect(again.state).toMatchObject({ kind: "result", fromCache: false });
    expect(again.state.kind === "result" && again.state.article.text).toBe(changed);
  });

  it("decides on a cached result as its first screen and paints it before asking the page for any work", async () => {
    const fake = fakeDeps();
    await new PopupController(fake.deps).start();
    fake.sent.length = 0;
    // The page's highlights were cleared meanwhile (by another popup, say): the reopen paints them again.
    fake.state.shown = undefined;
    const again = new PopupController(fake.deps);
    let sentBeforePaint = -1;
    fake.deps.afterPaint.mockImplementation(async () => void (sentBeforePaint = fake.sent.length));
    const started = again.start();
    await again.firstScreen;
    expect(again.state).toMatchObject({ kind: "result", fromCache: true });
    await started;
    // Only the ping, sent beside the cache read; the highlights wait for the paint.
    expect(fake.types().slice(0, sentBeforePaint)).toEqual(["lens:ping"]);
    expect(fake.types()).toContain("lens:highlight");
    expect(fake.types().filter((t) => t === "lens:ping")).toHaveLength(1);
  });

  it("reads a page anew on reopen when its text is no longer the cached one", async () => {
    const fake = fakeDeps();
    await new PopupController(fake.deps).start();
    fake.deps.analyze.mockClear();
    // The page changed and its script was injected anew: it has no read of the cached text.
    const changed = `${sampleArticle().text}\n\nA paragraph added since.`;
    fake.state.read = { ok: true, article: sampleArticle({ text: changed }) };
    fake.reinject();
    const again = new PopupController(fake.deps);
    await again.start();
    expect(fake.deps.analyze).toHaveBeenCalledWith({ title: sampleArticle().title, text: changed }, expect.any(Function));
    expect(again.state).toMatchObject({ kind: "result", fromCache: false });
    expect((JSON.parse(fake.session.get("result:7") as string) as { article: { text: string } }).article.text).toBe(changed);
  });

  it("asks about file access for file: pages only", async () => {
    const web = fakeDeps();
    await new PopupController(web.deps).start();
    expect(web.deps.fileAccessAllowed).not.toHaveBeenCalled();
    const file = fakeDeps({ tab: { id: 3, url: "file:///home/reader/story.html" } });
    const controller = new PopupController(file.deps);
    await controller.start();
    expect(file.deps.fileAccessAllowed).toHaveBeenCalledTimes(1);
    expect(controller.state.kind).toBe("restricted");
  });

  it("ignores a cache entry for another URL in the same tab", async () => {
    const fake = fakeDeps();
    await new PopupController(fake.deps).start();
    fake.state.tab = { id: 7, url: "https://news.example.org/another-story" };
    fake.deps.analyze.mockClear();
    await new PopupController(fake.deps).start();
    expect(fake.deps.analyze).toHaveBeenCalledTimes(1);
  });

  it("waits for the switch when the reader chose highlighting on demand", async () => {
    const fake = fakeDeps({ settings: { highlightOnOpen: false } });
    const controller = new PopupController(fake.deps);
    await controller.start();
    expect(fake.types()).not.toContain("lens:highlight");
    await controller.setHighlights(true);
    expect(fake.types().at(-1)).toBe("lens:highlight");
    await controller.setHighlights(false);
    expect(fake.types().at(-1)).toBe("lens:clear");
    expect((JSON.parse(fake.session.get("result:7") as string) as { highlights: boolean }).highlights).toBe(false);
  });

  it("sends the speaker colours the popup shows, so page and popup agree", async () => {
    const fake = fakeDeps({ settings: { palette: ["#101010", "#202020"] } });
    const controller = new PopupController(fake.deps);
    await controller.start();
    const highlight = fake.sent.find((r) => r.type === "lens:highlight") as { settings: { colors: Record<string, string> } };
    expect(highlight.settings.colors["entity:e1"]).toBe("#101010");
    expect(highlight.settings.colors).toEqual(controller.speakerColors);
  });

  it("hides indirect quotes everywhere when the reader turned them off", async () => {
    const fake = fakeDeps({ settings: { showIndirect: false } });
    const controller = new PopupController(fake.deps);
    await controller.start();
    const direct = sampleAnalysis().quotes.filter((q) => q.kind === "direct").length;
    expect(fake.badges.get(7)).toBe(String(direct));
    if (controller.state.kind !== "result") throw new Error("no result");
    expect(controller.visibleAnalysis(controller.state.analysis).quotes).toHaveLength(direct);
  });

  it("refuses restricted pages before touching them", async () => {
    const fake = fakeDeps({ tab: { id: 3, url: "chrome://extensions" } });
    const controller = new PopupController(fake.deps);
    await controller.start();
    expect(controller.state.kind).toBe("restricted");
    expect(fake.deps.inject).not.toHaveBeenCalled();
    expect(fake.sent).toHaveLength(0);
  });

  it("says the page could not be reached when an injected script never answers the read", async () => {
    const fake = fakeDeps({ tab: { id: 3 } });
    fake.deps.inject.mockImplementation(async () => undefined);
    const controller = new PopupController(fake.deps);
    await controller.start();
    expect(controller.state).toMatchObject({ kind: "error", details: "The content script did not answer after injection." });
    expect(fake.types()).toEqual(["lens:ping", "lens:read", "lens:ping"]);
  });

  it("treats a refused injection as a restricted page", async () => {
    const fake = fakeDeps({ tab: { id: 3 }, injectError: new Error("Cannot access contents of the page. Extension manifest must request permission to access the respective host.") });
    const controller = new PopupController(fake.deps);
    await controller.start();
    expect(controller.state.kind).toBe("restricted");
  });

  it("shows an error with details when the page stops answering", async () => {
    const fake = fakeDeps({ tab: { id: 3 }, injectError: new Error("Frame with ID 0 was removed.") });
    const controller = new PopupController(fake.deps);
    await controller.start();
    expect(controller.state).toMatchObject({ kind: "error", details: "Frame with ID 0 was removed." });
  });

  it("offers the selection when no article is found, and reads the selection when asked", async () => {
    const fake = fakeDeps({ read: { ok: false, reason: "no-text", message: "No article here." } });
    const controller = new PopupController(fake.deps);
    await controller.start();
    expect(controller.state).toMatchObject({ kind: "no-article", message: "No article here." });
    fake.state.read = { ok: true, article: sampleArticle({ source: "selection" }) };
    await controller.analyzeSelection();
    expect(fake.sent.filter((r) => r.type === "lens:read").at(-1)).toEqual({ type: "lens:read", prefer: "selection" });
    expect(controller.state.kind).toBe("result");
  });

  it("turns an analysis failure into a readable error", async () => {
    const fake = fakeDeps({ analysis: Promise.reject(new TypeError("x is undefined")) });
    const controller = new PopupController(fake.deps);
    await controller.start();
    expect(controller.state).toMatchObject({ kind: "error", message: "Something went wrong while reading this page.", details: "TypeError: x is undefined" });
  });

  it("exports the contract JSON and Markdown to the clipboard", async () => {
    const fake = fakeDeps();
    const controller = new PopupController(fake.deps);
    await controller.start();
    await controller.exportAs("json");
    // The contract's object, field for field and in its order, with the sourcing profile beside it.
    const exported = JSON.parse(fake.copied[0]);
    expect(Object.keys(exported)).toEqual(["title", "text", "quotes", "entities", "sourcing"]);
    const { sourcing, ...contract } = exported;
    expect(contract).toEqual(sampleAnalysis());
    expect(sourcing).toMatchObject({ quotes: 7, voices: 4, byType: { anonymous: 1 }, direct: 3, reported: 4 });
    await controller.exportAs("markdown");
    expect(fake.copied[1]).toMatch(/^# Harbour town votes/);
    expect(controller.exportFeedback).toEqual({ format: "markdown", ok: true });
  });

  it("keeps no reading history unless the reader turned it on", async () => {
    const fake = fakeDeps();
    await new PopupController(fake.deps).start();
    expect(fake.recorded).toEqual([]);
  });

  it("records a fresh read in the history when it is on, but not a reopened cached one", async () => {
    const fake = fakeDeps({ settings: { keepHistory: true } });
    await new PopupController(fake.deps).start();
    expect(fake.recorded).toHaveLength(1);
    expect(fake.recorded[0]).toMatchObject({ url: sampleArticle().url, outlet: "news.example.org", title: sampleArticle().title });
    expect(fake.recorded[0].profile.quotes).toBe(7);
    await new PopupController(fake.deps).start();
    expect(fake.recorded).toHaveLength(1);
  });

  it("shows the result even when the history cannot be written", async () => {
    const fake = fakeDeps({ settings: { keepHistory: true } });
    fake.deps.recordRead.mockRejectedValueOnce(new Error("QUOTA_BYTES quota exceeded"));
    const controller = new PopupController(fake.deps);
    await controller.start();
    expect(controller.state.kind).toBe("result");
  });

  it("remembers how many quotes the page could not mark", async () => {
    const fake = fakeDeps();
    const send = fake.deps.send;
    fake.deps.send = (async (tabId: number, request: Parameters<typeof send>[1]) =>
      request.type === "lens:highlight" ? { ok: true, highlighted: 5, missed: 2 } : send(tabId, request)) as typeof send;
    const controller = new PopupController(fake.deps);
    await controller.start();
    expect(controller.highlightMissed).toBe(2);
    await controller.setHighlights(false);
    expect(controller.highlightMissed).toBe(0);
  });

  it("asks the page to reveal a span", async () => {
    const fake = fakeDeps();
    const controller = new PopupController(fake.deps);
    await controller.start();
    expect(await controller.reveal(10, 20)).toBe(true);
    expect(fake.sent.at(-1)).toEqual({ type: "lens:reveal", start: 10, end: 20 });
  });

  it("marks the quotes' spans as soon as the worker sends them, in the neutral colour, then the whole analysis", async () => {
    const fake = fakeDeps();
    const whole = sampleAnalysis();
    fake.deps.analyze.mockImplementation(async (_input, onQuotes?: (spans: number[]) => void) => {
      onQuotes?.(whole.quotes.flatMap((q) => [q.start, q.end, q.kind === "indirect" ? 1 : 0]));
      return whole;
    });
    const controller = new PopupController(fake.deps);
    await controller.start();
    const highlights = fake.sent.filter((r) => r.type === "lens:highlight");
    expect(highlights).toHaveLength(2);
    const [early, final] = highlights as Extract<(typeof highlights)[number], { type: "lens:highlight" }>[];
    expect(early.plan.pending).toBe(true);
    expect(early.key).toBeUndefined();
    expect(early.settings).toMatchObject({ markSpeakers: false, colors: { unknown: "#8a8f98" } });
    expect(early.plan.text).toEqual(final.plan.text);
    // The same spans, in the same order, as the whole plan's.
    const spans = (quotes: number[]) => quotes.filter((_, i) => i % 5 < 3);
    expect(spans(early.plan.quotes)).toEqual(spans(final.plan.quotes));
    expect(final.plan.pending).toBeUndefined();
    expect(final.key).toBeDefined();
    expect(controller.highlights).toBe(true);
  });

  it("sends no early marks when highlights are off on open", async () => {
    const fake = fakeDeps();
    fake.state.settings = { highlightOnOpen: false };
    await new PopupController(fake.deps).start();
    expect(fake.deps.analyze).toHaveBeenCalledWith(expect.anything(), undefined);
  });
});
