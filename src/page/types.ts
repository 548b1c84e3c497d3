import type { Span } from "../analysis/types";
import type { ArticleSnapshot } from "../shared/messages";

/**
 * Maps offsets of the extracted article text to the live page's text nodes and back.
 * Offsets are UTF-16 code units of `ArticleSnapshot.text`.
 *
 * Whitespace rule: the article text collapses every whitespace run of the page (newlines, indentation,
 * no-break spaces) into one space and separates paragraphs with "\n\n". Hence:
 * - within one paragraph, `collapse(toRange(s, e).toString()) === collapse(text.slice(s, e))`, where
 *   `collapse` turns whitespace runs into one space and trims (see `collapseWhitespace` in ./compare);
 * - across paragraphs, and for `toRanges`, the non-whitespace characters are equal and in the same order
 *   (`squashWhitespace`), because the page may have no whitespace at all between two blocks.
 * A single Range cannot skip page content that is left out of the article (a caption or an ad between two
 * paragraphs); `toRanges` returns one Range per stretch of the page with no left-out text, so it is exact.
 */
export interface TextMap {
  /** A DOM Range over the live page covering text[start, end); null when the nodes are gone from the page. */
  toRange(start: number, end: number): Range | null;
  /**
   * The same span as one Range per stretch of page text that the article keeps without interruption
   * (left-out captions, ads or furniture in between start a new Range). Empty when nothing maps.
   */
  toRanges(start: number, end: number): Range[];
  /** The span of the article text that a DOM range covers, clipped to the article; null when outside it. */
  fromRange(range: Range): Span | null;
}

export interface ReadResult {
  article: ArticleSnapshot;
  map: TextMap;
  /** The page's text nodes the text was read from, in page order (the content script watches them for changes). */
  taken?: readonly Text[];
}

/** The page has no readable text at all (empty page, only images, only scripts). */
export interface ReadError {
  error: "no-text";
  message: string;
}

export interface ReadOptions {
  /** "selection": use the user's selection when there is one, before looking for the article. */
  prefer?: "article" | "selection";
  /** The page's address; defaults to the document's own URL. */
  url?: string;
}
