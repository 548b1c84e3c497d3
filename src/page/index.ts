/**
 * Reads the article of a page: the text the analysis works on, and a map from that text back to the page.
 * This entry runs Readability right here, on the page copy: for the server, the command line, the evaluation
 * and tests. The content script imports ./read instead and has the popup run Readability (./snapshot), so
 * neither Readability's code nor its work lands in the page.
 */
import type { ClonedDocument } from "./cloneMap";
import type { VerdictSource } from "./locateArticle";
import { readabilityVerdict } from "./readability-verdict";
import { readArticleAsync as readLive, readArticleWith } from "./read";
import type { SliceOptions } from "./steps";
import type { ReadError, ReadOptions, ReadResult } from "./types";

export { MAX_READABILITY_ELEMENTS, MIN_ARTICLE_WORDS } from "./read";
export type { ReadError, ReadOptions, ReadResult, TextMap } from "./types";

/** Readability on the copy itself, with a pause for the page on either side of it. */
export const inlineVerdict: VerdictSource = function* (copy: ClonedDocument) {
  yield;
  const verdict = readabilityVerdict(copy.clone, (node) => copy.textId(node));
  yield;
  return verdict;
};

/** Reads the article in one go. */
export function readArticle(doc: Document, opts: ReadOptions = {}): ReadResult | ReadError {
  return readArticleWith(doc, opts, inlineVerdict);
}

/** Reads the article in slices, with Readability run in place (tests of the sliced reader). */
export function readArticleAsync(doc: Document, opts: ReadOptions = {}, slices: SliceOptions = {}): Promise<ReadResult | ReadError> {
  return readLive(doc, opts, inlineVerdict, slices);
}
