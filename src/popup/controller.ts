/**
 * The one-click flow behind the popup: find the tab, refuse restricted pages with a clear message, make sure
 * the content script is there, read the article, analyse it off the UI thread, show it, highlight it, badge it,
 * cache it. All browser access goes through `PopupDeps`, so the flow is tested without a browser.
 */
import type { Analysis } from "../analysis/types";
import { historyEntry, type HistoryEntry } from "../history/entry";
import type { ArticleSnapshot, ContentRequest, ContentResponses, HighlightSettings, PageState } from "../shared/messages";
import { toExportJson } from "../shared/json-export";
import { toMarkdown } from "../shared/markdown";
import { readWholeArticle, type Judge } from "./read-article";
import { fingerprint, pendingPlan, planHighlights, type HighlightPlan, type TextFingerprint } from "../shared/highlight-plan";
import { assignSpeakerColors, UNKNOWN_SPEAKER_COLOR } from "../shared/palette";
import { sameFilter, type SourcingFilter } from "../shared/profile";
import { restrictionFor } from "../shared/restricted";
import { DEFAULT_SETTINGS, type Settings } from "../shared/settings";
import { readCache, writeCache, type CachedResult, type SessionArea } from "./cache";
import type { ExportFeedback, PopupState } from "./state";
import { mark, measure, timed, timedSync } from "./timeline";

export interface TargetTab {
  id: number;
  /** Undefined when the browser does not tell us (no permission for the page). */
  url?: string;
}

export interface PopupDeps {
  targetTab(): Promise<TargetTab | null>;
  fileAccessAllowed(): Promise<boolean>;
  /** Injects the content script; rejects when the browser refuses. */
  inject(tabId: number): Promise<void>;
  send<T extends ContentRequest["type"]>(tabId: number, request: Extract<ContentRequest, { type: T }>): Promise<ContentResponses[T]>;
  /**
   * Connects to the analysis worker (src/worker), starting it where no page holds it between popups, in which
   * case it decodes its models at once: called as soon as no cached result is found, so that runs beside the
   * read, and a reopen (cached) does not share the cores with a worker starting up.
   */
  prepareAnalysis(): void;
  /** Drops that connection when a cached result makes it idle (a worker of the popup's own stops, freeing a core). */
  releaseAnalysis(): void;
  /**
   * The whole analysis; `onQuotes`, when given, hears the quotes' spans before it (start, end, kind per quote, see
   * EarlyQuotes), so the page can be highlighted while the speakers are still being worked out.
   */
  analyze(input: { title: string; text: string }, onQuotes?: (spans: number[]) => void): Promise<Analysis>;
  /** Readability's verdict on a page snapshot (./judge), for the content script. */
  judge: Judge;
  session: SessionArea | null;
  setBadge(tabId: number, text: string): Promise<void>;
  loadSettings(): Promise<Settings>;
  copy(text: string): Promise<void>;
  openOptions(): void;
  /** Resolves once what the popup shows now has been painted. */
  afterPaint(): Promise<void>;
  /** Adds a read to the reading history (storage.local); only called when the reader turned the history on. */
  recordRead(entry: HistoryEntry): Promise<void>;
  openHistory(): void;
}

type Listener = () => void;

export class PopupController {
  state: PopupState = { kind: "loading", step: "connecting" };
  settings: Settings = { ...DEFAULT_SETTINGS, palette: [...DEFAULT_SETTINGS.palette] };
  highlights = false;
  exportFeedback: ExportFeedback | null = null;
  /** Quotes the page could not mark (their text is no longer where it was read). */
  highlightMissed = 0;
  /** The part of the sourcing profile the reader clicked: the list shows only its quotes, the page dims the rest. */
  focus: SourcingFilter | null = null;
  private tab: TargetTab | null = null;
  private listeners = new Set<Listener>();
  private scriptReady = false;
  /** The script was injected just now and has not answered yet: its first message is the read. */
  private injectedUnchecked = false;
  /** A ping sent before it was needed (see start), taken by the next ensureScript. */
  private earlyPing: Promise<PageState | null> | null = null;
  /** The content script's key of the read the result on screen came from (see CachedResult.readKey). */
  private readKey: string | undefined;
  /** A cached result the page could not vouch for: kept if the page, read again, has the same text. */
  private reusable: CachedResult | null = null;
  private plan: { analysis: Analysis; plan: HighlightPlan } | null = null;
  private decided: () => void = () => undefined;
  /**
   * Resolves at the first screen the flow decides on (a cached result, the loading steps, a message), so the
   * popup can paint a reopened result as its very first frame instead of a skeleton a frame before it.
   */
  readonly firstScreen = new Promise<void>((resolve) => (this.decided = resolve));

