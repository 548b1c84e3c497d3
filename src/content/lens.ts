/**
 * Everything the content script does on the page, behind the typed messages: read the article, highlight,
 * clear, reveal. Kept free of the extension API so it can be exercised on a plain document in tests.
 */
import { TEXT_SLICE_CHARS, type ContentRequest, type ContentResponses } from "../shared/messages";
import { fingerprint, quoteCount, sameText, type TextFingerprint } from "../shared/highlight-plan";
import type { ReadResult } from "../page/types";
import { nativeHighlightApi, type HighlightApi } from "./highlight/custom-highlight";
import { Highlighter } from "./highlight";
import { PageStyles } from "./highlight/stylesheet";
import { logProblem } from "./log";
import { Revealer } from "./reveal";
import { Tooltip } from "./tooltip";
import { TooltipWatcher } from "./tooltip/watcher";
import { UiHost } from "./ui-host";

type ReadOutcome = ReadResult | { error: string; message: string };

/** Reads the page; on a live page in slices (`readArticleAsync`), so a huge page never freezes while it is read. */
export type ReadFn = (doc: Document, options: { prefer: "article" | "selection" }) => ReadOutcome | Promise<ReadOutcome>;

export interface LensOptions {
  read: ReadFn;
  version: string;
  /** Defaults to the page's own Highlight API; tests pass a fake, or null to force the wrapping fallback. */
  highlightApi?: HighlightApi | null;
}

type Reply<T extends ContentRequest["type"]> = ContentResponses[T];

export class Lens {
  private lastRead: ReadResult | null = null;
  private lastReadId = 0;
  private lastReadPrint: TextFingerprint | null = null;
  private readonly styles: PageStyles;
  private readonly host: UiHost;
  readonly highlighter: Highlighter;
  private readonly tooltip: Tooltip;
  private readonly watcher: TooltipWatcher;
  private readonly revealer: Revealer;
  private hostTimer = 0;
  private readGeneration = 0;

  constructor(
    private readonly doc: Document,
    private readonly options: LensOptions,
  ) {
    const api = options.highlightApi === undefined ? nativeHighlightApi(doc.defaultView as Window & typeof globalThis) : options.highlightApi;
    this.styles = new PageStyles(doc);
    this.host = new UiHost(doc);
    this.highlighter = new Highlighter(doc, this.styles, api);
    this.tooltip = new Tooltip(doc, this.host);
    this.watcher = new TooltipWatcher(doc, this.highlighter, this.tooltip);
    this.revealer = new Revealer(doc, this.styles, api, this.host);
  }

  async handle(request: ContentRequest): Promise<Reply<ContentRequest["type"]>> {
    switch (request.type) {
      case "lens:ping":
        return { ok: true, version: this.options.version };
      case "lens:read":
        return this.read(request.prefer);
      case "lens:text":
        return this.textSlice(request.readId, request.from);
      case "lens:highlight":
        return this.highlight(request);
      case "lens:clear":
        this.clear();
        return { ok: true };
      case "lens:reveal":
        return this.reveal(request.start, request.end);
    }
  }

  async read(prefer: "article" | "selection"): Promise<Reply<"lens:read">> {
    const generation = ++this.readGeneration;
    try {
      const result = await this.options.read(this.doc, { prefer });
      if ("error" in result) return { ok: false, reason: "no-text", message: result.message };
      // Reads pause for the page; one that a newer read overtook must not replace the newer one's map.
      if (generation === this.readGeneration || !this.lastRead) {
        this.lastRead = result;
        this.lastReadId = generation;
        this.lastReadPrint = null;
      }
      const { text } = result.article;
      return { ok: true, article: { ...result.article, text: text.slice(0, TEXT_SLICE_CHARS) }, readId: generation, textLength: text.length };
    } catch (error) {
      logProblem("reading the article failed", error);
      return { ok: false, reason: "error", message: error instanceof Error ? error.message : String(error) };
    }
  }

  textSlice(readId: number, from: number): Reply<"lens:text"> {
    if (!this.lastRead || readId !== this.lastReadId || !(from >= 0)) return { ok: false };
    return { ok: true, text: this.lastRead.article.text.slice(from, from + TEXT_SLICE_CHARS) };
  }

  async highlight(request: Extract<ContentRequest, { type: "lens:highlight" }>): Promise<Reply<"lens:highlight">> {
    const total = quoteCount(request.plan);
    try {
      const read = await this.readMatching(request.plan.text);
      if (!read) return { ok: true, highlighted: 0, missed: total };
      const outcome = await this.highlighter.show(request.plan, read.map, request.settings);
      if (this.highlighter.active) this.watcher.start();
      return { ok: true, ...outcome };
    } catch (error) {
      logProblem("highlighting failed", error);
      this.clear();
      return { ok: true, highlighted: 0, missed: total };
    }
  }

  clear(): void {
    try {
      this.watcher.stop();
      this.revealer.stop();
      this.highlighter.clear();
      this.tooltip.reset();
      this.host.remove();
    } catch (error) {
      logProblem("clearing failed", error);
    }
  }

  reveal(start: number, end: number): Reply<"lens:reveal"> {
    try {
      const ranges = this.lastRead?.map.toRanges(start, end).filter((r) => !r.collapsed) ?? [];
      if (ranges.length === 0) return { ok: false };
      this.revealer.reveal(ranges);
      const mark = this.highlighter.quoteForSpan(start, end);
      if (mark) setTimeout(() => this.safely(() => this.watcher.showFor(mark)), 500);
      this.scheduleHostCleanup();
      return { ok: true };
    } catch (error) {
      logProblem("revealing failed", error);
      return { ok: false };
    }
  }

  /** The current read if it produced the analysed text (the plan's offsets point into it), else a fresh read. */
  private async readMatching(text: TextFingerprint): Promise<ReadResult | null> {
    if (this.readIs(text)) return this.lastRead;
    for (const prefer of ["article", "selection"] as const) {
      const fresh = await this.read(prefer);
      if (fresh.ok && this.readIs(text)) return this.lastRead;
    }
    return null;
  }

  private readIs(text: TextFingerprint): boolean {
    if (!this.lastRead || this.lastRead.article.text.length !== text.length) return false;
    this.lastReadPrint ??= fingerprint(this.lastRead.article.text);
    return sameText(this.lastReadPrint, text);
  }

  /** Without highlights on, the flash's UI host must not outlive the flash. */
  private scheduleHostCleanup(): void {
    clearTimeout(this.hostTimer);
    this.hostTimer = setTimeout(() => {
      if (!this.highlighter.active) this.safely(() => {
        this.tooltip.reset();
        this.host.remove();
      });
    }, 3500) as unknown as number;
  }

  private safely(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      logProblem("page update failed", error);
    }
  }
}
