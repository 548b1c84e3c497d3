/**
 * Reads the article of a page: the text the analysis works on, and a map from that text back to the page.
 * The same code runs on the live page in the content script (which it never modifies) and on a
 * server-side DOM for the command line, the evaluation and the benchmarks.
 */
import type { ArticleSnapshot } from "../shared/messages";
import { assemble, type Piece } from "./assemble";
import { pageTextPieces, selectionPieces } from "./fallbacks";
import { detectLang } from "./lang";
import { locateArticle, type LocatedArticle } from "./locateArticle";
import { createTextMap } from "./textMap";
import { countWords } from "./tokenF1";
import type { ReadError, ReadOptions, ReadResult } from "./types";
import { docCall, docGet } from "./safeDom";

export type { ReadError, ReadOptions, ReadResult, TextMap } from "./types";

/** Below this many words, what Readability found is not an article (a login box, a cookie notice). */
export const MIN_ARTICLE_WORDS = 40;

/**
 * Above this many elements, Readability (which clones and scores the whole page in one go, inside the page)
 * would freeze the tab for seconds; such pages are read with the linear main-text fallback instead. Real news
 * pages have a few thousand elements (the largest in our corpus about 2,600); text length is no guide, since
 * inline scripts make up most of it on some of them.
 */
export const MAX_READABILITY_ELEMENTS = 25_000;

type Source = ArticleSnapshot["source"];

export function readArticle(doc: Document, opts: ReadOptions = {}): ReadResult | ReadError {
  if (opts.prefer === "selection") {
    const selected = build(doc, "selection", selectionPieces(doc), null, opts);
    if (selected) return selected;
  }
  const huge = (docCall(doc, "querySelectorAll", "*")?.length ?? 0) > MAX_READABILITY_ELEMENTS;
  const located = huge ? null : locateArticle(doc);
  if (located) {
    const article = build(doc, "article", located.pieces, located, opts);
    if (article && article.article.wordCount >= MIN_ARTICLE_WORDS) return article;
  }
  if (opts.prefer !== "selection") {
    const selected = build(doc, "selection", selectionPieces(doc), located, opts);
    if (selected) return selected;
  }
  const page = build(doc, "page", pageTextPieces(doc), located, opts);
  if (page) return page;
  return {
    error: "no-text",
    message: "This page has no readable text: nothing that looks like an article, no selection and no visible text.",
  };
}

function build(doc: Document, source: Source, pieces: Piece[], meta: LocatedArticle | null, opts: ReadOptions): ReadResult | null {
  if (!pieces.length) return null;
  const assembled = assemble(pieces, source !== "selection");
  if (!assembled.text || countWords(assembled.text) === 0) return null;
  const article: ArticleSnapshot = {
    url: opts.url ?? documentUrl(doc),
    title: meta?.title || (docGet(doc, "title") ?? "").replace(/\s+/g, " ").trim(),
    byline: meta?.byline ?? "",
    siteName: meta?.siteName ?? "",
    lang: detectLang(doc, assembled.text, meta?.lang),
    text: assembled.text,
    wordCount: countWords(assembled.text),
    paragraphCount: assembled.paragraphCount,
    source,
  };
  return { article, map: createTextMap(doc, assembled.segments, assembled.text.length) };
}

function documentUrl(doc: Document): string {
  const url = docGet(doc, "location")?.href ?? docGet(doc, "URL") ?? "";
  return url === "about:blank" ? "" : url;
}