  constructor(private readonly deps: PopupDeps) {}

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Colours per speaker, from the user's palette: the same mapping the page gets. */
  get speakerColors(): Record<string, string> {
    return this.state.kind === "result" ? assignSpeakerColors(this.visibleAnalysis(this.state.analysis), this.settings.palette) : {};
  }

  async start(): Promise<void> {
    // Asked side by side: each is a round trip to the browser, and a reopen shows its result after them.
    const settings = this.deps.loadSettings().catch(() => this.settings);
    try {
      const [tab, loaded] = await timed("tab", () => Promise.all([this.deps.targetTab(), settings]));
      this.settings = loaded;
      if (!tab) return this.set({ kind: "restricted", message: "There is no open tab for the lens to read." });
      this.tab = tab;
      if (tab.url !== undefined) {
        // Only file: pages depend on the file-access switch; other pages need not wait for the answer.
        const fileAccess = tab.url.startsWith("file:") ? await this.deps.fileAccessAllowed().catch(() => false) : false;
        const restriction = restrictionFor(tab.url, { fileAccess });
        if (restriction) return this.set({ kind: "restricted", message: restriction.message });
      }
      // Whether the content script is there is asked beside the cache read: a fresh read needs the answer next,
      // and a ping is one round trip with no work for the page.
      const ping = (this.earlyPing = this.ping(tab));
      const cached = await timed("cache-read", () => readCache(this.deps.session, tab.id, tab.url));
      if (cached) {
        // The ping is the check that the page still has the text the result was made of: its content script says
        // whether the read the result came from still stands (src/content/article-watch.ts). It left with the
        // cache read, so it rarely adds a wait.
        const page = await timed("page-check", () => ping);
        if (page?.read && page.read.unchanged && page.read.key === cached.readKey) {
          this.scriptReady = true;
          this.earlyPing = null;
          this.highlights = cached.highlights;
          this.highlightMissed = cached.missed ?? 0;
          this.readKey = cached.readKey;
          this.set({ kind: "result", article: cached.article, analysis: cached.analysis, fromCache: true });
          this.deps.releaseAnalysis();
          // The reader sees the result first; only then is the page asked for work, and only when its highlights
          // are not already the ones this popup would paint.
          await this.deps.afterPaint();
          if (this.highlights && page.shown !== this.highlightKey(cached.analysis)) await this.applyHighlights(true);
          mark("settled");
          return;
        }
        // The page changed since, or its script is not the one that read it (the page was reloaded, the extension
        // updated): it is read again, and the cached analysis kept only if the text read is the same.
        this.reusable = cached;
        this.highlights = cached.highlights;
      }
      this.deps.prepareAnalysis();
      await this.run("article");
    } catch (error) {
      this.fail(error);
    }
  }

  /** The reader selected the article's text themselves after "no article found". */
  async analyzeSelection(): Promise<void> {
    try {
      await this.run("selection");
    } catch (error) {
      this.fail(error);
    }
  }

  async retry(): Promise<void> {
    this.scriptReady = false;
    this.earlyPing = null;
    this.reusable = null;
    await this.start();
  }

  async setHighlights(on: boolean): Promise<void> {
    await this.applyHighlights(on);
    await this.saveCache();
  }

