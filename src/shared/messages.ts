/**
 * Every message that crosses a context boundary (popup ⇄ content script ⇄ background), typed in one place.
 * Each request type maps to the response it gets back, so senders and handlers cannot drift apart.
 */
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
  | { ok: true; readId: number; article: ArticleSnapshot; textLength: number }
  | { ok: true; readId: number; snapshot: { html: string; length: number } }
  | { ok: false; reason: "no-text" | "error"; message: string };

export type ContentRequest =
  | { type: "lens:ping" }
  | { type: "lens:read"; prefer: "article" | "selection" }
  /** Readability's verdict on the page snapshot read `readId` sent; the read goes on with it. */
  | { type: "lens:verdict"; readId: number; verdict: ReadabilityVerdict | null }
  /** The next slice of read `readId`'s article text or page snapshot, from offset `from`. */
  | { type: "lens:text"; readId: number; part: "article" | "snapshot"; from: number }
  | { type: "lens:highlight"; plan: HighlightPlan; settings: HighlightSettings }
  | { type: "lens:clear" }
  | { type: "lens:reveal"; start: number; end: number };

export interface ContentResponses {
  "lens:ping": { ok: true; version: string };
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
 * `storage.session` key under which the popup caches a tab's result (it stores the URL with it); the
 * background worker removes it when the tab navigates or closes.
 */
export const SESSION_RESULT_PREFIX = "result:";
export function sessionResultKey(tabId: number): string {
  return `${SESSION_RESULT_PREFIX}${tabId}`;
}
