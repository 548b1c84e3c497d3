/**
 * Everything the content script does on the page, behind the typed messages: read the article (an exchange
 * with the popup, see ./conversation), highlight, clear, reveal. Kept free of the extension API so it can be exercised on a plain document in tests.
 */
import { TEXT_SLICE_CHARS, type ContentRequest, type ContentResponses, type ReadReply } from "../shared/messages";
import { fingerprint, quoteCount, sameText, type TextFingerprint } from "../shared/highlight-plan";
import type { ReadabilityVerdict } from "../page/readability-verdict";
import type { ReadResult } from "../page/types";
import { ArticleWatch } from "./article-watch";
import { Conversation, type AskVerdict, type ReadOutcome } from "./conversation";
import { nativeHighlightApi, type HighlightApi } from "./highlight/custom-highlight";
import { Highlighter } from "./highlight";
import { PageStyles } from "./highlight/stylesheet";
import { logProblem } from "./log";
import { noteStretch, takeSpanKinds, takeSpans, takeStretches, takeTotals, TIMED } from "./stretches";
import { Revealer } from "./reveal";
import { Tooltip } from "./tooltip";
import { TooltipWatcher } from "./tooltip/watcher";
import { UiHost } from "./ui-host";

/**
 * Reads the page; on a live page in slices (`readArticleAsync`), so a huge page never freezes while it is read,
 * and with Readability run by the popup on a snapshot (`ask`), so its work never lands on the page either.
 */
export type ReadFn = (doc: Document, options: { prefer: "article" | "selection"; ask: AskVerdict }) => ReadOutcome | Promise<ReadOutcome>;

export interface LensOptions {
  read: ReadFn;
  version: string;
  /** Defaults to the page's own Highlight API; tests pass a fake, or null to force the wrapping fallback. */
  highlightApi?: HighlightApi | null;
}

type Reply<T extends ContentRequest["type"]> = ContentResponses[T];

/** How long a pending plan's marks stay when no whole plan (nor a clear) follows: its popup was closed. */
export const PENDING_MARKS_MS = 20_000;

export class Lens {
  private lastRead: ReadResult | null = null;
  private lastReadId = 0;
  private readonly conversations = new Map<number, Conversation>();
  private lastReadPrint: TextFingerprint | null = null;
  private readonly styles: PageStyles;
  private readonly host: UiHost;
  readonly highlighter: Highlighter;
  private readonly tooltip: Tooltip;
  private readonly watcher: TooltipWatcher;
  private readonly revealer: Revealer;
  private hostTimer = 0;
  private readGeneration = 0;
  /** This script's own name, so a read key is never taken for one of an earlier script in the same tab. */
  private readonly instance = Math.random().toString(36).slice(2, 10);
  /** Watches the page for changes to what the last read took, for the ping (see PageState). */
  private watch: ArticleWatch | null = null;
  /** The popup's key of the highlights painted now (null: none, or being painted). */
  private shownKey: string | null = null;
  private highlightGeneration = 0;

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

  /** Handles one message; the part that runs before its first pause is timed for the bench (./stretches). */
  handle(request: ContentRequest): Promise<Reply<ContentRequest["type"]>> {
    if (!TIMED) return this.dispatch(request);
    const start = performance.now();
    const reply = this.dispatch(request);
    noteStretch(request.type.replace(/^lens:/, ""), performance.now() - start);
    return reply;
  }

  private async dispatch(request: ContentRequest): Promise<Reply<ContentRequest["type"]>> {
    switch (request.type) {
      case "lens:ping":
        return { ok: true, version: this.options.version, ...(TIMED ? { stretches: takeStretches(), spanKinds: takeSpanKinds(), spans: takeSpans(), totals: takeTotals() } : {}), ...this.pageState() };
      case "lens:read":
        return this.read(request.prefer);
      case "lens:verdict":
        return this.verdict(request.readId, request.verdict);
      case "lens:text":
        return this.textSlice(request.readId, request.part, request.from);
      case "lens:highlight":
        return this.highlight(request);
      case "lens:clear":
        this.clear();
        return { ok: true };
      case "lens:reveal":
        return this.reveal(request.start, request.end);
    }
  }

  async read(prefer: "article" | "selection"): Promise<ReadReply> {
    const id = ++this.readGeneration;
    // An older read still waiting for a verdict gets none: it finishes with the fallbacks, and nobody waits for it.
    for (const old of this.conversations.values()) old.answerWith(null);
    this.conversations.clear();
    const conversation = new Conversation(id, (ask) => this.options.read(this.doc, { prefer, ask }));
    this.conversations.set(id, conversation);
    return this.nextReply(conversation);
  }