  /** Clicking the part already picked clears it, as a toggle does. */
  async setFocus(filter: SourcingFilter | null): Promise<void> {
    this.focus = sameFilter(this.focus, filter) ? null : filter;
    this.emit();
    if (this.highlights) await this.applyHighlights(true);
  }

  async reveal(start: number, end: number): Promise<boolean> {
    if (!this.tab) return false;
    try {
      const reply = await this.deps.send(this.tab.id, { type: "lens:reveal", start, end });
      return reply.ok;
    } catch {
      return false;
    }
  }

  async exportAs(format: "json" | "markdown"): Promise<void> {
    if (this.state.kind !== "result") return;
    const analysis = this.state.analysis;
    const text =
      format === "json"
        ? toExportJson(analysis)
        : toMarkdown(analysis, { url: this.state.article.url, siteName: this.state.article.siteName });
    try {
      await this.deps.copy(text);
      this.exportFeedback = { format, ok: true };
    } catch {
      this.exportFeedback = { format, ok: false };
    }
    this.emit();
  }

  openOptions(): void {
    this.deps.openOptions();
  }

  openHistory(): void {
    this.deps.openHistory();
  }

  /** What the user chose to see: indirect quotes can be switched off in the options. */
  visibleAnalysis(analysis: Analysis): Analysis {
    return this.settings.showIndirect ? analysis : { ...analysis, quotes: analysis.quotes.filter((q) => q.kind === "direct") };
  }

  private async run(prefer: "article" | "selection"): Promise<void> {
    const tab = this.tab;
    if (!tab) return;
    this.set({ kind: "loading", step: "connecting" });
    if (!(await timed("inject", () => this.ensureScriptOrExplain()))) return;

    this.set({ kind: "loading", step: "reading" });
    let read;
    try {
      read = await readWholeArticle(this.deps.send, tab.id, prefer, this.deps.judge);
    } catch (error) {
      // The read is the first message a script injected just now gets (see ensureScript): when it finds nobody,
      // the ping says whether the script is there at all.
      if (!this.injectedUnchecked || (await this.ping(tab))) throw error;
      this.scriptReady = false;
      this.explainConnectFailure(new Error("The content script did not answer after injection."));
      return;
    } finally {
      this.injectedUnchecked = false;
    }
    if (!read.ok) {
      if (read.reason === "no-text") {
        return this.set(
          prefer === "selection"
            ? {
                kind: "no-article",
                message: "Nothing is selected on the page yet.",
                selectionHint: "Select the article's text with the mouse or keyboard, then press “Analyze selection” again.",
              }
            : {
                kind: "no-article",
                message: read.message || "The lens could not find an article on this page.",
                selectionHint: "If the story is there, select its text on the page and press “Analyze selection”.",
              },
        );
      }
      return this.set({ kind: "error", message: "The lens could not read this page.", details: read.message });
    }

    const highlight = this.reusable ? this.reusable.highlights : this.settings.highlightOnOpen;
    this.readKey = read.key;
    await this.analyzeAndShow(read.article, highlight);
  }

  /** The article read from the page, analysed, shown, highlighted (when `highlight`), badged, cached, recorded. */
  private async analyzeAndShow(article: ArticleSnapshot, highlight: boolean): Promise<void> {
    // The cache is keyed by the page's text: the same text read again keeps its analysis (and is read once in the history).
    const reused = this.reusable && this.reusable.article.text === article.text && this.reusable.article.title === article.title ? this.reusable : null;
    this.reusable = null;
    this.set({ kind: "loading", step: "analyzing" });
    // With highlights on, the quotes are marked on the page as soon as the worker has found them, in one neutral
    // colour, and take their speakers' colours when the whole analysis is in (see highlightEarly).
    const early = highlight && this.tab ? (spans: number[]) => this.highlightEarly(article, spans) : undefined;
    const analysis = reused ? reused.analysis : await this.deps.analyze({ title: article.title, text: article.text }, early);
    this.focus = null;
    this.set({ kind: "result", article, analysis, fromCache: reused !== null });
    // The highlight request leaves before the popup lays out the result (rendering is queued, not done, here)
    // and before the badge's round trips: the page paints while the popup renders, not after it.
    const highlighted = this.applyHighlights(highlight);
    await this.badge(analysis);
    await highlighted;
    await this.saveCache();
    if (!reused) await this.remember(article, analysis);
    mark("settled");
  }

