import type { Span } from "../analysis/types";
import type { ArticleSnapshot } from "../shared/messages";

/**
 * Maps offsets of the extracted article text to the live page's text nodes and back.
 * Offsets are UTF-16 code units of `ArticleSnapshot.text`.
 */
export interface TextMap {
  /** A DOM Range over the live page covering text[start, end); null when the nodes are gone from the page. */
  toRange(start: number, end: number): Range | null;
  /** The span of the article text that a DOM range covers, clipped to the article; null when outside it. */
  fromRange(range: Range): Span | null;
}

export interface ReadResult {
  article: ArticleSnapshot;
  map: TextMap;
}
