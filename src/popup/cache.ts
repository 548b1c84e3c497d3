/**
 * The last result per tab, kept in `storage.session` (memory only, gone when the browser closes) so that
 * reopening the popup on the same page is instant. The background clears a tab's entry when it navigates;
 * the URL check here guards against anything it missed.
 */
import type { Analysis } from "../analysis/types";
import { sessionResultKey, type ArticleSnapshot } from "../shared/messages";

export interface CachedResult {
  url: string;
  article: ArticleSnapshot;
  analysis: Analysis;
  /** Whether the user left highlights on for this tab. */
  highlights: boolean;
  savedAt: number;
  /**
   * The content script's key of the read the result came from: a reopen shows the result at once when the page
   * says that read still stands (nothing it took has changed since); otherwise the page is read again, and the
   * analysis is kept only if the text read is the same.
   */
  readKey?: string;
  /** Quotes the page could not mark when it was last highlighted (the popup says so). */
  missed?: number;
}

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export const cacheKey = sessionResultKey;

/**
 * As stored: the analysis' text is the article's text, kept once (`textOfArticle`), so a reopen on a long article
 * reads half as much from the session store.
 */
type StoredResult = CachedResult & { textOfArticle?: true };

export async function readCache(area: SessionArea | null, tabId: number, url: string | undefined): Promise<CachedResult | null> {
  if (!area || !url) return null;
  try {
    const raw = (await area.get(cacheKey(tabId)))[cacheKey(tabId)];
    // Kept as one JSON string (see writeCache); an entry stored as an object (an earlier version) reads as it is.
    const stored: unknown = typeof raw === "string" ? JSON.parse(raw) : raw;
    if (!isCachedResult(stored) || stored.url !== url) return null;
    const { textOfArticle, ...entry } = stored as StoredResult;
    if (!textOfArticle) return entry;
    if (typeof entry.article.text !== "string") return null;
    return { ...entry, analysis: { ...entry.analysis, text: entry.article.text } };
  } catch {
    return null;
  }
}

export async function writeCache(area: SessionArea | null, tabId: number, entry: CachedResult): Promise<void> {
  if (!area) return;
  const stored: StoredResult =
    entry.analysis.text === entry.article.text ? { ...entry, analysis: { ...entry.analysis, text: "" }, textOfArticle: true } : entry;
  try {
    // One string rather than the result's thousands of small objects: the browser copies a string across to the
    // reopened popup in one piece, where each object of a long article's result costs it on the popup's thread
    // before its code even starts; JSON.parse then rebuilds them natively.
    await area.set({ [cacheKey(tabId)]: JSON.stringify(stored) });
  } catch {
    // A full or missing session store only costs the instant reopen, never the result itself.
  }
}

function isCachedResult(value: unknown): value is CachedResult {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<CachedResult>;
  return (
    typeof v.url === "string" &&
    typeof v.article === "object" && v.article !== null &&
    typeof v.analysis === "object" && v.analysis !== null &&
    Array.isArray(v.analysis.quotes) &&
    Array.isArray(v.analysis.entities) &&
    typeof v.analysis.text === "string"
  );
}