  /**
   * A fresh read goes into the history when the reader asked for one (a reopened popup shows the cached result
   * of a read already recorded). A storage failure costs that entry only, never the result on screen.
   */
  private async remember(article: ArticleSnapshot, analysis: Analysis): Promise<void> {
    if (!this.settings.keepHistory) return;
    await this.deps.recordRead(historyEntry(article, analysis, Date.now())).catch(() => undefined);
  }

  /** Pings first so a second open never injects twice; injects once when nobody answers. */
  private async ensureScript(): Promise<boolean> {
    if (this.scriptReady) return true;
    const tab = this.tab!;
    const first = this.earlyPing ?? this.ping(tab);
    this.earlyPing = null;
    if (!(await first)) {
      this.readKey = undefined;
      // Some tabs (view-source:, error pages) neither accept nor refuse a script: never wait forever.
      await withTimeout(this.deps.inject(tab.id), INJECT_TIMEOUT_MS);
      // The script sets up its listener as it runs, and the injection resolves after it ran: the read goes at
      // once, one round trip sooner than a ping first, and only a read that finds nobody asks (see run).
      this.injectedUnchecked = true;
    }
    this.scriptReady = true;
    return true;
  }

  /** What the page's script says about the page (see PageState); null when no script answers. */
  private ping(tab: TargetTab): Promise<PageState | null> {
    return withTimeout(this.deps.send(tab.id, { type: "lens:ping" }), PING_TIMEOUT_MS).then(
      (r) => (r.ok === true ? { read: r.read, shown: r.shown } : null),
      () => null,
    );
  }

  private async ensureScriptOrExplain(): Promise<boolean> {
    try {
      return await this.ensureScript();
    } catch (error) {
      this.explainConnectFailure(error);
      return false;
    }
  }

  private explainConnectFailure(error: unknown): void {
    const details = error instanceof Error ? error.message : String(error);
    if (/cannot access|cannot be scripted|missing host permission|permission|extensions gallery|not allowed/i.test(details)) {
      this.set({ kind: "restricted", message: "The browser does not let extensions read this page. Open a news article and try again." });
    } else {
      this.set({ kind: "error", message: "The lens could not connect to this page. Reloading the page usually helps.", details });
    }
  }

  private async applyHighlights(on: boolean): Promise<void> {
    this.highlights = on;
    this.emit();
    if (!this.tab || this.state.kind !== "result") return;
    try {
      if (on) {
        const settings = this.highlightSettings();
        const { article, analysis } = this.state;
        const request = { type: "lens:highlight", plan: this.highlightPlan(analysis), settings, key: this.highlightKey(analysis, settings) } as const;
        let reply = await this.deps.send(this.tab.id, request);
        mark("highlight-final");
        if (!reply.ok) {
          // A content script injected anew (the extension was updated, say) has not read the page yet.
          const prefer = article.source === "selection" ? "selection" : "article";
          const read = await readWholeArticle(this.deps.send, this.tab.id, prefer, this.deps.judge);
          if (read.ok && read.article.text === analysis.text) {
            this.readKey = read.key;
            reply = await this.deps.send(this.tab.id, request);
          }
          // The cache is the page's text: a page whose text changed since is analysed anew, never marked with an old result.
          else if (read.ok && this.state.fromCache) return await this.analyzeAndShow(read.article, true);
        }
        this.highlightMissed = reply.ok ? reply.missed : analysis.quotes.length;
      } else {
        this.highlightMissed = 0;
        await this.deps.send(this.tab.id, { type: "lens:clear" });
      }
      this.emit();
    } catch {
      // The page went away or reloaded; the list in the popup is still right, only the marks are missing.
    }
  }

