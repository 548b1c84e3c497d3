/**
 * Every message that crosses a context boundary (popup ⇄ content script, popup → background, pages ⇄ the
 * analysis worker), typed in one place.
 * Each request type maps to the response it gets back, so senders and handlers cannot drift apart.
 */
import type { Analysis } from "../analysis/types";
import type { ReadabilityVerdict } from "../page/readability-verdict";
import type { HighlightPlan } from "./highlight-plan";
import type { SourcingFilter } from "./profile";

/** What the content script read from the page. Offsets of later messages point into `text`. */
export interface ArticleSnapshot {
  url: string;
  title: string;
  byline: string;
  siteName: string;
  /** The page's declared or detected language ("en", "fr", …; "" when unknown). */
  lang: string;
  /** The article's plain text, paragraphs separated by "\n\n". */
  text: string;
  wordCount: number;
  paragraphCount: number;
  /** Where the text came from: the detected article, the user's selection, or the page's main visible text. */
  source: "article" | "selection" | "page";
}

export interface HighlightSettings {
  /** Colour per speaker key; the content script falls back to its own palette. */
  colors?: Record<string, string>;
  showIndirect: boolean;
  /** Underline the speakers' names on the page as well (default true). */
  markSpeakers?: boolean;
  /** A part of the sourcing profile the reader picked: its quotes stay bright, every other highlight is dimmed. */
  focus?: SourcingFilter | null;
}

/**
 * The article text crosses to the popup in slices of at most this many characters: the browser encodes and
 * decodes a message in one go on the page's main thread, and a 5 MB text in one message stalls the page.
 */
export const TEXT_SLICE_CHARS = 256 * 1024;

/**
 * Where a read stands: the article (`article.text` holds the first slice, `textLength` is the whole text's; see
 * TEXT_SLICE_CHARS), or Readability's turn: the page copy as markup (first slice and whole length), to be
 * judged in the extension's own context and answered with `lens:verdict`.
 */
export type ReadReply =
  | {
      ok: true;
      readId: number;
      article: ArticleSnapshot;
      textLength: number;
      /**
       * Names this read among every read of every content script the tab has had (a script injected anew starts
       * its own): the popup caches it with the result, and a later ping says whether this read still stands.
       */
      key?: string;
    }
  | { ok: true; readId: number; snapshot: { html: string; length: number } }
  | { ok: false; reason: "no-text" | "error"; message: string };

export type ContentRequest =
  | { type: "lens:ping" }
  | { type: "lens:read"; prefer: "article" | "selection" }
  /** Readability's verdict on the page snapshot read `readId` sent; the read goes on with it. */
  | { type: "lens:verdict"; readId: number; verdict: ReadabilityVerdict | null }
  /** The next slice of read `readId`'s article text or page snapshot, from offset `from`. */
  | { type: "lens:text"; readId: number; part: "article" | "snapshot"; from: number }
  /** `key`: names what is painted (the text and the settings), for a later ping to report (see PageState). */
  | { type: "lens:highlight"; plan: HighlightPlan; settings: HighlightSettings; key?: string }
  | { type: "lens:clear" }
  | { type: "lens:reveal"; start: number; end: number };

/**
 * What the ping tells about the page, so that a reopened popup can show its cached result without reading the
 * page again: the last read (its key) and whether anything a read takes may have changed since (src/content/
 * article-watch.ts), and the key of the highlights painted now, if any.
 */
export interface PageState {
  read?: { key: string; unchanged: boolean };
  shown?: string;
}