  /** Readability's verdict from the popup: the read it belongs to goes on. */
  async verdict(readId: number, verdict: ReadabilityVerdict | null): Promise<ReadReply> {
    const conversation = this.conversations.get(readId);
    if (!conversation?.answerWith(verdict)) return { ok: false, reason: "error", message: "That read of the page is over; read it again." };
    return this.nextReply(conversation);
  }

  private async nextReply(conversation: Conversation): Promise<ReadReply> {
    try {
      const next = await conversation.next();
      if ("snapshot" in next) {
        return { ok: true, readId: conversation.id, snapshot: { html: next.snapshot.slice(0, TEXT_SLICE_CHARS), length: next.snapshot.length } };
      }
      this.conversations.delete(conversation.id);
      const { result } = next;
      if ("error" in result) return { ok: false, reason: "no-text", message: result.message };
      // Reads pause for the page; one that a newer read overtook must not replace the newer one's map.
      if (conversation.id === this.readGeneration || !this.lastRead) {
        this.lastRead = result;
        this.lastReadId = conversation.id;
        this.lastReadPrint = null;
        this.watchArticle(result);
      }
      const { text } = result.article;
      return {
        ok: true,
        readId: conversation.id,
        article: { ...result.article, text: text.slice(0, TEXT_SLICE_CHARS) },
        textLength: text.length,
        key: this.readKey(conversation.id),
      };
    } catch (error) {
      this.conversations.delete(conversation.id);
      logProblem("reading the article failed", error);
      return { ok: false, reason: "error", message: error instanceof Error ? error.message : String(error) };
    }
  }

  textSlice(readId: number, part: "article" | "snapshot", from: number): Reply<"lens:text"> {
    if (!(from >= 0)) return { ok: false };
    if (part === "snapshot") {
      const conversation = this.conversations.get(readId);
      return conversation?.waiting ? { ok: true, text: conversation.snapshot.slice(from, from + TEXT_SLICE_CHARS) } : { ok: false };
    }
    if (!this.lastRead || readId !== this.lastReadId) return { ok: false };
    return { ok: true, text: this.lastRead.article.text.slice(from, from + TEXT_SLICE_CHARS) };
  }

  async highlight(request: Extract<ContentRequest, { type: "lens:highlight" }>): Promise<Reply<"lens:highlight">> {
    const total = quoteCount(request.plan);
    try {
      if (!this.lastRead || !this.readIs(request.plan.text)) return { ok: false, reason: "stale" };
      // Where the pending plan's marks could not be replaced cheaply (wrapping unwraps them first, a blink; on a
      // giant page every change of our rules restyles the whole page), the page waits for the whole plan.
      if (request.plan.pending && !this.highlighter.cheapToRepaint) return { ok: true, highlighted: 0, missed: 0 };
      const read = this.lastRead;
      this.shownKey = null;
      const mine = ++this.highlightGeneration;
      const outcome = await this.highlighter.show(request.plan, read.map, request.settings);
      if (this.highlighter.active) this.watcher.start();
      // Wrapping changes the page's own text nodes, which the watch cannot tell from the page's changes.
      if (this.highlighter.mode === "wrap" && this.highlighter.active) this.watch?.invalidate();
      // Only the newest highlight is what the page shows (a newer one, or a clear, cancels it).
      if (mine === this.highlightGeneration) this.shownKey = request.key ?? null;
      // A pending plan's marks (no speakers yet) are replaced by the whole plan within a second or two; a popup
      // closed before the whole plan came leaves them, so they go after a while unless something replaced them.
      if (request.plan.pending && mine === this.highlightGeneration && this.highlighter.active) {
        setTimeout(() => {
          if (mine === this.highlightGeneration) this.clear();
        }, PENDING_MARKS_MS);
      }
      return { ok: true, ...outcome };
    } catch (error) {
      logProblem("highlighting failed", error);
      this.clear();
      return { ok: true, highlighted: 0, missed: total };
    }
  }

  clear(): void {
    this.shownKey = null;
    this.highlightGeneration++;
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

  private readKey(readId: number): string {
    return `${this.instance}:${readId}`;
  }

  private pageState(): { read?: { key: string; unchanged: boolean }; shown?: string } {
    if (!this.lastRead) return {};
    const read = { key: this.readKey(this.lastReadId), unchanged: this.watch?.unchanged ?? false };
    return this.shownKey === null ? { read } : { read, shown: this.shownKey };
  }

  private watchArticle(result: ReadResult): void {
    this.watch?.stop();
    let region: Node | null = null;
    if (!result.taken) {
      // A reader that does not say which nodes it took (tests): watch the element holding its whole text.
      try {
        region = result.map.toRange(0, result.article.text.length)?.commonAncestorContainer ?? null;
      } catch {
        region = null;
      }
    }
    this.watch = new ArticleWatch(this.doc, result.taken ?? null, region);
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