  /**
   * Paints the quotes' spans the worker sent ahead of the whole analysis, all in the neutral colour of quotes
   * nobody could be credited with: no speaker is known yet, and a colour guessed now could turn out to be another
   * speaker's. The page replaces these marks with the whole analysis' in one step (src/content/highlight), so they
   * never blink, and no speaker's colour ever changes. The reply is not waited for: the whole highlight follows.
   */
  private highlightEarly(article: ArticleSnapshot, spans: number[]): void {
    if (!this.tab || this.state.kind !== "loading") return;
    mark("quotes-early");
    const request = {
      type: "lens:highlight",
      plan: pendingPlan(fingerprint(article.text), spans),
      settings: { colors: { unknown: UNKNOWN_SPEAKER_COLOR }, showIndirect: this.settings.showIndirect, markSpeakers: false, focus: null },
    } as const;
    const sent = performance.now();
    this.deps.send(this.tab.id, request).then(
      // Timed here, and only when it painted: a pending plan that the whole one overtook paints nothing.
      (reply) => {
        if (reply.ok && reply.highlighted > 0) measure("highlighted", sent);
      },
      () => undefined,
    );
  }

  private highlightSettings(): HighlightSettings {
    return {
      colors: this.speakerColors,
      showIndirect: this.settings.showIndirect,
      markSpeakers: this.settings.markSpeakers,
      focus: this.focus,
    };
  }

  /**
   * Names what a highlight request paints: the text (its length and hash, from the plan) and the settings. The page
   * keeps the key of what it shows, so a reopened popup that would paint the same leaves the page alone.
   */
  private highlightKey(analysis: Analysis, settings: HighlightSettings = this.highlightSettings()): string {
    const text = this.textPrint(analysis);
    return `${text.length}:${text.hash}:${fingerprint(JSON.stringify(settings)).hash}`;
  }

  private printed: { analysis: Analysis; print: TextFingerprint } | null = null;

  private textPrint(analysis: Analysis): TextFingerprint {
    if (this.plan?.analysis === analysis) return this.plan.plan.text;
    if (this.printed?.analysis !== analysis) this.printed = { analysis, print: fingerprint(analysis.text) };
    return this.printed.print;
  }

  /** Built once per analysis: toggling highlights again must not re-hash a megabyte article. */
  private highlightPlan(analysis: Analysis): HighlightPlan {
    if (this.plan?.analysis !== analysis) this.plan = { analysis, plan: timedSync("highlight-plan", () => planHighlights(analysis)) };
    return this.plan.plan;
  }

  private async badge(analysis: Analysis): Promise<void> {
    if (!this.tab) return;
    await this.deps.setBadge(this.tab.id, String(this.visibleAnalysis(analysis).quotes.length)).catch(() => undefined);
  }

  private async saveCache(): Promise<void> {
    if (!this.tab || this.state.kind !== "result") return;
    const url = this.tab.url ?? this.state.article.url;
    await writeCache(this.deps.session, this.tab.id, {
      url,
      article: this.state.article,
      analysis: this.state.analysis,
      highlights: this.highlights,
      savedAt: Date.now(),
      ...(this.readKey === undefined ? {} : { readKey: this.readKey }),
      missed: this.highlightMissed,
    });
    mark("cache-written");
  }

  private fail(error: unknown): void {
    const details = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    this.set({ kind: "error", message: "Something went wrong while reading this page.", details });
  }

  private set(state: PopupState): void {
    this.decided();
    this.state = state;
    this.exportFeedback = null;
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

export type { ArticleSnapshot };

const PING_TIMEOUT_MS = 3_000;
const INJECT_TIMEOUT_MS = 5_000;

/** Rejects when `promise` has not settled in `ms`; the message reads as a restricted page in ensureScriptOrExplain. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("The browser did not allow the lens on this page (not allowed).")), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