export interface ContentResponses {
  /**
   * `stretches`: the e2e builds' longest stretches of our work on the page's thread, by kind, in ms; `spans`: each
   * stretch as start and length in the page's clock, and `spanKinds` each one's kind; `totals`: each kind's stretches summed, [ms, count]
   * (src/content/stretches.ts).
   */
  "lens:ping": { ok: true; version: string; stretches?: Record<string, number>; spans?: number[]; spanKinds?: string[]; totals?: Record<string, [number, number]> } & PageState;
  "lens:read": ReadReply;
  "lens:verdict": ReadReply;
  /** Not ok when a newer read replaced read `readId` meanwhile (the page changed): read again. */
  "lens:text": { ok: true; text: string } | { ok: false };
  /** "stale": the page script has no read of the analysed text (it was injected anew): read, then ask again. */
  "lens:highlight": { ok: true; highlighted: number; missed: number } | { ok: false; reason: "stale" };
  "lens:clear": { ok: true };
  "lens:reveal": { ok: boolean };
}

export type ContentResponse<T extends ContentRequest["type"]> = ContentResponses[T];

export function isContentRequest(value: unknown): value is ContentRequest {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { type?: unknown }).type === "string" &&
    (value as { type: string }).type.startsWith("lens:")
  );
}

/**
 * What the popup asks of the background: make sure the analysis worker is held between popups (it may have
 * been unloaded with an idle Firefox background page). Answered once it is, or once that failed (`ok: false`).
 */
export type BackgroundRequest = { type: "lens:hold-analysis" };

export interface BackgroundResponses {
  "lens:hold-analysis": { ok: boolean };
}

export function isBackgroundRequest(value: unknown): value is BackgroundRequest {
  return typeof value === "object" && value !== null && (value as { type?: unknown }).type === "lens:hold-analysis";
}

/**
 * `storage.session` key under which the popup caches a tab's result (it stores the URL with it); the
 * background worker removes it when the tab navigates or closes.
 */
export const SESSION_RESULT_PREFIX = "result:";
export function sessionResultKey(tabId: number): string {
  return `${SESSION_RESULT_PREFIX}${tabId}`;
}

// ---------- the analysis worker (src/worker) and its clients: the popup, and the page that holds it ----------

export interface AnalysisRequest {
  id: number;
  input: { title: string; text: string };
  /**
   * Also send the quotes' spans as soon as they are known (EarlyQuotes), before the rest of the analysis: the
   * quote pass on its own takes a fraction of the whole (the entity pass is most of it), so the page can be
   * highlighted while the speakers and entities are still being worked out.
   */
  early?: boolean;
}

export type AnalysisReply = { id: number; ok: true; analysis: Analysis } | { id: number; ok: false; message: string };

/**
 * The quotes of a request that asked for them early, ahead of its AnalysisReply: three numbers per quote, in text
 * order, start, end and kind (0 direct, 1 indirect). The spans are the ones the whole analysis ends with (the
 * quote pass finds the same spans with or without the entities; only the speakers depend on them), and the
 * whole analysis is computed on the same document (src/worker/steps.ts), so it costs little more than before.
 */
export interface EarlyQuotes {
  id: number;
  early: true;
  quotes: number[];
}

/**
 * Sent by the holder of the worker: run some text of our own through the analysis while nobody waits, a piece
 * per task, so that the first real article meets compiled code rather than a cold interpreter.
 */
export interface WarmUpRequest {
  warmUp: true;
}

/**
 * Sent to each client once the models are decoded (at once when they already were). Times are wall-clock ms
 * (timeOrigin + now), as the worker's clock and the client's start at different moments: when the worker
 * started, when its code had loaded, when the model bytes were in, when the models were decoded, and when this
 * client's connection reached the worker.
 */
export interface WorkerReady {
  ready: true;
  startedAt: number;
  modulesAt: number;
  bytesAt: number;
  at: number;
  connectedAt: number;
  /** The worker had decoded its models before this client connected (another page started it). */
  warm: boolean;
}

export type ToWorker = AnalysisRequest | WarmUpRequest;
export type FromWorker = AnalysisReply | EarlyQuotes | WorkerReady;

/** Shared workers are matched by script URL and this name: every client must use both. */
export const WORKER_NAME = "news-lens-analysis";

/** Where the build puts the packed models (scripts/build/modelAsset.ts); the worker reads them itself. */
export const MODEL_URL = "/assets/lens-models.bin";
